// End-to-end tests of issue 17, item 2: the one-page hiring brief. A quiz finished with
// data-heavy answers opens, by keyboard, a brief that names database depth first and
// plans the database modelling stage first; it downloads as the Markdown file the same
// model renders; it prints on one A4 page with the rest of the widget hidden; focus
// moves to the brief and back to its button; axe finds nothing in either theme, in
// English and in German.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import { axeViolations, openPage, pdfPages, useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import { DATA_HEAVY_LINK, finishQuiz } from "./quiz-helpers.mjs";

const env = useBrowserAndServers();

const ENGLISH = {
  page: "quiz.html",
  open: "One-page hiring brief",
  title: "Hiring brief: Backend engineer (Senior)",
  download: "Download as a text file (.md)",
  back: "Back to the result",
  database: "Database depth",
  firstSkill: "1. **Database modelling, transactions and consistency:**",
  firstStage: "1. **Database modelling challenge:** probes Database depth",
};

const GERMAN = {
  page: "brief-de.html",
  open: "Recruiting-Briefing auf einer Seite",
  title: "Recruiting-Briefing: Backend-Entwickler/in (Senior)",
  download: "Als Textdatei herunterladen (.md)",
  back: "Zurück zum Ergebnis",
  database: "Datenbank-Know-how",
  firstSkill: "1. **Datenbankmodellierung, Transaktionen und Konsistenz:**",
  firstStage: "1. **Datenbank-Modellierungsaufgabe:** prüft Datenbank-Know-how",
};

/** The id of the element focused inside the quiz's shadow root, or its text. */
const focused = (page) =>
  page.evaluate(() => {
    const active = document.querySelector("#quiz").shadowRoot.activeElement;
    return active ? active.id || active.textContent.trim() : null;
  });

/** Opens the brief from the result by keyboard (focus, then Enter). */
async function openBrief(page, quiz, words) {
  await quiz.getByRole("button", { name: words.open }).focus();
  await page.keyboard.press("Enter");
  await quiz.locator(".br-brief").waitFor();
  assert.equal(await quiz.locator(".br-result").count(), 0, "the brief stands in for the result");
  assert.equal(await focused(page), "br-brief-title", "focus moves to the brief's heading");
  assert.equal(await quiz.locator("#br-brief-title").textContent(), words.title);
}

/** What the brief shows: the first item of each list, per section. */
async function firstItems(quiz) {
  return quiz.locator(".br-brief-section").evaluateAll((sections) =>
    Object.fromEntries(
      sections.map((section) => {
        const first = section.querySelector("li");
        return [section.dataset.section, { id: first.dataset.item, text: first.textContent, count: section.querySelectorAll("li").length }];
      }),
    ),
  );
}

/** Downloads the brief; returns the file's name and text. */
async function downloadBrief(page, quiz, words) {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 5000 }),
    quiz.getByRole("button", { name: words.download }).click(),
  ]);
  assert.equal(await download.failure(), null, "the download failed");
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

/** Checks the brief's content on screen and in the downloaded file. */
async function checkBrief(page, quiz, words) {
  const first = await firstItems(quiz);
  assert.deepEqual(Object.keys(first), ["why", "role", "skills", "stages", "mistakes"]);
  assert.equal(first.skills.id, "skill.data", "the data skill first");
  assert.ok(first.skills.text.includes(words.database), `database depth first: ${first.skills.text}`);
  assert.equal(first.stages.id, "database-modelling", "the database modelling stage first");
  assert.equal(first.stages.count, 5, "every stage");
  assert.equal(first.mistakes.count, 5, "the guide's five mistakes");
  assert.equal(first.role.id, "timing.now");

  const file = await downloadBrief(page, quiz, words);
  assert.equal(file.name, "backend-hiring-brief.md");
  assert.ok(file.text.startsWith(`# ${words.title}\n\n**`), file.text.slice(0, 200));
  assert.ok(file.text.includes(`\n\n${words.firstSkill} `), "the first skill in the file");
  assert.ok(file.text.includes(`\n\n${words.firstStage}`), "the first stage in the file");
  // The screen and the file come from one model: every heading and every line's text.
  const shown = await quiz.locator(".br-brief").evaluate((brief) => ({
    headings: [...brief.querySelectorAll("h3")].map((h) => h.textContent),
    items: [...brief.querySelectorAll("li")].map((li) => li.textContent),
  }));
  for (const heading of shown.headings) assert.ok(file.text.includes(`\n## ${heading}\n`), heading);
  const plain = file.text.replaceAll("**", "").replaceAll("\\", "");
  for (const item of shown.items) assert.ok(plain.includes(item), `in the file: ${item}`);
}

/** Back to the result by keyboard: focus returns to the button that opened the brief. */
async function leaveBrief(page, quiz, words) {
  await quiz.getByRole("button", { name: words.back }).focus();
  await page.keyboard.press("Enter");
  await quiz.locator(".br-result").waitFor();
  assert.equal(await focused(page), words.open, "focus goes back to the brief's button");
}

/** Axe on the brief in both themes. */
async function checkAxe(page, label) {
  for (const theme of ["light", "dark"]) {
    await page.locator("#quiz").evaluate((el, t) => el.setAttribute("theme", t), theme);
    await page.locator("#quiz .br-brief").waitFor();
    assert.deepEqual(await axeViolations(page), [], `${label}, ${theme}`);
  }
}

/** In print at A4 width: only the brief, no controls, one page. */
async function checkPrint(t, words, url) {
  const context = await env.browser.newContext({ viewport: { width: 794, height: 1123 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.widgetEvents = [];
    });
    await page.goto(url);
    const quiz = page.locator("#quiz");
    await quiz.locator(".br-result").waitFor();
    await quiz.getByRole("button", { name: words.open }).click();
    await quiz.locator(".br-brief").waitFor();
    await page.emulateMedia({ media: "print" });
    const shown = await quiz.evaluate((host) => {
      const rendered = (el) => getComputedStyle(el).display !== "none" && el.getBoundingClientRect().height > 0;
      const root = host.shadowRoot;
      return {
        controls: [...root.querySelectorAll("button, input, a")].filter(rendered).map((el) => el.textContent.trim()),
        others: [...root.querySelectorAll(".br-quiz > *")].filter((el) => !el.matches(".br-brief, .br-sr-only") && rendered(el)).map((el) => el.className),
        brief: rendered(root.querySelector(".br-brief")),
        height: Math.round(root.querySelector(".br-brief").getBoundingClientRect().height),
      };
    });
    t.diagnostic(`${words.title}: the brief is ${shown.height} CSS px tall in print at 794 px wide`);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdfPages(pdf);
    assert.ok(shown.brief, "the brief prints");
    assert.deepEqual(shown.controls, [], "no controls in print");
    assert.deepEqual(shown.others, [], "nothing else of the widget in print");
    assert.equal(pages.count ?? pages.leaves, pages.leaves, "the page tree's /Count and the page objects agree");
    assert.equal(pages.leaves, 1, "the brief prints on one A4 page");
  } finally {
    await context.close();
  }
}

describe("the one-page hiring brief", () => {
  test("English: a data-heavy result, by keyboard, to a brief that names database depth first, its file, and back", async () => {
    const { page, log } = await openPage(env.browser, `${env.servers.hostOrigin}/${ENGLISH.page}`);
    await waitForWidgets(page, 1);
    const quiz = await finishQuiz(page);
    await openBrief(page, quiz, ENGLISH);
    await checkBrief(page, quiz, ENGLISH);
    await checkAxe(page, "the brief");
    await leaveBrief(page, quiz, ENGLISH);
    assert.deepEqual(log.pageErrors, []);
  });

  test("German: the same brief, its file and both themes", async () => {
    const url = `${env.servers.hostOrigin}/${GERMAN.page}#br-quiz=${DATA_HEAVY_LINK}`;
    const { page, log } = await openPage(env.browser, url);
    await waitForWidgets(page, 1);
    const quiz = page.locator("#quiz");
    await quiz.locator(".br-result").waitFor();
    await openBrief(page, quiz, GERMAN);
    await checkBrief(page, quiz, GERMAN);
    await checkAxe(page, "das Briefing");
    await leaveBrief(page, quiz, GERMAN);
    assert.deepEqual(log.pageErrors, []);
  });

  test("print: the brief fits one A4 page, in English and in German", async (t) => {
    await checkPrint(t, ENGLISH, `${env.servers.hostOrigin}/${ENGLISH.page}#br-quiz=${DATA_HEAVY_LINK}`);
    await checkPrint(t, GERMAN, `${env.servers.hostOrigin}/${GERMAN.page}#br-quiz=${DATA_HEAVY_LINK}`);
  });
});
