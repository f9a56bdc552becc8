// The whole readiness quiz by keyboard in each engine (BR_ENGINE): real Tab, Space and
// Enter presses from the intro to the result and the call to action, focus on each new
// question's heading, the host hearing every event; then a reload resumes the progress.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ENGINE, openHost, useEngine, waitFor, waitForWidgets, withContext } from "./driver.mjs";
import { answerUntil } from "../e2e/shared-fixtures.mjs";
import { focused, tabTo } from "./widget.mjs";

const env = useEngine();

const heading = (page) => page.evaluate(() => document.querySelector("#quiz").shadowRoot.querySelector("h2").textContent);
const events = (page, type) => page.evaluate((t) => window.widgetEvents.filter((e) => e.type === `backend-ready:${t}`), type);

describe(`readiness quiz in ${ENGINE}`, () => {
  test("keyboard only, from the intro to the result and the call to action, with the host seeing every event", async () => {
    await withContext(env, async (context) => {
      const page = await openHost(env, context, "quiz.html");
      await waitForWidgets(page, 1);
      await tabTo(page, (f) => f.text === "Start the check", "the start button");
      await page.press("Enter");
      await waitFor(page, () => !!document.querySelector("#quiz").shadowRoot.querySelector("fieldset"));
      const atResult = () => page.evaluate(() => !!document.querySelector("#quiz").shadowRoot.querySelector(".br-result"));
      const questions = await answerUntil(atResult, async () => {
        const focus = await focused(page);
        assert.equal(focus.tag, "h2", "focus moves to the new question's heading");
        assert.equal(focus.text, await heading(page));
        const title = focus.text;
        // The first answer by Space, then the second by an arrow (radios) or Tab and
        // Space (checkboxes), then Next by Enter.
        await tabTo(page, (f) => f.tag === "input", "an answer");
        const kind = (await focused(page)).type;
        await page.press("Space");
        if (kind === "radio") await page.press("ArrowDown");
        const checked = await page.evaluate(() => [...document.querySelector("#quiz").shadowRoot.querySelectorAll(".br-choice input")].map((input) => input.checked));
        assert.equal(checked.indexOf(true), kind === "radio" ? 1 : 0, `${title}: the keys chose the answer (${checked})`);
        await tabTo(page, (f) => f.tag === "button" && f.type === "submit", "the Next button");
        await page.press("Enter");
        await waitFor(page, (before) => document.querySelector("#quiz").shadowRoot.querySelector("h2").textContent !== before, [title], {
          what: "the next screen",
        });
      });
      const end = await focused(page);
      assert.deepEqual([end.tag, end.text], ["h2", "Your result"], "focus moves to the result's heading");
      assert.ok(questions >= 10, `only ${questions} questions`);

      const [completed] = await events(page, "quiz-completed");
      assert.equal((await events(page, "quiz-started")).length, 1);
      assert.equal((await events(page, "quiz-answered")).length, questions);
      assert.ok(completed.bubbles && completed.composed);
      const { score } = completed.detail;
      assert.ok(Number.isInteger(score) && score >= 0 && score <= 100);
      const shown = await page.evaluate(() => {
        const root = document.querySelector("#quiz").shadowRoot;
        return { score: root.querySelector(".br-score-number").textContent, bars: root.querySelectorAll("svg.br-chart .br-chart-bar").length };
      });
      assert.deepEqual(shown, { score: String(score), bars: 5 });

      await tabTo(page, (f) => f.text === "Book a call", "the call to action");
      await page.press("Enter");
      await waitFor(page, () => window.widgetEvents.some((e) => e.type === "backend-ready:cta-clicked"));
      assert.equal((await events(page, "cta-clicked"))[0].detail.url, "#contact");

      // A reload offers to go on; the result comes back as it was.
      await page.reload();
      await waitForWidgets(page, 1);
      await waitFor(page, () => !!document.querySelector("#quiz").shadowRoot.querySelector("h2"));
      const resumed = await page.evaluate(() => document.querySelector("#quiz").shadowRoot.textContent);
      assert.match(resumed, /Continue where you left off|Your result/, "the progress survived the reload");
    });
  });
});
