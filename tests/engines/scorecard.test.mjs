// A scorecard interview from add to submit and reload in each engine (BR_ENGINE): the
// interviewer's name and a candidate typed with real key presses, the seven ratings
// and the recommendation clicked, an evidence note with characters outside Latin-1,
// submitted, locked and signed; after a reload everything is there, read back from storage.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { savesRun } from "../e2e/shared-fixtures.mjs";
import { ENGINE, openHost, useEngine, waitFor, waitForWidgets, withContext } from "./driver.mjs";
import { COMPETENCIES, SCORES, Widget, addCandidate, backToList, openCandidate, rate, recommend, setInterviewer, startInterview } from "./widget.mjs";

const env = useEngine();
const STORE_KEY = "e2e-scorecard:scorecard";
const NOTE = "O’Brien’s „Schätzung“ — sized the queue";

describe(`candidate scorecard in ${ENGINE}`, () => {
  test("an interview from add to submit, then a reload: the candidate, the 7 ratings, the note and the recommendation are kept", async () => {
    await withContext(env, async (context) => {
      const page = await openHost(env, context, "scorecard.html");
      await waitForWidgets(page, 1);
      const ui = new Widget(page, "#scorecard");
      await ui.waitForHeading("Candidates");
      await setInterviewer(ui, "Ann");
      await addCandidate(ui, "Grace Hopper");
      assert.equal(await ui.value({ name: "Name" }), "", "the name field is cleared for the next one");
      await openCandidate(ui, "Grace Hopper");
      await startInterview(ui);
      assert.equal(await ui.heading(), "Interview: Grace Hopper");

      const picks = [2, 3, 1, 2, 0, 3, 4];
      for (const [index, pick] of picks.entries()) await rate(ui, index, SCORES[pick]);
      await ui.fill({ role: "field", group: COMPETENCIES[1].label, name: "Evidence note" }, NOTE);
      await page.press("Tab");
      await recommend(ui, "Yes");
      await ui.click({ role: "button", name: "Submit interview" });
      await waitFor(page, () => document.querySelector("#scorecard").shadowRoot.textContent.includes("Submitted and locked."), [], { what: "the submitted interview" });
      const readOnly = await page.evaluate(() =>
        [...document.querySelector("#scorecard").shadowRoot.querySelectorAll(".br-readonly-item")].map((item) => [item.querySelector("dt").textContent, item.querySelector("dd strong").textContent]),
      );
      assert.deepEqual(readOnly, [...COMPETENCIES.map((c, i) => [c.label, SCORES[picks[i]]]), ["Overall recommendation", "Yes"]]);
      await backToList(ui);
      await page.evaluate(savesRun);
      // Signed after the submit with this browser's interviewer key: Web Crypto through
      // the few lines of JavaScript in src/browser/crypto.rs, in every engine.
      const signed = (key) => JSON.parse(localStorage.getItem(key) || "{}").interviews?.[0]?.[10];
      const signature = await waitFor(page, signed, [STORE_KEY], { what: "the submitted version's signature" });
      assert.match(signature[0], /^[A-Za-z0-9_-]{87}$/, "the public key, base64url (65 bytes)");
      assert.match(signature[1], /^[A-Za-z0-9_-]{86}$/, "the signature, base64url (64 bytes)");

      const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY));
      assert.equal(stored.format, "backend-ready/scorecard-store");
      assert.deepEqual(stored.candidates.map((c) => c[1]), ["Grace Hopper"]);
      const [interview] = stored.interviews;
      // [id, candidate, interviewer, stage, version, status, scores, notes, decision, history]
      const scores = picks.map((pick) => (pick === 4 ? "n" : String(pick + 1))).join("");
      assert.deepEqual([interview[2], interview[4], interview[5], interview[6], interview[7], interview[8]], ["Ann", 1, "s", scores, ["", NOTE], "yes"]);

      await page.reload();
      await waitForWidgets(page, 1);
      await ui.waitForHeading("Candidates");
      assert.deepEqual(await ui.listedNames(), ["Grace Hopper"]);
      assert.equal(await ui.value({ name: "Your name, as interviewer" }), "Ann");
      await openCandidate(ui, "Grace Hopper");
      const item = await page.evaluate(() => document.querySelector("#scorecard").shadowRoot.querySelector(".br-interview-item").textContent);
      assert.match(item, /^Ann \(you\) · Architecture case study · Submitted, version 1 · Recommendation: Yes/);
      await startInterview(ui);
      const kept = await page.evaluate(() => document.querySelector("#scorecard").shadowRoot.textContent);
      assert.ok(kept.includes(NOTE), "the note with curly quotes is shown after the reload");
    });
  });
});
