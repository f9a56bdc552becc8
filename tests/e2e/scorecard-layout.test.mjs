// Layout of the candidate scorecard (the quiz's is layout.test.mjs): every scorecard
// screen reflows in a 320 px wide viewport and at 200% zoom without horizontal
// scrolling, and nothing in the widget sticks out of its box (tables may scroll inside
// their .br-table-wrap); a candidate summary prints on one A4 page without the
// controls; forced colours keep the radar outlines visible and told apart; reduced
// motion leaves nothing animated.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pdfPages, useBrowserAndServers } from "./harness.mjs";
import {
  COMPETENCIES,
  STAGES,
  addCandidate,
  backToCandidate,
  backToList,
  compareCandidates,
  dismissNotices,
  finish,
  importFile,
  openCandidate,
  openScorecard,
  rateAndSubmit,
  scorecardFile,
  setInterviewer,
  startInterview,
  visitComparisonAndCalibration,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

/** Two candidates: Leslie Lamport (with notes) and the two usual interviews (Ann's
 * architecture case study, Cat's database modelling challenge; one disagreement flag),
 * Tony Hoare with one interview. */
const PREPARED = scorecardFile({
  candidates: [
    { id: "c-lamport", name: "Leslie Lamport", notes: "Referred by the platform team; asked about consensus protocols and clocks." },
    { id: "c-hoare", name: "Tony Hoare", role: "Platform engineer", level: "lead" },
  ],
  interviews: [
    { id: "i-ann-lamport", candidate: "c-lamport", interviewer: "Ann", scores: "Mixed", decision: "no", note: "Little evidence of database depth." },
    { id: "i-cat-lamport", candidate: "c-lamport", interviewer: "Cat", stage: STAGES[1].id, scores: ["Strong", "Strong", "Mixed", "Exceptional", "Strong", "Strong", "Strong"], decision: "yes" },
    { id: "i-ann-hoare", candidate: "c-hoare", interviewer: "Ann", scores: ["Strong", "Mixed", "Strong", "No evidence", "Exceptional", "Strong", "Mixed"], decision: "yes" },
  ],
});

/** Opens the scorecard in a fresh context made with `options` (the helpers open pages
 * with `env.browser.newPage()`, which a context has too; finish() closes the context). */
async function openIn(options) {
  const context = await env.browser.newContext(options);
  return openScorecard({ browser: context, servers: env.servers });
}

/** Opens every folded part (<details>) of the current screen. */
function openDetails(ui) {
  return ui.evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((details) => (details.open = true)));
}

/**
 * The page's sideways overflow, the elements of the widget that stick out of its box
 * (to the right, by more than 1 px; content inside an element whose overflow-x is auto or
 * scroll does not count), and the tables that scroll inside their .br-table-wrap.
 */
function measure(ui) {
  return ui.evaluate((host) => {
    const root = document.scrollingElement;
    const edge = host.getBoundingClientRect().right + 1;
    const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
    const name = (el) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + [...el.classList].map((c) => `.${c}`).join("");
    const path = (el) => {
      const names = [];
      for (let node = el; node && node !== host.shadowRoot; node = node.parentNode) names.unshift(name(node));
      return names.slice(-3).join(" > ");
    };
    const inside = (el) => {
      for (let node = el.parentElement; node; node = node.parentElement) if (scrolls(node)) return true;
      return false;
    };
    const out = [];
    for (const el of host.shadowRoot.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > edge && !inside(el)) out.push(`${path(el)} (right ${Math.round(box.right)} > ${Math.round(edge - 1)})`);
    }
    const tables = [...host.shadowRoot.querySelectorAll(".br-table-wrap")]
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth)
      .map((wrap) => `${wrap.querySelector("caption")?.textContent.trim() ?? path(wrap)} (${wrap.scrollWidth} in ${wrap.clientWidth} px)`);
    return { overflow: root.scrollWidth - root.clientWidth, out, tables };
  });
}

/**
 * Walks the 8 scorecard screens, calling `visit(screen)` on each: the list (empty, with
 * candidates), Bob's candidate page, his interview (draft, locked), the candidate page
 * with the summary, the comparison of 2 candidates and the calibration.
 */
async function screens(ui, visit) {
  await visit("list, empty");
  await importFile(ui, PREPARED);
  await dismissNotices(ui);
  await addCandidate(ui, "Barbara Liskov-Wing", "Staff backend engineer, payments and ledgers");
  await visit("list with candidates");
  await setInterviewer(ui, "Bob");
  await openCandidate(ui, "Leslie Lamport");
  await openDetails(ui);
  assert.ok((await ui.locator("details.br-bank[open]").count()) >= STAGES.length, "the question banks are open");
  await visit("candidate page, question banks open");
  await startInterview(ui);
  await openDetails(ui);
  await visit("interview form, draft");
  await rateAndSubmit(ui, { scores: "Exceptional", decision: "Strong yes", notes: ["Designed a sharded queue; talked through back-pressure."] });
  await openDetails(ui);
  await visit("interview, locked");
  await backToCandidate(ui, "Leslie Lamport");
  await ui.locator(".br-summary").waitFor();
  await visit("candidate page with the summary");
  await visitComparisonAndCalibration(ui, ["Leslie Lamport", "Tony Hoare"], visit, ["compare, 2 candidates", "calibration"]);
}

const SCREEN_COUNT = 8;

for (const [label, options] of [
  ["320 px wide", { viewport: { width: 320, height: 640 } }],
  ["200% zoom of a 640 px window", { viewport: { width: 320, height: 480 }, deviceScaleFactor: 2 }],
]) {
  test(`no horizontal scrolling on ${SCREEN_COUNT} scorecard screens at ${label}`, async (t) => {
    const opened = await openIn(options);
    const problems = [];
    const seen = [];
    await screens(opened.ui, async (screen) => {
      const { overflow, out, tables } = await measure(opened.ui);
      if (overflow !== 0) problems.push(`${screen}: the page scrolls sideways by ${overflow} px`);
      if (out.length > 0) problems.push(`${screen}: sticking out of the widget: ${out.join("; ")}`);
      if (tables.length > 0) t.diagnostic(`${label}, ${screen}: table scrolls inside its wrapper: ${tables.join("; ")}`);
      seen.push(screen);
    });
    assert.equal(seen.length, SCREEN_COUNT, `screens visited: ${seen.join("; ")}`);
    assert.deepEqual(problems, [], `layout problems at ${label}:\n  ${problems.join("\n  ")}`);
    await finish(env, opened);
  });
}

/** A fresh scorecard with PREPARED imported, on Leslie Lamport's page with the summary
 * shown to the hiring manager (who has no interview of her, so may reveal). */
async function summaryShown(options) {
  const opened = await openIn(options);
  const { ui } = opened;
  await importFile(ui, PREPARED);
  await dismissNotices(ui);
  await setInterviewer(ui, "Hiring manager");
  await openCandidate(ui, "Leslie Lamport");
  await ui.getByRole("button", { name: /show the ratings/ }).click();
  await ui.locator(".br-summary").waitFor();
  return opened;
}

// In print, the summary drops its hints, floats the radar beside the formula table and
// sets the flags in two columns, so a summary of two interviews fits on one A4 page.
test(
  "print: a candidate summary fits on one A4 page and hides the controls",
  async (t) => {
    // A4 paper is 794 CSS px wide (210 mm at 96 dpi), so the print layout is measured at that width.
    const opened = await summaryShown({ viewport: { width: 794, height: 1123 } });
    const { page, ui } = opened;
    await page.emulateMedia({ media: "print" });
    const shown = await ui.evaluate((host) => {
      const rendered = (el) => {
        const box = el.getBoundingClientRect();
        return getComputedStyle(el).display !== "none" && box.width > 0 && box.height > 0;
      };
      const name = (el) =>
        el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join("") + (el.textContent.trim() ? ` "${el.textContent.trim().slice(0, 40)}"` : "");
      const all = [...host.shadowRoot.querySelectorAll("button, input, select, textarea, form")];
      return {
        controls: all.filter(rendered).map(name),
        controlsInDom: all.length,
        tables: [...host.shadowRoot.querySelectorAll(".br-summary table")].map(rendered),
        radar: [...host.shadowRoot.querySelectorAll(".br-summary .br-radar-chart")].map(rendered),
      };
    });

    // Where the height goes in print: the host page's heading, then each part of the
    // candidate page and of its summary (hidden parts left out).
    const heights = await ui.evaluate((host) => {
      const label = (el) => {
        const heading = el.matches("h2, h3, h4") ? ` "${el.textContent.trim()}"` : "";
        const caption = el.querySelector(":scope > table > caption")?.textContent.trim();
        return el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join("") + heading + (caption ? ` "${caption}"` : "");
      };
      const height = (el) => Math.round(el.getBoundingClientRect().height);
      const parts = [...host.shadowRoot.querySelectorAll(".br-candidate-page > :not(.br-candidate-summary), .br-candidate-summary > :not(.br-summary), .br-summary > *")];
      return {
        page: document.documentElement.scrollHeight,
        host: height(document.querySelector("h1")),
        parts: parts.filter((el) => height(el) > 0).map((el) => `${label(el)} ${height(el)}`),
      };
    });
    t.diagnostic(`print heights (CSS px at 794 px wide; an A4 page is 1123 px tall without margins): whole page ${heights.page}, host page's h1 ${heights.host}; ${heights.parts.join("; ")}`);

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdfPages(pdf);
    t.diagnostic(`PDF: ${pdf.length} bytes, page tree /Count ${pages.count}, ${pages.leaves} /Type /Page objects`);
    await finish(env, opened);

    assert.ok(shown.controlsInDom > 0, "the page has controls on screen");
    assert.deepEqual(shown.controls, [], "controls shown in print");
    assert.ok(shown.tables.length >= 2 && shown.tables.every(Boolean), `the summary's tables print: ${shown.tables}`);
    assert.deepEqual(shown.radar, [true], "the radar prints");
    assert.equal(pages.count ?? pages.leaves, pages.leaves, "the page tree's /Count and the page objects agree");
    assert.equal(pages.leaves, 1, "the candidate summary prints on one A4 page");
  },
);

test("forced colours keep the radar visible", async (t) => {
  const opened = await summaryShown({ forcedColors: "active" });
  const { page, ui } = opened;
  assert.ok(await page.evaluate(() => matchMedia("(forced-colors: active)").matches), "forced colours are on");
  /** Each radar outline's stroke, dash pattern and width, and the widget's background. */
  const outlines = () =>
    ui.evaluate((host) => {
      const root = host.shadowRoot;
      const chart = root.querySelector(".br-radar-chart");
      const transparent = (colour) => colour === "transparent" || /^rgba\(.*,\s*0\)$/.test(colour);
      return {
        background: getComputedStyle(root.querySelector(".br")).backgroundColor,
        series: [...chart.querySelectorAll(".br-radar-area")].map((polygon) => {
          const style = getComputedStyle(polygon);
          return {
            stroke: style.stroke,
            visible: style.stroke !== "none" && !transparent(style.stroke) && parseFloat(style.strokeWidth) > 0 && style.strokeOpacity !== "0",
            dash: style.strokeDasharray,
          };
        }),
        grid: [...chart.querySelectorAll(".br-radar-ring, .br-radar-spoke")].map((line) => getComputedStyle(line).stroke),
      };
    });

  const summary = await outlines();
  assert.equal(summary.series.length, 1, "one outline on the summary");
  assert.ok(summary.series[0].visible, `the summary's outline has a visible stroke: ${JSON.stringify(summary.series[0])}`);
  assert.notEqual(summary.series[0].stroke, summary.background, "the outline differs from the background");
  assert.ok(summary.grid.every((stroke) => stroke !== "none" && stroke !== summary.background), `the grid stays visible: ${summary.grid[0]}`);

  await backToList(ui);
  await compareCandidates(ui, ["Leslie Lamport", "Tony Hoare"]);
  const compared = await outlines();
  assert.equal(compared.series.length, 2, "an outline per candidate");
  for (const [index, series] of compared.series.entries()) {
    assert.ok(series.visible, `outline ${index + 1} has a visible stroke: ${JSON.stringify(series)}`);
    assert.notEqual(series.stroke, compared.background, `outline ${index + 1} differs from the background`);
  }
  t.diagnostic(`forced colours: background ${compared.background}; outlines ${compared.series.map((s) => `${s.stroke} dash ${s.dash}`).join(", ")}; grid ${compared.grid[0]}`);
  assert.notEqual(compared.series[0].dash, compared.series[1].dash, "the 2 outlines differ by dash pattern");
  // The legend's swatches draw the same dash patterns.
  const swatches = await ui.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll(".br-radar-swatch .br-radar-area")].map((line) => getComputedStyle(line).strokeDasharray),
  );
  assert.deepEqual(swatches, compared.series.map((series) => series.dash), "the legend matches the outlines");
  await finish(env, opened);
});

test("prefers-reduced-motion: nothing in the scorecard animates or transitions", async () => {
  const opened = await openIn({ reducedMotion: "reduce", viewport: { width: 800, height: 600 } });
  const { page, ui } = opened;
  assert.ok(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches), "reduced motion is on");
  const moving = [];
  const check = async (screen) => {
    await openDetails(ui);
    // Hover and focus a control, so :hover/:focus rules apply somewhere too.
    await ui.locator("button").first().hover();
    const found = await ui.evaluate((host) => {
      const seconds = (list) => list.split(",").map((value) => parseFloat(value) * (value.trim().endsWith("ms") ? 0.001 : 1));
      const name = (el) => el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join("");
      const out = [];
      for (const el of host.shadowRoot.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
          const style = getComputedStyle(el, pseudo);
          const animated = style.animationName !== "none" && seconds(style.animationDuration).some((s) => s > 0);
          const transition = seconds(style.transitionDuration).some((s) => s > 0);
          if (animated) out.push(`${name(el)}${pseudo ?? ""}: animation ${style.animationName} ${style.animationDuration}`);
          if (transition) out.push(`${name(el)}${pseudo ?? ""}: transition ${style.transitionProperty} ${style.transitionDuration}`);
        }
      }
      for (const animation of host.shadowRoot.getAnimations()) out.push(`running: ${animation.animationName ?? animation.constructor.name} on ${name(animation.effect?.target ?? host)}`);
      return out;
    });
    if (found.length > 0) moving.push(`${screen}: ${found.join("; ")}`);
  };
  await check("list, empty");
  await importFile(ui, PREPARED);
  await check("list with a notice");
  await dismissNotices(ui);
  await setInterviewer(ui, "Bob");
  await openCandidate(ui, "Leslie Lamport");
  await check("candidate page");
  await startInterview(ui);
  for (const competency of COMPETENCIES) {
    await ui.getByRole("group", { name: competency.label, exact: true }).getByRole("radio", { name: "Strong" }).check();
  }
  await check("interview form, rated");
  await rateAndSubmit(ui, { scores: "Strong", decision: "Yes" });
  await backToCandidate(ui, "Leslie Lamport");
  await check("candidate page with the summary");
  await visitComparisonAndCalibration(ui, ["Leslie Lamport", "Tony Hoare"], check);
  assert.deepEqual(moving, [], `motion with prefers-reduced-motion: reduce:\n  ${moving.join("\n  ")}`);
  await finish(env, opened);
});
