// Makes the README's screenshots with Chromium from the release build:
// node tests/e2e/screenshots.mjs   (writes docs/screenshots/*.png)
import { answerToResult, launchBrowser, pickAndGoOn, startServers, waitForWidgets } from "./harness.mjs";
import { STAGES, importFile, openCandidate, scorecardFile, setInterviewer, startInterview } from "./scorecard-helpers.mjs";

const OUT = new URL("../../docs/screenshots/", import.meta.url).pathname;
const servers = await startServers();
const browser = await launchBrowser();

async function shoot(page, selector, name) {
  await page.locator(selector).screenshot({ path: `${OUT}${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
}

for (const theme of ["light", "dark"]) {
  const context = await browser.newContext({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${servers.hostOrigin}/a11y.html`);
  await waitForWidgets(page, 3);
  await page.evaluate((t) => document.querySelectorAll("backend-ready").forEach((el) => el.setAttribute("theme", t)), theme);
  await page.waitForFunction((t) => document.querySelector("#quiz").shadowRoot.querySelector(`.br--${t}`), theme);
  await shoot(page, "#quiz", `quiz-intro-${theme}`);
  await page.click("text=Start the check");
  await page.click("#quiz >> .br-choice input >> nth=2");
  await shoot(page, "#quiz", `quiz-question-${theme}`);
  const answers = [2, 1, 1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1];
  await answerToResult(page, async (i) => {
    const inputs = await page.$$eval("#quiz", (els) => els[0].shadowRoot.querySelectorAll(".br-choice input").length);
    await pickAndGoOn(page, Math.min(answers[i] ?? 0, inputs - 1));
  });
  await shoot(page, "#quiz", `quiz-result-${theme}`);
  await shoot(page, "#scorecard", `scorecard-list-empty-${theme}`);
  await scorecardShots(context, theme);
  await context.close();
}
// The scorecard with three candidates interviewed by two people: the list, an interview
// form, a candidate's summary and a comparison.
async function scorecardShots(context, theme) {
  const page = await context.newPage();
  await page.goto(`${servers.hostOrigin}/scorecard.html`);
  await waitForWidgets(page, 1);
  await page.evaluate((t) => document.querySelector("#scorecard").setAttribute("theme", t), theme);
  const ui = page.locator("#scorecard");
  const people = [["c1", "Ada Lovelace"], ["c2", "Grace Hopper"], ["c3", "Alan Turing"]];
  const scores = [
    ["Strong", "Exceptional", "Strong", "Mixed", "Strong", "Strong", "Exceptional"],
    ["Exceptional", "Strong", "Strong", "Strong", "Mixed", "Exceptional", "Strong"],
    ["Mixed", "Strong", "Weak", "Mixed", "Mixed", "Strong", "No evidence"],
  ];
  const interviews = people.flatMap(([id], n) => [
    { id: `${id}-ann`, candidate: id, interviewer: "Ann", stage: STAGES[0].id, scores: scores[n], note: "Walked through the trade-offs with numbers." },
    { id: `${id}-bob`, candidate: id, interviewer: "Bob", stage: STAGES[1].id, scores: scores[(n + 1) % 3], note: "Indexes and transactions explained clearly." },
  ]);
  await importFile(ui, scorecardFile({ candidates: people.map(([id, name]) => ({ id, name })), interviews }));
  await ui.locator(".br-notice button").last().click();
  await setInterviewer(ui, "Cy");
  await shoot(page, "#scorecard", `scorecard-list-${theme}`);
  await openCandidate(ui, "Ada Lovelace");
  await ui.getByRole("button", { name: /show the ratings/i }).click();
  await page.locator("#scorecard .br-summary").first().waitFor();
  await page.locator("#scorecard .br-summary").first().screenshot({ path: `${OUT}scorecard-summary-${theme}.png` });
  console.log(`docs/screenshots/scorecard-summary-${theme}.png`);
  await ui.getByRole("button", { name: "Back to the candidates" }).first().click();
  await openCandidate(ui, "Grace Hopper");
  await startInterview(ui, 2);
  await ui.locator("fieldset input[type=radio]").nth(2).check();
  await ui.locator("fieldset input[type=radio]").nth(8).check();
  await page.locator("#scorecard fieldset").first().screenshot({ path: `${OUT}scorecard-interview-${theme}.png` });
  console.log(`docs/screenshots/scorecard-interview-${theme}.png`);
  await page.close();
}

await browser.close();
await servers.close();
