// Helpers the quiz's end-to-end tests share: answers that point at the data, and a run
// through the quiz with them to its result.
import { answerUntil } from "./shared-fixtures.mjs";

/** Answers that point at the data: wrong data, a model nobody dares change, juniors only. */
export const DATA_HEAVY = [
  "stage.mvp",
  "growth.data",
  "symptoms.bad-data",
  "data-model.tangled",
  "leadership.nobody",
  "seniority.juniors",
  "horizon.evolve",
];

/** The same answers as a share link's value (`#br-quiz=`). */
export const DATA_HEAVY_LINK =
  "v1;stage:mvp;growth:data;symptoms:bad-data;data-model:tangled;leadership:nobody;seniority:juniors;horizon:evolve";

/** Runs the quiz on `page` (widget `#quiz`, English) with the data-heavy answers to its
 * result (bounded: `answerUntil`); returns the widget's locator. */
export async function finishQuiz(page) {
  const quiz = page.locator("#quiz");
  await quiz.getByRole("button", { name: "Start the check" }).click();
  const atResult = async () => {
    await page.waitForFunction(() => document.querySelector("#quiz").shadowRoot.querySelector("form, .br-result"));
    return (await quiz.locator(".br-result").count()) > 0;
  };
  await answerUntil(atResult, async () => {
    for (const id of DATA_HEAVY) {
      const input = quiz.locator(`input[id="${id}"]`);
      if (await input.count()) await input.check();
    }
    const before = await quiz.locator("h2").textContent();
    await quiz.locator("button[type=submit]").click();
    await page.waitForFunction(
      (text) => {
        const root = document.querySelector("#quiz").shadowRoot;
        return root.querySelector(".br-result") || root.querySelector("h2")?.textContent !== text;
      },
      before,
    );
  });
  return quiz;
}
