// Side-by-side load and interaction benchmark, in one run, Debian Chromium with the CPU
// throttled 4x: time to the first usable control for our quiz, the same 12-question
// quiz in SurveyJS 2.5.38, and a static page with the same first screen (the floor);
// then click-to-paint times inside our quiz. Prints medians, ratios and p95. Our quiz is
// measured twice in the same run: with its prerendered first screen (issue 14) and
// without it ("before": the same build from a CDN copy whose glue files carry no first
// screens, their hashes in embed.js changed to match, so embed.js shows nothing until
// the app is ready). Then the host page's Core Web
// Vitals with and without the widget: Largest Contentful Paint, Cumulative Layout Shift,
// and Interaction to Next Paint of the first click (the start button, clicked as soon
// as it shows), with when the first question shows after it.
// Usage: node tests/bench/load.mjs [runs]   (after `trunk build --release`)
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveFolder } from "../../scripts/static-server.mjs";
import { launchBrowser } from "../e2e/harness.mjs";
import { surveyQuestionCount, surveyScript } from "./survey-content.mjs";

const RUNS = Number(process.argv[2] ?? 9);
const CPU_SLOWDOWN = 4;
const HERE = new URL(".", import.meta.url).pathname;
const VARIANTS = ["static.html", "ours-before.html", "ours.html", "surveyjs.html"];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

async function servers() {
  const cors = { "access-control-allow-origin": "*" };
  const cdn = await serveFolder({ root: join(HERE, "../../dist"), prefix: "/assets/backend-ready/", headers: cors });
  const surveyjs = await serveFolder({ root: join(HERE, "node_modules"), prefix: "/surveyjs/", headers: cors });
  // "Before": the same build without its prerendered first screens.
  const before = mkdtempSync(join(tmpdir(), "br-bench-before-"));
  cpSync(join(HERE, "../../dist"), before, { recursive: true });
  const sri = (bytes) => "sha256-" + createHash("sha256").update(bytes).digest("base64");
  let embed = readFileSync(join(before, "embed.js"), "utf8");
  for (const file of readdirSync(before).filter((name) => /^backend-ready-[a-z-]+\.js$/.test(name))) {
    const glue = readFileSync(join(before, file), "utf8");
    const stripped = glue.replace(/\nexport const FIRST_SCREENS = .*\n$/, "\n");
    if (stripped === glue) throw new Error(`${file} carries no first screens`);
    writeFileSync(join(before, file), stripped);
    embed = embed.replace(sri(glue), sri(stripped));
  }
  writeFileSync(join(before, "embed.js"), embed);
  const cdnBefore = await serveFolder({ root: before, prefix: "/assets/backend-ready/", headers: cors });
  const pages = mkdtempSync(join(tmpdir(), "br-bench-"));
  cpSync(join(HERE, "pages"), pages, { recursive: true });
  writeFileSync(join(pages, "survey-quiz.js"), surveyScript());
  // The same host page, from one file: with the widget from the "before" CDN, and
  // without the widget at all.
  const ours = readFileSync(join(pages, "ours.html"), "utf8");
  writeFileSync(join(pages, "ours-before.html"), ours.replaceAll("{{CDN}}", "{{CDN_BEFORE}}"));
  writeFileSync(join(pages, "host.html"), ours.replace(/\n\s*<script src="\{\{CDN\}\}[^\n]*/, ""));
  const substitute = (path, body) =>
    path.endsWith(".html")
      ? Buffer.from(
          body
            .toString()
            .replaceAll("{{CDN}}", `${cdn.origin}/assets/backend-ready`)
            .replaceAll("{{CDN_BEFORE}}", `${cdnBefore.origin}/assets/backend-ready`)
            .replaceAll("{{SURVEYJS}}", `${surveyjs.origin}/surveyjs`),
        )
      : body;
  const host = await serveFolder({ root: pages, transform: substitute });
  return { host: host.origin, all: [cdn, cdnBefore, surveyjs, host] };
}

// Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), for
// the vitals: on loopback the wasm arrives with the small files, while on a real
// network it arrives last, and a first screen shown before it is worth that wait.
const MOBILE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

async function throttledPage(browser, network) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  if (network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", network);
  }
  return { context, page };
}

async function firstControl(browser, url) {
  const { context, page } = await throttledPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstControl !== null, null, { timeout: 60000, polling: 50 });
  const ms = await page.evaluate(() => window.__firstControl);
  await context.close();
  return ms;
}

/**
 * The host page's vitals on a cold load (CPU 4x slower, mobile network): LCP and CLS;
 * with a widget, the start button clicked (a trusted click) as soon as it shows, the INP of that click (the longest
 * event timing of its interaction; Chromium reports only those of 16 ms or more, and
 * always the first input's) and when the first question shows.
 */
async function vitals(browser, url, withWidget) {
  const { context, page } = await throttledPage(browser, MOBILE_NETWORK);
  await page.goto(url);
  if (withWidget) {
    await page.waitForFunction(() => window.__firstControl !== null, null, { timeout: 60000, polling: 50 });
    await page.locator("backend-ready button").first().click();
    await page.waitForFunction(() => window.__firstQuestion !== null, null, { timeout: 60000, polling: 50 });
  } else {
    await page.waitForLoadState("load");
  }
  await page.waitForTimeout(1000);
  const measured = await page.evaluate(() => {
    const { lcp, cls, firstInput, events } = window.__vitals;
    const first = firstInput && events.filter((entry) => entry.interactionId === firstInput.interactionId);
    const inp = firstInput ? Math.max(firstInput.duration, ...first.map((entry) => entry.duration)) : null;
    return { lcp, cls, inp, control: window.__firstControl, question: window.__firstQuestion };
  });
  await context.close();
  return measured;
}

/** Click-to-paint times in our quiz: picking an answer, and Next to the next question. */
async function interactions(browser, url) {
  const { context, page } = await throttledPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstControl !== null);
  const times = await page.evaluate(async () => {
    const root = document.querySelector("backend-ready").shadowRoot;
    const until = async (test) => { while (!test()) await new Promise((done) => requestAnimationFrame(done)); };
    // `dom`: click to the DOM updated (the work the widget does); `paint`: to the next
    // animation frame after that, which includes waiting for the display's vsync.
    const timed = async (element, changed) => {
      const start = performance.now();
      element.click();
      while (!changed()) await new Promise((done) => setTimeout(done, 0));
      const dom = performance.now() - start;
      await new Promise((done) => requestAnimationFrame(done));
      return { dom, paint: performance.now() - start };
    };
    const picks = [];
    const nexts = [];
    root.querySelector("button").click();
    await until(() => root.querySelector("fieldset"));
    while (!root.querySelector(".br-result")) {
      const heading = root.querySelector("h2").textContent;
      const input = root.querySelector(".br-choice input");
      picks.push(await timed(input, () => input.checked));
      const next = root.querySelector("button[type=submit]");
      nexts.push(await timed(next, () => root.querySelector(".br-result") || root.querySelector("h2").textContent !== heading));
    }
    return { picks, nexts };
  });
  await context.close();
  return times;
}

const { host, all } = await servers();
const browser = await launchBrowser();
const results = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
for (let run = 0; run < RUNS; run++) {
  for (const variant of VARIANTS) results[variant].push(await firstControl(browser, `${host}/${variant}`));
}
const VITALS = [["host page, no widget", "host.html", false], ["with the widget, before (no prerender)", "ours-before.html", true], ["with the widget, prerendered first screen", "ours.html", true]];
const vitalRuns = Object.fromEntries(VITALS.map(([, variant]) => [variant, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [, variant, withWidget] of VITALS) vitalRuns[variant].push(await vitals(browser, `${host}/${variant}`, withWidget));
}
const picks = [];
const nexts = [];
for (let run = 0; run < 5; run++) {
  const measured = await interactions(browser, `${host}/ours.html`);
  picks.push(...measured.picks);
  nexts.push(...measured.nexts);
}
await browser.close();
await Promise.all(all.map(({ server }) => new Promise((done) => server.close(done))));

const [floor, before, ours, surveyjs] = VARIANTS.map((variant) => median(results[variant]));
console.log(`Time to first usable control, CPU ${CPU_SLOWDOWN}x slower, ${RUNS} cold loads each, alternating (SurveyJS: ${surveyQuestionCount()} questions):`);
console.log("| page | median ms | all runs ms |");
console.log("| --- | ---: | --- |");
for (const [name, variant] of [["static HTML (floor)", "static.html"], ["backend-ready quiz, before (no prerender)", "ours-before.html"], ["backend-ready quiz, prerendered first screen", "ours.html"], ["SurveyJS 2.5.38", "surveyjs.html"]]) {
  console.log(`| ${name} | ${median(results[variant]).toFixed(0)} | ${results[variant].map((ms) => ms.toFixed(0)).join(", ")} |`);
}
console.log(`\nours / SurveyJS: ${(ours / surveyjs).toFixed(2)}x (goal <= 0.25x; before: ${(before / surveyjs).toFixed(2)}x); ours - floor: ${(ours - floor).toFixed(0)} ms (goal <= 100 ms; before: ${(before - floor).toFixed(0)} ms)`);
const cell = (values, digits) => (values.some((value) => value === null) ? "n/a" : median(values).toFixed(digits));
console.log(`\nThe host page's Core Web Vitals, CPU ${CPU_SLOWDOWN}x slower and Lighthouse's mobile network (150 ms, 1.6 Mbit/s; files served uncompressed), ${RUNS} cold loads each, medians (the start button clicked as soon as it shows):`);
console.log("| page | LCP ms | CLS | first usable control ms | INP of the first click ms | first question shown ms |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const [name, variant, withWidget] of VITALS) {
  const runs = vitalRuns[variant];
  const pick = (key) => runs.map((run) => run[key]);
  const widgetCells = withWidget ? [cell(pick("control"), 0), cell(pick("inp"), 0), cell(pick("question"), 0)] : ["-", "-", "-"];
  console.log(`| ${name} | ${cell(pick("lcp"), 0)} | ${cell(pick("cls"), 3)} | ${widgetCells.join(" | ")} |`);
}
const row = (name, times) => {
  const dom = times.map((t) => t.dom);
  const paint = times.map((t) => t.paint);
  return `| ${name} | ${times.length} | ${percentile(dom, 50).toFixed(1)} | ${percentile(dom, 95).toFixed(1)} | ${percentile(paint, 95).toFixed(1)} |`;
};
console.log(`\nClicks in the quiz, CPU ${CPU_SLOWDOWN}x slower (5 full runs; goal: p95 below one frame, 16 ms):`);
console.log("| click | count | to DOM updated p50 ms | p95 ms | to next frame p95 ms |");
console.log("| --- | ---: | ---: | ---: | ---: |");
console.log(row("pick an answer", picks));
console.log(row("next question", nexts));
