// Makes the README's screenshots with Chromium from the release build:
// node tests/e2e/screenshots.mjs   (writes docs/screenshots/*.png)
import { launchBrowser, startServers, waitForWidgets } from "./harness.mjs";

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
  for (let i = 0; !(await page.$eval("#quiz", (el) => !!el.shadowRoot.querySelector(".br-result"))); i++) {
    const inputs = await page.$$eval("#quiz", (els) => els[0].shadowRoot.querySelectorAll(".br-choice input").length);
    await page.click(`#quiz >> .br-choice input >> nth=${Math.min(answers[i] ?? 0, inputs - 1)}`);
    await page.click("#quiz >> button[type=submit]");
  }
  await shoot(page, "#quiz", `quiz-result-${theme}`);
  await shoot(page, "#scorecard", `scorecard-title-${theme}`);
  await context.close();
}
await browser.close();
await servers.close();
