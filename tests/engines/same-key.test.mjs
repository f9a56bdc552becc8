// Widgets that share a storage key in one page, in each engine (BR_ENGINE): two
// scorecards (a summary beside the full tool) and a second tab of the same page go
// through a seeded random sequence of adds, renames, ratings and deletes, two adds
// clicked back to back included; at every step the two widgets of the page show the
// same list, and after a reload nothing any widget showed is lost. The same sequence as
// tests/e2e/same-key.test.mjs, driven with real clicks and key presses.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ENGINE, sleep, useEngine, waitFor, waitForWidgets, withContext } from "./driver.mjs";
import { Widget, addCandidate, backToList, openCandidate, rate, recommend, setInterviewer, startInterview } from "./widget.mjs";
import { SAME_KEY_SEED, SAME_KEY_STEPS, SAME_KEY_STORE, SameKeySequence, savesRun } from "../e2e/shared-fixtures.mjs";

const env = useEngine();

const STEPS = SAME_KEY_STEPS;
const SEED = SAME_KEY_SEED;
const STORE = SAME_KEY_STORE;

/** Opens a page of two same-key scorecards and waits until both show the list. */
async function openSameKeyPage(context) {
  const page = await context.newPage();
  await page.goto(`${env.servers.hostOrigin}/same-key.html`);
  return { page, widgets: await widgetsOf(page) };
}

/** The two widgets of a same-key page, once both show the list; the summary is put in a
 * sidebar beside the main column (as the host page has it), so both add forms
 * are in view at once. */
async function widgetsOf(page) {
  await waitForWidgets(page, 2);
  await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent = "body { display: flex; gap: 1rem; align-items: flex-start; } aside { flex: 1; } main { flex: 2; }";
    document.head.append(style);
  });
  const widgets = [new Widget(page, "#summary"), new Widget(page, "#full")];
  for (const ui of widgets) await ui.waitForHeading("Candidates", 10000);
  return widgets;
}

/** Waits until every widget in `widgets` lists `names` (as a set). */
async function waitForLists(widgets, names, what) {
  const wanted = JSON.stringify([...names].sort());
  const deadline = Date.now() + 5000;
  let seen = [];
  while (Date.now() < deadline) {
    seen = [];
    for (const ui of widgets) seen.push(await ui.listedNames());
    if (seen.every((list) => JSON.stringify([...list].sort()) === wanted)) return seen;
    await sleep(50);
  }
  assert.fail(`${what}: every widget lists ${wanted}, seen ${JSON.stringify(seen)}`);
}

async function rename(ui, from, to) {
  await openCandidate(ui, from);
  await ui.click({ css: "summary", name: "Edit the candidate's details" });
  await ui.fill({ name: "Name" }, to);
  await ui.click({ role: "button", name: "Save changes" });
  await ui.waitForHeading(to);
  await backToList(ui);
}

/** Ann's interview of `name` at the first stage: each rating of `scores` (competency
 * index -> label), then `decision` if any (only once all are rated); back to the list. */
async function rateSome(ui, name, scores, decision) {
  await openCandidate(ui, name);
  await startInterview(ui);
  for (const [competency, score] of scores) await rate(ui, competency, score);
  if (decision) await recommend(ui, decision);
  await backToList(ui);
}

describe(`same storage key in one page, in ${ENGINE}`, () => {
  test(`two scorecards and a second tab: ${STEPS} seeded random steps (seed ${SEED}) of adds, renames, ratings and deletes; both widgets agree at every step and a reload keeps everything`, async () => {
    await withContext(env, async (context) => {
      const sequence = new SameKeySequence(SEED);
      const one = await openSameKeyPage(context);
      // The interviewer, named in one widget, is the other's too (one page, one visitor).
      await setInterviewer(one.widgets[0], "Ann");
      await waitFor(one.page, () => document.querySelector("#full").shadowRoot.querySelector("#br-interviewer")?.value === "Ann", [], { what: "the name in the other widget" });
      await one.page.evaluate(savesRun);
      const two = await openSameKeyPage(context);
      assert.equal(await two.widgets[0].value({ name: "Your name, as interviewer" }), "Ann");
      const actors = SameKeySequence.actors(one, two);
      const everyWidget = [...one.widgets, ...two.widgets];
      await sequence.run(STEPS, actors, {
        add: (actor, name) => addCandidate(actor.ui, name),
        // Two widgets add, clicked back to back (in one page within a few ms, before the
        // first add's save, which waits SAVE_DELAY_MS); the merge must keep both. The second
        // button is found after the first click, since the first add may move it.
        addTogether: async (actor, first, other, second) => {
          await actor.ui.fill({ name: "Name" }, first);
          await other.page.bringToFront();
          await other.ui.fill({ name: "Name" }, second);
          const add = { role: "button", name: "Add candidate" };
          if (actor.page === other.page) {
            // Both buttons in view (scrolled once), each found just before its click.
            await actor.ui.point(add);
            await actor.page.clickAt(await actor.ui.pointHere(add));
            const there = await other.ui.pointHere(add).catch(() => null);
            if (there) await other.page.clickAt(there);
            else await other.ui.click(add);
          } else {
            const [here, there] = [await actor.ui.point(add), await other.ui.point(add)];
            await actor.page.bringToFront();
            await Promise.all([actor.page.clickAt(here), other.page.clickAt(there)]);
          }
        },
        rename: (actor, from, to) => rename(actor.ui, from, to),
        rate: (actor, name, scores, decision) => rateSome(actor.ui, name, scores, decision),
        remove: (actor, name) => actor.ui.click({ role: "button", name: `Delete ${name}` }),
        check: async () => {
          // The two widgets of tab one show the same list at every step; tab two follows.
          const seen = await waitForLists(everyWidget, sequence.names, sequence.told());
          assert.deepEqual(seen[1], seen[0], `the widgets of tab one list the same candidates in the same order\n${sequence.told()}`);
          for (const ui of everyWidget) {
            assert.doesNotMatch(await ui.text(), /also open in another tab/, `no conflict between the widgets\n${sequence.told()}`);
          }
        },
      });
      for (const tab of [one, two]) await tab.page.evaluate(savesRun);
      const stored = JSON.parse(await one.page.evaluate((key) => localStorage.getItem(key), STORE));
      sequence.checkStored(stored);
      const reloaded = [];
      for (const tab of [one, two]) {
        await tab.page.bringToFront();
        await tab.page.reload();
        reloaded.push(...(await widgetsOf(tab.page)));
      }
      await waitForLists(reloaded, sequence.names, `after the reload\n${sequence.told()}`);
    });
  });
});
