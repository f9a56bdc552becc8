// End-to-end tests of widgets that share a storage key in one page (issue 13, item 1):
// two scorecards (a summary beside the full tool) and a second tab of the same page go
// through a seeded random sequence of adds, renames, ratings and deletes, quick ones
// included (before the last save ran); at every step the two widgets of the page show
// the same list, and after a reload nothing any widget showed is lost. Two quizzes on
// one key: an answer given in one shows in the other, and a reload keeps the answers.
// A single-page app that mounts the next instance before it unmounts the last loses
// nothing the last one took.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import { COMPETENCIES, addCandidate, listedNames, setInterviewer } from "./scorecard-helpers.mjs";
import { SAME_KEY_SEED, SAME_KEY_STEPS, SAME_KEY_STORE, SameKeySequence, savesRun } from "./shared-fixtures.mjs";

const env = useBrowserAndServers();

const STEPS = SAME_KEY_STEPS;
const SEED = SAME_KEY_SEED;
const STORE = SAME_KEY_STORE;

/** The text of a widget's screen heading. */
const headingOf = (ui) => ui.evaluate((el) => el.shadowRoot.querySelector("h2")?.textContent.trim() ?? null);

async function waitForHeadingOf(ui, wanted) {
  const id = await ui.evaluate((el) => el.id);
  await ui.page().waitForFunction(
    ([id, wanted]) => document.getElementById(id)?.shadowRoot.querySelector("h2")?.textContent.trim() === wanted,
    [id, wanted],
    { timeout: 5000 },
  );
}

/** Opens a page of two same-key scorecards and waits until both show the list. */
async function openSameKeyPage(context) {
  const page = await context.newPage();
  await page.goto(`${env.servers.hostOrigin}/same-key.html`);
  await waitForWidgets(page, 2);
  const widgets = [page.locator("#summary"), page.locator("#full")];
  for (const ui of widgets) await waitForHeadingOf(ui, "Candidates");
  return { page, widgets };
}

/** Waits until every widget in `widgets` lists `names` (as a set); a widget's list is
 * its document's order, which tabs may differ in. */
async function waitForLists(widgets, names, what) {
  const wanted = [...names].sort();
  const deadline = Date.now() + 5000;
  let seen = [];
  while (Date.now() < deadline) {
    seen = await Promise.all(widgets.map((ui) => listedNames(ui)));
    if (seen.every((list) => JSON.stringify([...list].sort()) === JSON.stringify(wanted))) return seen;
    await widgets[0].page().waitForTimeout(50);
  }
  assert.fail(`${what}: every widget lists ${JSON.stringify(wanted)}, seen ${JSON.stringify(seen)}`);
}

async function toList(ui) {
  const heading = await headingOf(ui);
  if (heading.startsWith("Interview: ")) await ui.getByRole("button", { name: "Back to the candidate" }).click();
  if ((await headingOf(ui)) !== "Candidates") await ui.getByRole("button", { name: "Back to the candidates" }).click();
  await waitForHeadingOf(ui, "Candidates");
}

async function open(ui, name) {
  await ui.getByRole("button", { name, exact: true }).click();
  await waitForHeadingOf(ui, name);
}

async function rename(ui, from, to) {
  await open(ui, from);
  await ui.getByText("Edit the candidate's details").click();
  await ui.getByLabel("Name", { exact: true }).fill(to);
  await ui.getByRole("button", { name: "Save changes" }).click();
  await waitForHeadingOf(ui, to);
  await toList(ui);
}

/** Starts (or continues) Ann's interview of `name` at the first stage and gives each
 * rating of `scores` (competency index -> label), then `decision` if any (only once all
 * are rated); back to the list. */
async function rate(ui, name, scores, decision) {
  await open(ui, name);
  await ui.locator("li.br-stage").first().getByRole("button").click();
  await ui.page().waitForFunction(
    (id) => document.getElementById(id).shadowRoot.querySelector("h2")?.textContent.startsWith("Interview: "),
    await ui.evaluate((el) => el.id),
  );
  for (const [competency, score] of scores) {
    const group = ui.getByRole("group", { name: COMPETENCIES[competency].label, exact: true });
    await group.getByRole("radio", { name: score, exact: true }).check();
  }
  if (decision) await ui.getByRole("group", { name: "Overall recommendation" }).getByRole("radio", { name: decision, exact: true }).check();
  await toList(ui);
}

describe("same storage key in one page", () => {
  test(`two scorecards and a second tab: ${STEPS} seeded random steps (seed ${SEED}) of adds, renames, ratings and deletes; both widgets agree at every step and a reload keeps everything`, async () => {
    const sequence = new SameKeySequence(SEED);
    const context = await env.browser.newContext();
    try {
      const one = await openSameKeyPage(context);
      // The interviewer, named in one widget, is the other's too (one page, one visitor).
      await setInterviewer(one.widgets[0], "Ann");
      await one.page.waitForFunction(() => document.querySelector("#full").shadowRoot.querySelector("#br-interviewer")?.value === "Ann", null, { timeout: 3000 });
      await one.page.evaluate(savesRun);
      const two = await openSameKeyPage(context);
      assert.equal(await two.widgets[0].getByLabel("Your name, as interviewer").inputValue(), "Ann");
      const actors = SameKeySequence.actors(one, two);
      const everyWidget = [...one.widgets, ...two.widgets];
      await sequence.run(STEPS, actors, {
        add: (actor, name) => addCandidate(actor.ui, name),
        // Two widgets add before either save ran (saves wait SAVE_DELAY_MS): the merge must keep both.
        addTogether: async (actor, first, other, second) => {
          await actor.ui.getByLabel("Name", { exact: true }).fill(first);
          await other.ui.getByLabel("Name", { exact: true }).fill(second);
          await Promise.all([
            actor.ui.getByRole("button", { name: "Add candidate" }).click(),
            other.ui.getByRole("button", { name: "Add candidate" }).click(),
          ]);
        },
        rename: (actor, from, to) => rename(actor.ui, from, to),
        rate: (actor, name, scores, decision) => rate(actor.ui, name, scores, decision),
        remove: (actor, name) => actor.ui.getByRole("button", { name: `Delete ${name}`, exact: true }).click(),
        check: async () => {
          // The two widgets of tab one show the same list at every step; tab two follows.
          const seen = await waitForLists(everyWidget, sequence.names, sequence.told());
          assert.deepEqual(seen[1], seen[0], `the widgets of tab one list the same candidates in the same order\n${sequence.told()}`);
          const shown = await Promise.all(everyWidget.map((ui) => ui.evaluate((el) => el.shadowRoot.textContent)));
          assert.ok(!shown.some((text) => /also open in another tab/.test(text)), `no conflict between the widgets\n${sequence.told()}`);
        },
      });
      for (const tab of [one, two]) await tab.page.evaluate(savesRun);
      const stored = JSON.parse(await one.page.evaluate((key) => localStorage.getItem(key), STORE));
      sequence.checkStored(stored);
      for (const tab of [one, two]) {
        await tab.page.bringToFront();
        await tab.page.reload();
        await waitForWidgets(tab.page, 2);
      }
      const reloaded = [...(await openWidgets(one.page)), ...(await openWidgets(two.page))];
      await waitForLists(reloaded, sequence.names, `after the reload\n${sequence.told()}`);
    } finally {
      await context.close();
    }
  });

  test("a single-page app mounts the next scorecard before it unmounts the last: what the last one took just before it left is in the next one, and after a reload", async () => {
    const context = await env.browser.newContext();
    try {
      const { page, widgets } = await openSameKeyPage(context);
      const [summary, last] = widgets;
      await addCandidate(last, "Added first");
      await page.evaluate(() => {
        const next = document.createElement("backend-ready");
        Object.assign(next, { id: "next" });
        next.setAttribute("mode", "scorecard");
        next.setAttribute("storage-key", "e2e-same-key");
        document.querySelector("main").append(next);
      });
      const next = page.locator("#next");
      await waitForHeadingOf(next, "Candidates");
      await waitForLists([next], ["Added first"], "the next instance loads the stored list");
      // Added in the last instance, which is removed at once (its save is still pending).
      await last.getByLabel("Name", { exact: true }).fill("Added just before leaving");
      await last.getByRole("button", { name: "Add candidate" }).click();
      await page.evaluate(() => document.querySelector("#full").remove());
      await addCandidate(next, "Added in the next one");
      const names = ["Added first", "Added just before leaving", "Added in the next one"];
      await waitForLists([summary, next], names, "both remaining widgets");
      await page.evaluate(savesRun);
      await page.reload();
      await waitForWidgets(page, 2);
      await waitForLists(await openWidgets(page), names, "after the reload");
    } finally {
      await context.close();
    }
  });

  test("two quizzes on one key: an answer given in one shows in the other at once, and a reload keeps both widgets' answers", async () => {
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${env.servers.hostOrigin}/same-key-quiz.html`);
      await waitForWidgets(page, 2);
      const side = page.locator("#quiz-side");
      const main = page.locator("#quiz-main");
      const checked = (ui) => ui.evaluate((el) => [...el.shadowRoot.querySelectorAll(".br-choice input")].flatMap((input, index) => (input.checked ? [index] : [])));
      const title = (ui) => ui.evaluate((el) => el.shadowRoot.querySelector("h2").textContent);
      // The side widget answers the first question; the main one, starting after, shows it.
      await side.getByRole("button", { name: "Start the check" }).click();
      await side.locator(".br-choice input").nth(0).check();
      await main.getByRole("button", { name: "Start the check" }).click();
      assert.equal(await title(main), await title(side));
      assert.deepEqual(await checked(main), [0], "the side widget's answer shows in the main one");
      // Changed in the main widget, while both show the question: the side follows at once.
      await main.locator(".br-choice input").nth(1).check();
      await page.waitForFunction(() => document.querySelector("#quiz-side").shadowRoot.querySelectorAll(".br-choice input")[1]?.checked === true, null, { timeout: 2000 });
      assert.deepEqual(await checked(side), [1]);
      // Each answers the next question in turn.
      await side.getByRole("button", { name: "Next" }).click();
      const second = await title(side);
      await side.locator(".br-choice input").nth(0).check();
      await main.getByRole("button", { name: "Next" }).click();
      assert.equal(await title(main), second);
      assert.deepEqual(await checked(main), [0], "the second answer shows in the main widget");
      await main.getByRole("button", { name: "Next" }).click();
      const third = await title(main);
      await main.locator(".br-choice input").nth(0).check();
      const noticeText = await page.evaluate(() => [...document.querySelectorAll("backend-ready")].map((el) => el.shadowRoot.querySelector(".br-notice")?.textContent ?? ""));
      assert.deepEqual(noticeText, ["", ""], "no conflict between the widgets");
      await page.evaluate(savesRun);
      const stored = await page.evaluate(() => localStorage.getItem("e2e-same-quiz:quiz"));
      await page.reload();
      await waitForWidgets(page, 2);
      // After the reload, both offer to continue; the three answers are there.
      for (const ui of [side, main]) {
        await ui.getByRole("button", { name: "Continue where you left off" }).click();
      }
      const back = async (ui) => ui.getByRole("button", { name: "Back", exact: true }).click();
      while ((await title(side)) !== third) await back(side);
      assert.deepEqual(await checked(side), [0], `the third answer is kept (${stored})`);
      await back(side);
      assert.equal(await title(side), second);
      assert.deepEqual(await checked(side), [0], "the second answer is kept");
      await back(side);
      assert.deepEqual(await checked(side), [1], "the first answer, as changed in the main widget, is kept");
    } finally {
      await context.close();
    }
  });
});

async function openWidgets(page) {
  const widgets = [page.locator("#summary"), page.locator("#full")];
  for (const ui of widgets) await waitForHeadingOf(ui, "Candidates");
  return widgets;
}
