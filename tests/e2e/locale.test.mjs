// End-to-end tests of the language choice (release build): embed.js loads the German
// build for German widgets (locale option, else the closest lang, else the page's) and
// the English build for every other language, and each widget shows its language.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { openPage, useBrowserAndServers, waitForWidgets, widgetFiles } from "./harness.mjs";

const QUIZ_TITLE = { en: "Is your system backend-ready for scale?", de: "Ist Ihr Backend bereit für Wachstum?" };
const START = { en: "Start the check", de: "Check starten" };
// The scorecard opens on its list of candidates (or, in older builds, its title screen).
const SCORECARD_HEADINGS = {
  en: ["Candidates", "Rate backend candidates on evidence, not on syntax"],
  de: ["Kandidat/innen", "Backend-Kandidat/innen nach Nachweisen bewerten, nicht nach Syntax"],
};

const env = useBrowserAndServers();
const localeUrl = () => `${env.servers.hostOrigin}/locale.html`;

/** The widget's heading, the `lang` it renders with, and its first button's label. */
function shown(page, selector) {
  return page.$eval(selector, (el) => {
    const root = el.shadowRoot;
    return {
      heading: root.querySelector("h2")?.textContent.trim() ?? null,
      lang: root.querySelector(".br")?.getAttribute("lang") ?? null,
      button: root.querySelector("button")?.textContent.trim() ?? null,
    };
  });
}

describe("languages", () => {
  test("each widget loads the build of its language and shows it", async () => {
    const { page, log } = await openPage(env.browser, localeUrl());
    await waitForWidgets(page, 5);

    // <html lang="de">, no locale option: the German quiz build.
    assert.deepEqual(await shown(page, "#page-de"), { heading: QUIZ_TITLE.de, lang: "de", button: START.de });
    // locale="en" on a German page: English.
    assert.deepEqual(await shown(page, "#option-en"), { heading: QUIZ_TITLE.en, lang: "en", button: START.en });
    // A language without a build falls back to English.
    assert.deepEqual(await shown(page, "#option-fr"), { heading: QUIZ_TITLE.en, lang: "en", button: START.en });
    // The closest lang (a section in English) wins over the page's.
    assert.deepEqual(await shown(page, "#section-en"), { heading: QUIZ_TITLE.en, lang: "en", button: START.en });
    // locale="de" on a scorecard in an English section: the German scorecard build.
    const scorecard = await shown(page, "#scorecard-de");
    assert.equal(scorecard.lang, "de");
    assert.ok(SCORECARD_HEADINGS.de.includes(scorecard.heading), `German scorecard heading, got ${scorecard.heading}`);
    const scorecardText = await page.$eval("#scorecard-de", (el) => el.shadowRoot.textContent);
    assert.ok(!SCORECARD_HEADINGS.en.some((english) => scorecardText.includes(english)), "no English in the German scorecard");

    const mounted = await page.evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:mounted").length);
    assert.equal(mounted, 5, "every widget mounted without option errors");
    // Exactly the builds the widgets need, each loaded once, and nothing else.
    const files = widgetFiles("quiz-de", "quiz", "scorecard-de");
    const allowed = new Set([localeUrl(), `${env.servers.hostOrigin}/record-events.js`, ...files.map((f) => env.servers.cdn + f)]);
    assert.deepEqual(log.requests.filter((url) => !allowed.has(url)), [], "only the widget's own files");
    for (const file of files) {
      const count = log.requests.filter((url) => url === env.servers.cdn + file).length;
      assert.equal(count, 1, `${file} loaded ${count} times`);
    }
    assert.ok(!log.requests.some((url) => url.endsWith("backend-ready-scorecard.js")), "the English scorecard build is not loaded");
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  test("the German quiz runs in German, and a locale change switches the build", async () => {
    const { page, log } = await openPage(env.browser, localeUrl());
    await waitForWidgets(page, 5);
    await page.locator("#page-de").getByRole("button", { name: START.de }).click();
    await page.waitForFunction(() => document.querySelector("#page-de").shadowRoot.querySelector("fieldset"));
    const progress = await page.$eval("#page-de", (el) => el.shadowRoot.querySelector(".br-progress-label").textContent);
    assert.match(progress, /^Frage 1 von \d+$/);
    const question = await page.$eval("#page-de", (el) => el.shadowRoot.querySelector("h2").textContent);
    assert.equal(question, "Wo steht Ihr Produkt heute?");

    // Switching the English widget to German restarts it with the German build.
    await page.evaluate(() => document.querySelector("#option-en").setAttribute("locale", "de-AT"));
    await page.waitForFunction(
      (title) => document.querySelector("#option-en").shadowRoot.querySelector("h2")?.textContent === title,
      QUIZ_TITLE.de,
    );
    assert.equal(await page.$eval("#option-en", (el) => el.shadowRoot.querySelector(".br").getAttribute("lang")), "de");
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });
});
