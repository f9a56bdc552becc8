// Driving a widget in any engine: elements inside its open shadow root are found by
// script (a button or field by its accessible name, a radio by its group's legend),
// scrolled into view, checked not to be covered, and then clicked with a real mouse
// click at their centre; text goes in with real key presses. Scorecard steps shared by
// the cross-engine tests are here too.
import assert from "node:assert/strict";
import { sleep, waitFor } from "./driver.mjs";
import { COMPETENCIES, SCORES, tabUntil, whatHasFocus } from "../e2e/shared-fixtures.mjs";

/**
 * Runs in the page: finds the `query` match inside the shadow root of the widget at
 * `host` and applies `op` to it. A query has `role` ("button", "field", "radio" or
 * "any"), optional `name` (aria-label, else the label, else the text, trimmed; exact),
 * `group` (the legend of the fieldset it is in), `css` (a selector) and `nth`. Only
 * rendered elements count.
 */
function widgetOp(host, query, op) {
  const root = document.querySelector(host)?.shadowRoot;
  if (!root) return { error: `no widget ${host}` };
  const selectors = { button: "button", field: "input:not([type=radio]):not([type=checkbox]), textarea, select", radio: "input[type=radio]", any: "*" };
  const nameOf = (el) => (el.getAttribute("aria-label") ?? (el.labels && el.labels[0]?.textContent) ?? el.textContent).trim();
  let scopes = [root];
  if (query.group) scopes = [...root.querySelectorAll("fieldset")].filter((set) => set.querySelector("legend")?.textContent.trim() === query.group);
  const matches = scopes
    .flatMap((scope) => [...scope.querySelectorAll(query.css ?? selectors[query.role ?? "any"])])
    .filter((el) => el.getClientRects().length > 0 && (query.name === undefined || nameOf(el) === query.name));
  if (op === "count") return matches.length;
  const el = matches[query.nth ?? 0];
  if (!el) return { error: `nothing in ${host} matches ${JSON.stringify(query)}` };
  if (op === "value") return { value: el.value };
  if (op === "checked") return { value: el.checked };
  if (op === "text") return { value: el.textContent };
  if (op === "select") {
    el.focus();
    el.select();
    return { value: document.activeElement === el.getRootNode().host && root.activeElement === el };
  }
  // "point": the centre of the element in the viewport (scrolled there, or for "here"
  // where it is now), once it is not covered there. After a scroll, two frames pass
  // first: an engine may hit-test input against the last painted scroll position.
  const measure = () => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return { error: `${JSON.stringify(query)} is out of view at ${x}, ${y}` };
    const hit = root.elementFromPoint(x, y);
    const reaches = hit && (el.contains(hit) || hit.control === el || (hit.tagName === "LABEL" && hit.htmlFor === el.id));
    if (!reaches) return { error: `${JSON.stringify(query)} is covered by ${hit ? hit.outerHTML.slice(0, 120) : "nothing"}` };
    return { value: { x, y } };
  };
  const before = [scrollX, scrollY];
  if (op === "point") el.scrollIntoView({ block: "center", inline: "center" });
  if (before[0] === scrollX && before[1] === scrollY) return measure();
  // (A hidden window may get no frames: a timer stands in.)
  const frame = () =>
    new Promise((done) => {
      requestAnimationFrame(() => done());
      setTimeout(done, 100);
    });
  return frame().then(frame).then(measure);
}

/** The widget whose element matches `host` (a CSS selector) in `page`. */
export class Widget {
  constructor(page, host) {
    this.page = page;
    this.host = host;
  }

  async op(query, op) {
    const result = await this.page.evaluate(widgetOp, this.host, query, op);
    if (op === "count") return result;
    if (result.error) throw new Error(result.error);
    return result.value;
  }

  /** The centre of the match, in view and not covered (retried while the layout settles). */
  async point(query) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.op(query, "point");
      } catch (error) {
        if (attempt >= 50) throw error;
        await sleep(40);
      }
    }
  }

  /** The centre of the match where it is now (no scrolling), in view and not covered. */
  pointHere(query) {
    return this.op(query, "here");
  }

  /** A real mouse click on the match. */
  async click(query) {
    await this.page.clickAt(await this.point(query));
  }

  /** Clicks into the field, selects its text and types `text` over it. */
  async fill(query, text) {
    await this.click({ role: "field", ...query });
    assert.ok(await this.op({ role: "field", ...query }, "select"), `${JSON.stringify(query)} has focus`);
    if (text === "") await this.page.press("Backspace");
    else await this.page.type(text);
  }

  count(query) {
    return this.op(query, "count");
  }

  value(query) {
    return this.op({ role: "field", ...query }, "value");
  }

  checked(query) {
    return this.op({ role: "radio", ...query }, "checked");
  }

  /** Waits until something matches `query`. */
  async waitFor(query, timeout = 5000) {
    const deadline = Date.now() + timeout;
    while ((await this.count(query)) === 0) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${JSON.stringify(query)} in ${this.host}`);
      await sleep(40);
    }
  }

  /** The whole text of the shadow root. */
  text() {
    return this.page.evaluate((host) => document.querySelector(host).shadowRoot.textContent, this.host);
  }

  /** The text of the screen's heading (h2), or null. */
  heading() {
    return this.page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector("h2")?.textContent.trim() ?? null, this.host);
  }

  waitForHeading(text, timeout = 5000) {
    return waitFor(this.page, (host, wanted) => document.querySelector(host)?.shadowRoot?.querySelector("h2")?.textContent.trim() === wanted, [this.host, text], {
      timeout,
      what: `the heading "${text}" in ${this.host}`,
    });
  }

  /** The notices shown above the screen, each as its text. */
  notices() {
    return this.page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll(".br-notice p")].map((p) => p.textContent), this.host);
  }

  /** The names on the list of candidates, in order. */
  listedNames() {
    return this.page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll(".br-candidate .br-link")].map((b) => b.textContent), this.host);
  }
}

/** What has keyboard focus, looking inside shadow roots. */
export function focused(page) {
  return page.evaluate(whatHasFocus);
}

/** Presses Tab until `wanted(focus)` holds; fails after `most` presses. */
export function tabTo(page, wanted, what, most = 80) {
  return tabUntil(() => focused(page), () => page.press("Tab"), wanted, what, most);
}

export { COMPETENCIES, SCORES };

/** Sets the interviewer's name (the field saves on change, so it is left with Tab). */
export async function setInterviewer(ui, name) {
  await ui.fill({ name: "Your name, as interviewer" }, name);
  await ui.page.press("Tab");
  assert.equal(await ui.value({ name: "Your name, as interviewer" }), name);
}

/** Adds a candidate from the list screen (typed, then the Add button clicked). */
export async function addCandidate(ui, name) {
  await ui.fill({ name: "Name" }, name);
  await ui.click({ role: "button", name: "Add candidate" });
  await ui.waitFor({ role: "button", name });
}

/** Opens the candidate page of `name` from the list. */
export async function openCandidate(ui, name) {
  await ui.click({ role: "button", name });
  await ui.waitForHeading(name);
}

/** Back to the list from any screen. */
export async function backToList(ui) {
  if ((await ui.heading()).startsWith("Interview: ")) {
    await ui.click({ role: "button", name: "Back to the candidate" });
    await waitFor(ui.page, (host) => !document.querySelector(host).shadowRoot.querySelector("h2").textContent.startsWith("Interview: "), [ui.host]);
  }
  if ((await ui.heading()) !== "Candidates") await ui.click({ role: "button", name: "Back to the candidates" });
  await ui.waitForHeading("Candidates");
}

/** Starts (or continues) the viewer's interview at the first stage. */
export async function startInterview(ui) {
  await ui.click({ css: "li.br-stage button" });
  await waitFor(ui.page, (host) => document.querySelector(host).shadowRoot.querySelector("h2")?.textContent.startsWith("Interview: "), [ui.host], {
    what: "the interview form",
  });
}

/** Clicks the radio card `score` of the competency at `index`. */
export async function rate(ui, index, score) {
  const query = { role: "radio", group: COMPETENCIES[index].label, name: score };
  await ui.click(query);
  const deadline = Date.now() + 5000;
  while (!(await ui.checked(query))) {
    if (Date.now() > deadline) assert.fail(`${score} is not checked for ${COMPETENCIES[index].label}`);
    await sleep(40);
  }
}

/** Clicks the recommendation `decision` (once every competency is rated). */
export async function recommend(ui, decision) {
  await ui.click({ role: "radio", group: "Overall recommendation", name: decision });
}
