// End-to-end tests of the readiness quiz in the embedded widget (release build, CDN on
// another origin): keyboard-only run to the result, events seen by the host page, the
// chart, resume after a reload, the share link in a fresh env.browser context, a damaged
// share link, and no network request beyond the widget's own files.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { answerToResult, openPage, pickAndGoOn, tabTo as tabAll, useBrowserAndServers, waitForWidgets, widgetFiles } from "./harness.mjs";
import { whatHasFocus } from "./shared-fixtures.mjs";

const env = useBrowserAndServers();

const quizUrl = () => `${env.servers.hostOrigin}/quiz.html`;

/** What has keyboard focus (its tag, type and text), looking inside the widget's shadow root. */
async function focused(page) {
  const { tag, type, text } = await page.evaluate(whatHasFocus);
  return { tag, type, text };
}

/** Presses Tab until `wanted(focus)` holds; fails after 40 presses. */
const tabTo = (page, wanted, what) => tabAll(page, wanted, what, 40);

const heading = (page) => page.$eval("#quiz", (el) => el.shadowRoot.querySelector("h2").textContent);
const events = (page, type) => page.evaluate((t) => window.widgetEvents.filter((e) => e.type === `backend-ready:${t}`), type);

/** Answers the current question with the keyboard: the first option, then Next. */
async function answerByKeyboard(page) {
  await tabTo(page, (f) => f.tag === "input", "an answer");
  await page.keyboard.press("Space");
  await tabTo(page, (f) => f.tag === "button" && f.type === "submit", "the Next button");
  await page.keyboard.press("Enter");
}

describe("readiness quiz", () => {
  test("keyboard only, from the intro to the result, with the host seeing every event", async () => {
    const { page, log } = await openPage(env.browser, quizUrl());
    await waitForWidgets(page, 1);
    await tabTo(page, (f) => f.text === "Start the check", "the start button");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#quiz").shadowRoot.querySelector("fieldset"));
    const questions = await answerToResult(page, async () => {
      const focus = await focused(page);
      assert.equal(focus.tag, "h2", "focus moves to the new question's heading");
      assert.equal(focus.text, await heading(page));
      await answerByKeyboard(page);
    });
    assert.deepEqual(await focused(page), { tag: "h2", type: null, text: "Your result" });
    assert.ok(questions >= 10, `only ${questions} questions`);

    const [completed] = await events(page, "quiz-completed");
    assert.equal((await events(page, "quiz-started")).length, 1);
    assert.equal((await events(page, "quiz-answered")).length, questions);
    assert.ok(completed.bubbles && completed.composed);
    const { score, band, areas, recommendation } = completed.detail;
    assert.ok(Number.isInteger(score) && score >= 0 && score <= 100);
    assert.equal(areas.length, 5);
    assert.ok(recommendation.some((id) => id.startsWith("timing.")));
    assert.ok(recommendation.some((id) => id.startsWith("model.")));
    assert.ok(["not-yet", "prepare", "hire-now", "urgent"].includes(band));

    const shown = await page.$eval("#quiz", (el) => {
      const root = el.shadowRoot;
      return {
        score: root.querySelector(".br-score-number").textContent,
        bars: root.querySelectorAll("svg.br-chart .br-chart-bar").length,
        live: root.querySelector("[aria-live=polite].br-sr-only").textContent,
        cta: root.querySelector(".br-cta a").getAttribute("href"),
        advice: [...root.querySelectorAll("[data-advice]")].map((dd) => dd.dataset.advice),
      };
    });
    assert.equal(shown.score, String(score));
    assert.equal(shown.bars, 5);
    assert.match(shown.live, new RegExp(`${score}/100`));
    assert.equal(shown.cta, "#contact");
    assert.deepEqual(shown.advice, recommendation);

    await tabTo(page, (f) => f.text === "Book a call", "the call to action");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === "backend-ready:cta-clicked"));
    assert.equal((await events(page, "cta-clicked"))[0].detail.url, "#contact");

    const allowed = new Set([quizUrl(), `${env.servers.hostOrigin}/record-events.js`, `${quizUrl()}#contact`, ...widgetFiles("quiz").map((f) => env.servers.cdn + f)]);
    assert.deepEqual(log.requests.filter((url) => !allowed.has(url)), [], "requests beyond the widget's own files");
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });

  test("progress survives a reload and resumes where it stopped", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(quizUrl());
    await waitForWidgets(page, 1);
    await page.click("text=Start the check");
    for (let i = 0; i < 3; i++) {
      await page.click("#quiz .br-choice input >> nth=0");
      await page.click("#quiz button[type=submit]");
    }
    const fourth = await heading(page);
    await page.reload();
    await waitForWidgets(page, 1);
    await page.click("text=Continue where you left off");
    assert.equal(await heading(page), fourth);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    assert.equal(await page.$eval("#quiz", (el) => !!el.shadowRoot.querySelector(".br-choice input:checked")), true, "the earlier choice is kept");
    await context.close();
  });

  test("a share link reproduces the result in a fresh browser", async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.servers.hostOrigin });
    const page = await context.newPage();
    await page.goto(quizUrl());
    await waitForWidgets(page, 1);
    await page.click("text=Start the check");
    await answerToResult(page, () => pickAndGoOn(page, -1));
    const score = await page.$eval("#quiz", (el) => el.shadowRoot.querySelector(".br-score-number").textContent);
    await page.click("text=Copy a share link");
    await page.waitForFunction(() => document.querySelector("#quiz").shadowRoot.querySelector("#br-share-link"));
    const link = await page.$eval("#quiz", (el) => el.shadowRoot.querySelector("#br-share-link").value);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    assert.match(link, /#br-quiz=v1;/);
    await context.close();

    const fresh = await env.browser.newContext();
    const viewer = await fresh.newPage();
    await viewer.goto(link);
    await waitForWidgets(viewer, 1);
    await viewer.waitForFunction(() => document.querySelector("#quiz").shadowRoot.querySelector(".br-result"));
    const shared = await viewer.$eval("#quiz", (el) => el.shadowRoot.querySelector(".br-score-number").textContent);
    assert.equal(shared, score);
    await fresh.close();
  });

  test("a damaged share link is ignored with a notice", async () => {
    const { page, log } = await openPage(env.browser, `${quizUrl()}#br-quiz=v1;stage:nonsense`);
    await waitForWidgets(page, 1);
    const notice = await page.$eval("#quiz", (el) => el.shadowRoot.querySelector(".br-notice").textContent);
    assert.match(notice, /shared link/i);
    assert.equal(await heading(page), "Is your system backend-ready for scale?");
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });
});

describe("storage faults", () => {
  test("a full storage is reported, answers stay, and the next save catches up", async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      window.__quotaFull = true;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (window.__quotaFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await page.goto(quizUrl());
    await waitForWidgets(page, 1);
    await page.click("text=Start the check");
    await page.click("#quiz .br-choice input >> nth=1");
    await page.click("#quiz button[type=submit]");
    const notice = () => page.$eval("#quiz", (el) => el.shadowRoot.querySelector(".br-notice")?.textContent ?? "");
    assert.match(await notice(), /Saving failed/);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    assert.equal(await page.$eval("#quiz", (el) => el.shadowRoot.querySelectorAll(".br-choice input:checked").length), 1);
    await page.evaluate(() => { window.__quotaFull = false; });
    await page.click("#quiz button[type=submit]");
    assert.equal(await notice(), "");
    const stored = await page.evaluate(() => localStorage.getItem("e2e-quiz:quiz"));
    assert.match(stored, /^version=1\nscreen=question:1\nanswers=v1;stage:/);
    await context.close();
  });

  test("a shared MVP in trouble says hire now, names why, and cta-context carries the verdict", async () => {
    // Row 7 of docs/personas.md: today's release said "Prepare"; the guide says hire now.
    const link = "v1;stage:mvp;growth:users;symptoms:slow-apis,instability,integrations;priorities:some;" +
      "scaling:bigger-server;sensitive:none;integrations:third-party,cloud;integration-health:outage;" +
      "data-model:solid;leadership:nobody;seniority:nobody;timeline:quarter;horizon:both;budget:undecided";
    const { page } = await openPage(env.browser, `${quizUrl()}#br-quiz=${link}`);
    await waitForWidgets(page, 1);
    await page.evaluate(() => document.querySelector("#quiz").setAttribute("cta-context", "on"));
    await page.waitForFunction(() => document.querySelector("#quiz").shadowRoot.querySelector(".br-signals li"));
    const shown = await page.$eval("#quiz", (el) => {
      const root = el.shadowRoot;
      return {
        band: root.querySelector(".br-band").className,
        score: root.querySelector(".br-score-number").textContent,
        signals: [...root.querySelectorAll(".br-signals [data-signal]")].map((li) => li.dataset.signal),
        why: root.querySelector(".br-signals").previousElementSibling.textContent,
        timing: root.querySelector("[data-advice^='timing.']").dataset.advice,
        cta: root.querySelector(".br-cta a").getAttribute("href"),
      };
    });
    assert.match(shown.band, /br-band--hire-now/);
    assert.deepEqual(shown.signals, ["slow-apis", "instability", "integrations-break"]);
    assert.equal(shown.why, "Why this verdict");
    assert.equal(shown.timing, "timing.now");
    assert.equal(shown.cta, `?br-band=hire-now&br-score=${shown.score}#contact`);
    await page.close();
  });

  test("blocked storage is explained and the quiz still works", async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
      });
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(quizUrl());
    await waitForWidgets(page, 1);
    await page.click("text=Start the check");
    await page.click("#quiz .br-choice input >> nth=0");
    await page.click("#quiz button[type=submit]");
    const notice = await page.$eval("#quiz", (el) => el.shadowRoot.querySelector(".br-notice")?.textContent ?? "");
    assert.match(notice, /does not allow saving/);
    assert.match(await page.$eval("#quiz", (el) => el.shadowRoot.querySelector(".br-progress-label").textContent), /^Question 2 of/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("two tabs", () => {
  const answerFirst = async (page, index) => {
    await page.click(`#quiz .br-choice input >> nth=${index}`);
    await page.click("#quiz button[type=submit]");
  };

  test("answers given in two tabs are merged, and a conflict is shown, not decided", async () => {
    const context = await env.browser.newContext();
    const first = await context.newPage();
    const second = await context.newPage();
    for (const page of [first, second]) {
      await page.goto(quizUrl());
      await waitForWidgets(page, 1);
      await page.click("text=Start the check");
    }
    await answerFirst(first, 0);
    await answerFirst(second, 1);
    // The second tab answered the first question differently: both tabs learn of it.
    const notice = (page) => page.$eval("#quiz", (el) => el.shadowRoot.querySelector(".br-notice")?.textContent ?? "");
    await first.waitForFunction(() => /another tab/.test(document.querySelector("#quiz").shadowRoot.textContent));
    assert.match(await notice(first), /answered 1 question\(s\) differently/);
    // The first tab answers question two; the second tab gains that answer.
    await answerFirst(first, 2);
    await second.getByRole("button", { name: "Back", exact: true }).click();
    await second.click("#quiz button[type=submit]");
    const secondAnswers = await second.evaluate(() => localStorage.getItem("e2e-quiz:quiz"));
    assert.match(secondAnswers, /answers=v1;stage:[a-z-]+;/, "two answers stored after the merge");
    // Choosing the other tab's answer resolves the conflict in the first tab.
    await first.click("text=Use the other tab's answers");
    assert.equal(await notice(first), "");
    await first.getByRole("button", { name: "Back", exact: true }).click();
    await first.getByRole("button", { name: "Back", exact: true }).click();
    const checked = await first.$eval("#quiz", (el) => [...el.shadowRoot.querySelectorAll(".br-choice input")].findIndex((i) => i.checked));
    assert.equal(checked, 1, "the first tab now shows the second tab's answer");
    await context.close();
  });
});
