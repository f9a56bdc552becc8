// Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every quiz screen, the
// scorecard's title screen, a notice and an option error, in the light and dark themes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { answerToResult, axeViolations, openPage, shows, useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import { answerUntil } from "./shared-fixtures.mjs";

const env = useBrowserAndServers();

const inQuiz = (page, selector) => `#quiz >> ${selector}`;

async function next(page) {
  await page.click(inQuiz(page, "button[type=submit]"));
}

/** Walks the quiz through every kind of screen, checking each; returns screens checked. */
async function checkQuizScreens(page, theme) {
  const checked = [];
  const check = async (screen) => {
    assert.deepEqual(await axeViolations(page), [], `${screen} (${theme})`);
    checked.push(screen);
  };
  await check("intro, scorecard title, option error");
  await page.click("text=Start the check");
  await check("single-choice question");
  await page.click(inQuiz(page, ".br-choice input >> nth=2"));
  await next(page);
  await check("multi-choice question");
  const regulated = "input[value='sensitive.regulated']";
  await answerUntil(() => shows(page, "#quiz", regulated), () => next(page), { what: "the sensitive-data question" });
  await page.click(inQuiz(page, regulated));
  await next(page);
  const compliance = await page.$eval("#quiz", (el) => !!el.shadowRoot.querySelector("input[name=compliance]"));
  assert.ok(compliance, "regulated data opens the compliance question");
  await check("branching question (compliance details)");
  await answerToResult(page, () => next(page));
  await check("result");
  await page.click("text=Copy a share link");
  await page.waitForFunction(() => document.querySelector("#quiz").shadowRoot.querySelector("#br-share-link"));
  await check("result with share link");
  return checked;
}

for (const theme of ["light", "dark"]) {
  test(`axe finds no WCAG A/AA violation on any screen (${theme})`, async () => {
    const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/a11y.html`);
    await waitForWidgets(page, 3);
    await page.evaluate((t) => document.querySelectorAll("backend-ready").forEach((el) => el.setAttribute("theme", t)), theme);
    await page.waitForFunction((t) => document.querySelector("#quiz").shadowRoot.querySelector(`.br--${t}`), theme);
    const checked = await checkQuizScreens(page, theme);
    console.log(`axe, ${theme}: 0 violations on ${checked.length} screens: ${checked.join("; ")}`);
    await page.close();
  });
}

test("axe finds no violation with a notice shown", async () => {
  const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/a11y.html#br-quiz=v1;stage:nonsense`);
  await waitForWidgets(page, 3);
  await page.waitForFunction(() => document.querySelector("#quiz").shadowRoot.querySelector(".br-notice"));
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test("the demo page: axe finds nothing, and the theming playground restyles the quiz", async () => {
  const { page, log } = await openPage(env.browser, `${env.servers.cdn}index.html`);
  await page.waitForFunction(() => [...document.querySelectorAll("backend-ready")].every((el) => el.shadowRoot?.querySelector("h2")));
  assert.deepEqual(await axeViolations(page), []);
  await page.selectOption("#playground select[name=theme]", "dark");
  await page.fill("#playground input[name='--br-accent']", "#c4b5fd");
  const accent = await page.$eval("#demo-quiz", (el) => getComputedStyle(el.shadowRoot.querySelector(".br-button")).borderTopColor);
  assert.equal(accent, "rgb(196, 181, 253)");
  assert.match(await page.textContent("#theme-css"), /--br-dark-accent: #c4b5fd;/);
  assert.deepEqual(await axeViolations(page), [], "dark theme with a custom accent");
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
