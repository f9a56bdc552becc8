// Layout: the quiz reflows in a 320 px wide viewport and at 200% zoom without
// horizontal scrolling, on every kind of screen; the print view hides the controls;
// forced colours keep the chart visible.
import assert from "node:assert/strict";
import { test } from "node:test";
import { answerToResult, useBrowserAndServers, waitForWidgets } from "./harness.mjs";

const env = useBrowserAndServers();

const overflow = (page) =>
  page.evaluate(() => {
    const root = document.scrollingElement;
    return root.scrollWidth - root.clientWidth;
  });

async function screens(page, visit) {
  await waitForWidgets(page, 1);
  await visit("intro");
  await page.click("text=Start the check");
  await visit("question");
  await answerToResult(page);
  await visit("result");
}

for (const [label, options] of [
  ["320 px wide", { viewport: { width: 320, height: 640 } }],
  ["200% zoom of a 640 px window", { viewport: { width: 320, height: 480 }, deviceScaleFactor: 2 }],
]) {
  test(`no horizontal scrolling at ${label}`, async () => {
    const context = await env.browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${env.servers.hostOrigin}/quiz.html`);
    const seen = [];
    await screens(page, async (screen) => {
      assert.equal(await overflow(page), 0, `${screen} scrolls sideways`);
      seen.push(screen);
    });
    assert.deepEqual(seen, ["intro", "question", "result"]);
    await context.close();
  });
}

test("print hides the controls and keeps the result", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.servers.hostOrigin}/quiz.html`);
  await screens(page, async () => {});
  await page.emulateMedia({ media: "print" });
  const shown = await page.$eval("#quiz", (el) => {
    const visible = (selector) => {
      const node = el.shadowRoot.querySelector(selector);
      return !!node && getComputedStyle(node).display !== "none";
    };
    return { actions: visible(".br-actions"), chart: visible(".br-chart"), advice: visible(".br-advice") };
  });
  assert.deepEqual(shown, { actions: false, chart: true, advice: true });
  await context.close();
});

test("forced colours keep the chart bars visible", async () => {
  const context = await env.browser.newContext({ forcedColors: "active" });
  const page = await context.newPage();
  await page.goto(`${env.servers.hostOrigin}/quiz.html`);
  await screens(page, async () => {});
  const fill = await page.$eval("#quiz", (el) => getComputedStyle(el.shadowRoot.querySelector(".br-chart-bar")).fill);
  const track = await page.$eval("#quiz", (el) => getComputedStyle(el.shadowRoot.querySelector(".br-chart-track")).fill);
  assert.notEqual(fill, track, "bars and track must differ in forced colours");
  await context.close();
});
