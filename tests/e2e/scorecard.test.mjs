// End-to-end tests of the candidate scorecard in the embedded widget (release build, CDN
// on another origin): a whole interview by keyboard, the blind rule between two
// interviewers, persistence, delete with undo and archive, JSON/CSV export and import
// (whole scorecard, one candidate, one interview sent by an interviewer, refused files),
// script payloads shown as text, comparison and calibration, and no network request
// beyond the widget's own files. Each test opens its own browser context (empty storage).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { focused, openPage, tabTo, useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import { savesRun } from "./shared-fixtures.mjs";
import {
  COMPETENCIES,
  SCORES,
  STAGES,
  STORE_KEY,
  addCandidate,
  backToCandidate,
  backToList,
  compareCandidates,
  downloadFrom,
  finish,
  importCounts,
  importFile,
  interview,
  listedNames,
  notices,
  offer,
  openCalibration,
  openCandidate,
  openScorecard,
  openScorecardAs,
  previewFile,
  rateAndSubmit,
  scorecardFile,
  setInterviewer,
  shownText,
  startInterview,
  savedText, storedText,
  waitForHeading,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

/** The text of the focused element when it is an h2, else null. */
async function focusedHeading(page) {
  const focus = await focused(page);
  return focus.tag === "h2" ? focus.text : null;
}

/** Asserts focus is on the screen's heading (h2) and it reads `text`. */
async function assertHeadingFocused(page, text) {
  const focus = await focused(page);
  assert.deepEqual([focus.tag, focus.text], ["h2", text], `focus on the new screen's heading "${text}"`);
}

const events = (page, type) => page.evaluate((t) => window.widgetEvents.filter((e) => e.type === `backend-ready:${t}`), type);

const decisionFieldset = (ui) =>
  ui.evaluate((el) => {
    const fieldset = el.shadowRoot.querySelector("fieldset.br-decision");
    return {
      disabled: fieldset.disabled,
      radiosDisabled: [...fieldset.querySelectorAll("input[type=radio]")].every((radio) => radio.matches(":disabled")),
      hint: fieldset.querySelector("#br-decision-hint").textContent,
    };
  });

/** A scorecard with Ann's submitted interview of Niklaus Wirth (the senior preset's
 * weights), on the candidate page where the weights are. */
async function weighed() {
  const opened = await openScorecardAs(env, "Ann");
  const { ui } = opened;
  await addCandidate(ui, "Niklaus Wirth");
  await openCandidate(ui, "Niklaus Wirth");
  await interview(ui, { scores: ["Exceptional", "Weak", "Strong", "Strong", "Strong", "Strong", "Strong"], decision: "Yes" });
  return { opened, ui };
}

describe("candidate scorecard", () => {
  test("keyboard only: name, add a candidate, rate 7 competencies, recommend, submit; focus follows each screen; the host hears ids only", async () => {
    const opened = await openScorecard(env);
    const { page, ui } = opened;
    await tabTo(page, (f) => f.id === "br-interviewer", "the interviewer's name");
    await page.keyboard.type("Ann");
    await page.keyboard.press("Tab");
    await tabTo(page, (f) => f.tag === "input" && f.label === "Name", "the new candidate's name");
    await page.keyboard.type("Grace Hopper");
    await page.keyboard.press("Enter");
    await ui.getByRole("button", { name: "Grace Hopper", exact: true }).waitFor();
    assert.equal(await ui.getByLabel("Name", { exact: true }).inputValue(), "", "the name field is cleared for the next one");

    await tabTo(page, (f) => f.tag === "button" && f.text === "Grace Hopper", "the candidate's button");
    await page.keyboard.press("Enter");
    await waitForHeading(ui, "Grace Hopper");
    await assertHeadingFocused(page, "Grace Hopper");

    await tabTo(page, (f) => f.tag === "button" && f.text === "Start interview at this stage", "the first stage's start button");
    await page.keyboard.press("Enter");
    await waitForHeading(ui, "Interview: Grace Hopper");
    await assertHeadingFocused(page, "Interview: Grace Hopper");
    assert.match(await ui.locator(".br-lede").textContent(), /^Architecture case study by Ann, version 1 · Draft$/);

    // Each competency: Tab into its radio group (the first card), Space, then arrows.
    const picks = [2, 3, 1, 2, 0, 3, 4]; // Strong, Exceptional, Mixed, Strong, Weak, Exceptional, No evidence
    assert.equal(await ui.locator("fieldset.br-competency:not(.br-decision)").count(), 7);
    for (const [index, competency] of COMPETENCIES.entries()) {
      if (index === COMPETENCIES.length - 1) {
        const waiting = await decisionFieldset(ui);
        assert.deepEqual([waiting.disabled, waiting.radiosDisabled], [true, true], "the recommendation waits for every score");
        assert.match(waiting.hint, /Still to score: Practical experience\.$/);
      }
      await tabTo(page, (f) => f.type === "radio" && f.group === competency.label, `the radio group "${competency.label}"`);
      assert.equal((await focused(page)).label, "Weak", "Tab enters an unrated group at its first card");
      await page.keyboard.press("Space");
      for (let step = 0; step < picks[index]; step++) await page.keyboard.press("ArrowRight");
      const focus = await focused(page);
      assert.deepEqual([focus.label, focus.checked], [SCORES[picks[index]], true], competency.label);
    }
    const ready = await decisionFieldset(ui);
    assert.deepEqual([ready.disabled, ready.radiosDisabled], [false, false], "the recommendation opens once all 7 are scored");

    await tabTo(page, (f) => f.type === "radio" && f.group === "Overall recommendation", "the recommendation");
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    assert.deepEqual([(await focused(page)).label, (await focused(page)).checked], ["Yes", true]);
    await tabTo(page, (f) => f.tag === "button" && f.text === "Submit interview", "the submit button");
    await page.keyboard.press("Enter");
    await ui.getByText("Submitted and locked.").waitFor();
    await assertHeadingFocused(page, "Interview: Grace Hopper");

    // Locked: read-only, nothing left to edit.
    assert.match(await ui.locator(".br-lede").textContent(), /version 1 · Submitted$/);
    assert.equal(await ui.locator("input:not([readonly]), textarea, select").count(), 0, "no field to edit on a submitted interview");
    const readOnly = await ui.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll(".br-readonly-item")].map((item) => [item.querySelector("dt").textContent, item.querySelector("dd strong").textContent]),
    );
    assert.deepEqual(readOnly, [...COMPETENCIES.map((c, i) => [c.label, SCORES[picks[i]]]), ["Overall recommendation", "Yes"]]);
    assert.ok(await ui.getByRole("button", { name: "Revise (creates version 2, history kept)" }).isVisible());

    await tabTo(page, (f) => f.tag === "button" && f.text === "Back to the candidate", "the way back");
    await page.keyboard.press("Enter");
    await waitForHeading(ui, "Grace Hopper");
    await assertHeadingFocused(page, "Grace Hopper");
    assert.match(await ui.locator(".br-interview-item").textContent(), /^Ann \(you\) · Architecture case study · Submitted, version 1 · Recommendation: Yes/);
    assert.equal(await ui.locator("li.br-stage").first().getByRole("button").textContent(), "View your interview");
    await tabTo(page, (f) => f.tag === "button" && f.text === "Back to the candidates", "the way back to the list");
    await page.keyboard.press("Enter");
    await waitForHeading(ui, "Candidates");
    await assertHeadingFocused(page, "Candidates");

    const [added, ...moreChanges] = await events(page, "candidate-changed");
    assert.deepEqual(moreChanges, []);
    assert.deepEqual(Object.keys(added.detail).sort(), ["candidateId", "change"]);
    assert.equal(added.detail.change, "added");
    assert.ok(added.bubbles && added.composed);
    const [submitted, ...moreSubmits] = await events(page, "interview-submitted");
    assert.deepEqual(moreSubmits, []);
    assert.ok(submitted.bubbles && submitted.composed);
    assert.deepEqual(Object.keys(submitted.detail).sort(), ["candidateId", "interviewId", "stage", "version"]);
    assert.deepEqual(submitted.detail, {
      candidateId: added.detail.candidateId,
      interviewId: submitted.detail.interviewId,
      stage: STAGES[0].id,
      version: 1,
    });
    for (const event of [added, submitted]) {
      const text = JSON.stringify(event.detail);
      for (const word of ["Grace", "Hopper", "Ann"]) assert.ok(!text.includes(word), `${event.type} carries no name: ${text}`);
    }
    const stored = await savedText(page);
    assert.ok(stored.includes(submitted.detail.interviewId) && stored.includes(added.detail.candidateId), "the event's ids are the stored records' ids");
    await finish(env, opened);
  });

  test("blind rule: Bob sees nothing of Ann's ratings until he submits his own, then 2 interviews' means, the formula, the radar and disagreement flags", async () => {
    const opened = await openScorecardAs(env, "Ann");
    const { ui } = opened;
    await addCandidate(ui, "Edsger Dijkstra");
    await openCandidate(ui, "Edsger Dijkstra");
    await interview(ui, { scores: "Weak", decision: "Strong no" });
    assert.ok(await ui.locator(".br-summary").isVisible(), "Ann, having submitted, sees the summary");

    await backToList(ui);
    await setInterviewer(ui, "Bob");
    await openCandidate(ui, "Edsger Dijkstra");
    const hidden = async () => ({
      summary: await ui.locator(".br-summary, table, .br-radar, .br-summary-flag").count(),
      text: await shownText(ui),
    });
    let seen = await hidden();
    assert.equal(seen.summary, 0, "no summary, table, chart or flag before Bob has an interview");
    assert.match(seen.text, /Ratings hidden\. You can choose to show them below\./);
    assert.match(seen.text, /Ann · Architecture case study · Submitted/);
    assert.ok(!/Recommendation: |Strong no/.test(seen.text), "Ann's recommendation is not shown");

    await startInterview(ui);
    await backToCandidate(ui, "Edsger Dijkstra");
    seen = await hidden();
    assert.equal(seen.summary, 0, "no summary while Bob's own interview is a draft");
    assert.match(seen.text, /Ratings hidden until you submit your own interview of this candidate\./);
    assert.match(seen.text, /The summary and the other interviewers' ratings stay hidden until you submit your own interview/);
    assert.equal(await ui.getByRole("button", { name: /show the ratings/ }).count(), 0, "an interviewer with a draft cannot reveal");

    await ui.locator("li.br-stage").first().getByRole("button", { name: "Continue your draft" }).click();
    await rateAndSubmit(ui, { scores: "Exceptional", decision: "Strong yes" });
    await backToCandidate(ui, "Edsger Dijkstra");

    const summary = ui.locator(".br-summary");
    assert.match(await summary.textContent(), /Submitted interviews: 2/);
    const means = await summary.locator("table").first().evaluate((table) =>
      [...table.tBodies[0].rows].map((row) => [row.cells[0].textContent, row.cells[1].textContent, row.cells[4].textContent, row.cells[5].textContent]),
    );
    assert.deepEqual(means, COMPETENCIES.map((c) => [c.label, "2.50", "2", "1 to 4"]), "mean of Weak (1) and Exceptional (4), 2 raters");
    // The formula: one row per competency, weight × mean, summed, divided by the weights.
    const formula = await summary.getByRole("table", { name: "How the overall score is computed" }).evaluate((table) => ({
      terms: [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent)),
      sums: [...table.tFoot.rows[0].cells].map((cell) => cell.textContent),
    }));
    assert.equal(formula.terms.length, 7);
    let weights = 0;
    let products = 0;
    for (const [label, weight, mean, product] of formula.terms) {
      assert.ok(COMPETENCIES.some((c) => c.label === label), label);
      assert.equal(mean, "2.50");
      assert.equal(Number(product), (Number(weight) * 250) / 100, `${label}: weight × mean`);
      weights += Number(weight);
      products += Number(product);
    }
    assert.deepEqual(formula.sums.slice(1), [String(weights), "", products.toFixed(2)]);
    assert.equal(await summary.locator(".br-summary-overall").textContent(), "Overall score: 2.50");
    assert.equal(await summary.locator(".br-summary-formula-line").textContent(), `Overall score = ${products.toFixed(2)} ÷ ${weights} = 2.50`);
    const radar = summary.getByRole("img", { name: /^Radar chart of the competency means of Edsger Dijkstra/ });
    assert.equal(await radar.count(), 1);
    assert.equal(await radar.locator(".br-radar-series").count(), 1);
    const flags = summary.locator(".br-summary-flag[data-flag=disagreement]");
    assert.equal(await flags.count(), 7, "Weak against Exceptional is a disagreement on every competency");
    assert.match(await flags.first().textContent(), /Lowest rating: 1 \(Weak\); highest rating: 4 \(Exceptional\)\./);
    // Now Bob sees Ann's interview in the list, with her recommendation.
    assert.match(await shownText(ui), /Ann · Architecture case study · Submitted, version 1 · Recommendation: Strong no/);
    await finish(env, opened);
  });

  test("persistence: after a reload the name, the candidate and 1 submitted interview are there; the store is JSON of format backend-ready/scorecard-store", async () => {
    const opened = await openScorecardAs(env, "Ann");
    const { page, ui } = opened;
    await addCandidate(ui, "Barbara Liskov", "Staff engineer");
    await openCandidate(ui, "Barbara Liskov");
    await interview(ui, { scores: "Strong", decision: "Yes", notes: ["Split the system cleanly"] });
    await startInterview(ui, 1); // a draft at the second stage
    await backToList(ui);
    const before = await savedText(page);

    await page.reload();
    await page.waitForFunction(() => document.querySelector("#scorecard").shadowRoot?.querySelector(".br-candidate"));
    assert.equal(await ui.getByLabel("Your name, as interviewer").inputValue(), "Ann");
    assert.deepEqual(await listedNames(ui), ["Barbara Liskov"]);
    assert.match(await ui.locator(".br-candidate .br-hint").textContent(), /Staff engineer · Senior · Submitted interviews: 1/);
    await openCandidate(ui, "Barbara Liskov");
    const items = await ui.locator(".br-interview-item").allTextContents();
    assert.equal(items.length, 2);
    assert.match(items[0], /^Ann \(you\) · Architecture case study · Submitted, version 1 · Recommendation: Yes/);
    assert.match(items[1], /^Ann \(you\) · Database modelling challenge · Draft, version 1/);
    await ui.locator("li.br-stage").first().getByRole("button", { name: "View your interview" }).click();
    await ui.getByText("Split the system cleanly").waitFor();

    assert.equal(STORE_KEY, "e2e-scorecard:scorecard");
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(
      keys,
      [STORE_KEY, `${STORE_KEY}:backup-info`, `${STORE_KEY}:identity`],
      "one document, its backup lines and the interviewer key that signed the interview, under the host's storage-key",
    );
    const stored = await savedText(page);
    assert.equal(stored, before, "loading changes nothing stored");
    const doc = JSON.parse(stored);
    assert.equal(doc.format, "backend-ready/scorecard-store");
    assert.ok(stored.includes("Barbara Liskov") && stored.includes("Split the system cleanly"));
    await finish(env, opened);
  });

  test("delete with undo brings the candidate back with 1 interview; archive hides from the list unless archived are shown", async () => {
    const opened = await openScorecardAs(env, "Ann");
    const { page, ui } = opened;
    for (const name of ["Alan Turing", "Ada Lovelace", "Donald Knuth"]) await addCandidate(ui, name);
    await openCandidate(ui, "Ada Lovelace");
    await interview(ui, { scores: "Strong", decision: "Yes" });
    await backToList(ui);
    const before = await savedText(page);

    await ui.getByRole("button", { name: "Delete Ada Lovelace", exact: true }).click();
    assert.deepEqual(await listedNames(ui), ["Alan Turing", "Donald Knuth"]);
    assert.deepEqual(await notices(ui), ["“Ada Lovelace” was deleted with their interviews."]);
    assert.ok(!(await savedText(page)).includes("Ada Lovelace"), "the deletion is saved");
    await ui.locator(".br-notice").getByRole("button", { name: "Undo" }).click();
    assert.deepEqual(await listedNames(ui), ["Alan Turing", "Ada Lovelace", "Donald Knuth"], "back in its place");
    assert.deepEqual(await notices(ui), []);
    assert.match(await ui.locator(".br-candidate").nth(1).textContent(), /Submitted interviews: 1/);
    assert.equal(await savedText(page), before, "the stored document is as before the deletion");
    await openCandidate(ui, "Ada Lovelace");
    assert.match(await ui.locator(".br-interview-item").textContent(), /Ann \(you\) · Architecture case study · Submitted/);

    // Deleting from the candidate page goes back to the list, with the same undo.
    await ui.getByRole("button", { name: "Delete", exact: true }).click();
    await waitForHeading(ui, "Candidates");
    assert.deepEqual(await listedNames(ui), ["Alan Turing", "Donald Knuth"]);
    await ui.locator(".br-notice").getByRole("button", { name: "Undo" }).click();
    assert.deepEqual(await listedNames(ui), ["Alan Turing", "Ada Lovelace", "Donald Knuth"]);

    await ui.getByRole("button", { name: "Archive Alan Turing", exact: true }).click();
    assert.deepEqual(await listedNames(ui), ["Ada Lovelace", "Donald Knuth"], "archived is hidden");
    assert.match(await shownText(ui), /Showing 2 of 2/);
    const showArchived = ui.getByRole("checkbox", { name: "Show archived candidates" });
    await showArchived.check();
    assert.deepEqual(await listedNames(ui), ["Alan Turing", "Ada Lovelace", "Donald Knuth"]);
    assert.match(await ui.locator(".br-candidate").first().textContent(), /Archived/);
    assert.ok(await ui.getByRole("checkbox", { name: "Compare Alan Turing" }).isDisabled(), "an archived candidate cannot be compared");
    await showArchived.uncheck();
    assert.deepEqual(await listedNames(ui), ["Ada Lovelace", "Donald Knuth"]);
    await showArchived.check();
    await ui.getByRole("button", { name: "Restore Alan Turing", exact: true }).click();
    await showArchived.uncheck();
    assert.deepEqual(await listedNames(ui), ["Alan Turing", "Ada Lovelace", "Donald Knuth"], "restored from the archive");

    const changes = (await page.evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:candidate-changed"))).map((e) => e.detail.change);
    assert.deepEqual(changes, ["added", "added", "added", "deleted", "restored", "deleted", "restored", "archived", "unarchived"]);
    await finish(env, opened);
  });

  test("export everything (JSON) and import it into an empty browser: 2 candidates and 2 interviews; importing again adds nothing", async () => {
    const first = await openScorecardAs(env, "Ann");
    const { ui } = first;
    await addCandidate(ui, "Frances Allen");
    await addCandidate(ui, "John Backus", "Compiler engineer");
    await openCandidate(ui, "Frances Allen");
    await interview(ui, { scores: "Strong", decision: "Yes", notes: ["Knew the \"optimiser\", well"] });
    await backToList(ui);
    await openCandidate(ui, "John Backus");
    await interview(ui, { scores: "Mixed", decision: "No", stage: 1 });
    await backToList(ui);
    const exported = await downloadFrom(ui, "Export everything (JSON)");
    assert.equal(exported.name, "backend-ready-scorecard.json");
    const file = JSON.parse(exported.text);
    assert.equal(file.format, "backend-ready/scorecard");
    assert.equal(file.version, 1);
    assert.deepEqual(file.candidates.map((c) => c.name), ["Frances Allen", "John Backus"]);
    assert.equal(file.interviews.length, 2);
    assert.ok(file.interviews.every((i) => i.interviewer === "Ann" && i.status === "submitted"));
    await finish(env, first);

    const second = await openScorecard(env);
    assert.equal(await savedText(second.page), null, "a fresh browser context starts empty");
    assert.deepEqual(importCounts(await importFile(second.ui, exported.text, exported.name)), { candidates: 2, interviews: 2, newer: 0, unchanged: 0, drafts: 0 });
    assert.deepEqual(await listedNames(second.ui), ["Frances Allen", "John Backus"]);
    assert.match(await second.ui.locator(".br-candidate").nth(1).textContent(), /Compiler engineer · Senior · Submitted interviews: 1/);
    await openCandidate(second.ui, "Frances Allen");
    assert.match(await second.ui.locator(".br-interview-item").textContent(), /^Ann · Architecture case study · Submitted/);
    await backToList(second.ui);
    const reexported = JSON.parse((await downloadFrom(second.ui, "Export everything (JSON)")).text);
    assert.deepEqual(reexported.candidates, file.candidates, "the same candidates");
    assert.deepEqual(reexported.interviews, file.interviews, "the same interviews, ratings and notes");

    const stored = await savedText(second.page);
    assert.deepEqual(importCounts(await importFile(second.ui, exported.text, exported.name)), { candidates: 0, interviews: 0, newer: 0, unchanged: 2, drafts: 0 });
    assert.deepEqual(await listedNames(second.ui), ["Frances Allen", "John Backus"]);
    assert.equal(await savedText(second.page), stored, "a second import changes nothing");
    await finish(env, second);
  });

  test("CSV export: a header and 7 rows per submitted version (3 versions, 21 rows), as text", async () => {
    const opened = await openScorecardAs(env, "Ann");
    const { ui } = opened;
    await addCandidate(ui, "Ken Thompson");
    await addCandidate(ui, "Dennis Ritchie");
    await openCandidate(ui, "Ken Thompson");
    await interview(ui, { scores: "Strong", decision: "Yes", notes: ["=HYPERLINK(\"x\"), said \"hi\""] });
    // A revision: version 2, version 1 kept in the history.
    await ui.locator("li.br-stage").first().getByRole("button", { name: "View your interview" }).click();
    await ui.getByRole("button", { name: "Revise (creates version 2, history kept)" }).click();
    await ui.getByRole("group", { name: "Security-first engineering" }).getByRole("radio", { name: "Exceptional" }).check();
    await rateAndSubmit(ui, { scores: [...Array(4).fill("Strong"), "Exceptional", "Strong", "Strong"], decision: "Strong yes" });
    await backToList(ui);
    await openCandidate(ui, "Dennis Ritchie");
    await interview(ui, { scores: ["Weak", "Mixed", "Strong", "Exceptional", "No evidence", "Mixed", "Strong"], decision: "No decision" });
    await backToList(ui);

    const submitted = await ui.page().evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:interview-submitted").map((e) => e.detail.version));
    assert.deepEqual(submitted, [1, 2, 1], "an event per submitted version");
    const exported = await downloadFrom(ui, "Export ratings (CSV)");
    assert.equal(exported.name, "backend-ready-ratings.csv");
    assert.ok(exported.text.startsWith("\ufeff"), "a UTF-8 byte order mark");
    const rows = parseCsv(exported.text.slice(1));
    assert.deepEqual(rows[0], ["candidate", "role", "level", "interviewer", "stage", "version", "status", "competency", "competency label", "score", "score value", "note", "decision"]);
    const body = rows.slice(1);
    assert.equal(body.length, 21, "7 rows for each of the 3 submitted versions");
    assert.ok(body.every((row) => row.length === 13), "13 fields on every row");
    const versions = body.map((row) => `${row[0]} v${row[5]} ${row[6]} ${row[12]}`);
    assert.deepEqual([...new Set(versions)], ["Ken Thompson v1 submitted yes", "Ken Thompson v2 submitted strong-yes", "Dennis Ritchie v1 submitted no-decision"]);
    assert.deepEqual(body.slice(0, 7).map((row) => row[7]), COMPETENCIES.map((c) => c.id));
    assert.deepEqual(body.slice(14).map((row) => [row[9], row[10]]), [["weak", "1"], ["mixed", "2"], ["strong", "3"], ["exceptional", "4"], ["no-evidence", ""], ["mixed", "2"], ["strong", "3"]]);
    assert.equal(body[3][8], "Cloud, infrastructure and deployment", "a label with a comma survives quoting");
    assert.equal(body[0][11], "'=HYPERLINK(\"x\"), said \"hi\"", "a formula-like note is defused, quotes doubled");
    assert.ok(exported.text.includes("\r\n") && !/[^\r]\n/.test(exported.text), "CRLF line ends");
    await finish(env, opened);
  });

  test("3 malformed files are refused with a clear message and change nothing", async () => {
    const opened = await openScorecardAs(env, "Ann");
    const { page, ui } = opened;
    await addCandidate(ui, "Margaret Hamilton");
    const before = await savedText(page);
    const files = [
      ['{"format":"backend-ready/scorecard","version":1,"candidates":[{"id":5}]}', /^The file was not imported, and nothing changed: candidates\[0\]\.id: expected a string, found a number$/],
      ["not json", /^The file was not imported, and nothing changed: file: not valid JSON: /],
      ["", /^The file was not imported, and nothing changed: file: not valid JSON: the text ends too early/],
    ];
    for (const [text, message] of files) {
      const notice = await importFile(ui, text, "broken.json");
      assert.match(notice, message);
      assert.deepEqual(await listedNames(ui), ["Margaret Hamilton"]);
      assert.equal(await savedText(page), before, "the stored document is unchanged");
    }
    // A file of another kind and one from a newer version say so.
    assert.match(await importFile(ui, '{"format":"backend-ready/quiz","version":1}'), /not a "backend-ready\/scorecard" file/);
    assert.match(await importFile(ui, '{"format":"backend-ready/scorecard","version":2,"candidates":[],"roles":[],"interviews":[]}'), /newer version/);
    assert.equal(await savedText(page), before);
    await finish(env, opened);
  });

  test("an interviewer's file: A exports the candidate, B and C import it, C's interviewer Cy sends 1 interview, B imports it once (then unchanged), then version 2", async () => {
    // Context A: interviewer Ann adds the candidate and starts a draft, but submits
    // nothing; she exports the candidate.
    const a = await openScorecardAs(env, "Ann");
    await addCandidate(a.ui, "Radia Perlman", "Network engineer");
    await openCandidate(a.ui, "Radia Perlman");
    await startInterview(a.ui);
    await a.ui.getByRole("group", { name: COMPETENCIES[0].label }).getByRole("radio", { name: "Weak" }).check();
    await backToCandidate(a.ui, "Radia Perlman");
    const candidateFile = await downloadFrom(a.ui, "Export this candidate (JSON)");
    assert.equal(candidateFile.name, "backend-ready-candidate-radia-perlman.json");
    const parsed = JSON.parse(candidateFile.text);
    assert.equal(parsed.format, "backend-ready/scorecard");
    assert.deepEqual(parsed.candidates.map((c) => c.name), ["Radia Perlman"]);
    assert.deepEqual(parsed.interviews.map((i) => [i.interviewer, i.status]), [["Ann", "draft"]]);
    await finish(env, a);

    // Context B: the hiring manager imports the candidate; Ann's draft does not come along.
    const b = await openScorecardAs(env, "Hiring manager");
    const first = importCounts(await importFile(b.ui, candidateFile.text));
    assert.deepEqual([first.candidates, first.interviews, first.newer], [1, 0, 0]);
    await openCandidate(b.ui, "Radia Perlman");
    assert.match(await shownText(b.ui), /No interviews yet\./);
    await b.ui.getByRole("button", { name: /show the ratings/ }).click();
    assert.match(await b.ui.locator(".br-summary").textContent(), /Submitted interviews: 0/);
    await backToList(b.ui);

    // Context C: interviewer Cy imports the candidate, interviews, downloads the interview.
    const c = await openScorecardAs(env, "Cy");
    assert.equal(importCounts(await importFile(c.ui, candidateFile.text)).candidates, 1);
    await openCandidate(c.ui, "Radia Perlman");
    await startInterview(c.ui);
    await rateAndSubmit(c.ui, { scores: "Exceptional", decision: "Strong yes", notes: ["Designed a protocol on the spot"] });
    const interviewFile = await downloadFrom(c.ui, "Download this interview to send to the hiring manager");
    assert.equal(interviewFile.name, "backend-ready-interview-cy.json");
    const sent = JSON.parse(interviewFile.text);
    assert.deepEqual([sent.candidates.length, sent.interviews.length, sent.interviews[0].interviewer], [1, 1, "Cy"]);

    const storedBefore = await savedText(b.page);
    assert.equal(await importFile(b.ui, interviewFile.text, interviewFile.name), "Imported the interview by Cy with Radia Perlman (Architecture case study, version 1).");
    await openCandidate(b.ui, "Radia Perlman");
    assert.match(await b.ui.locator(".br-interview-item").textContent(), /^Cy · Architecture case study · Submitted/);
    assert.match(await b.ui.locator(".br-summary").textContent(), /Submitted interviews: 1/, "revealed earlier in this session");
    assert.match(await b.ui.locator(".br-interview-item").textContent(), /Recommendation: Strong yes/);
    await backToList(b.ui);
    const storedAfter = await savedText(b.page);
    assert.notEqual(storedAfter, storedBefore);
    assert.equal(await importFile(b.ui, interviewFile.text, interviewFile.name), "The interview by Cy with Radia Perlman is already here; nothing changed.");
    assert.equal(await savedText(b.page), storedAfter, "importing the same interview again changes nothing");

    // Cy revises: version 2 replaces version 1 at B.
    await c.ui.getByRole("button", { name: "Revise (creates version 2, history kept)" }).click();
    await rateAndSubmit(c.ui, { scores: "Strong", decision: "Yes" });
    const revised = await downloadFrom(c.ui, "Download this interview to send to the hiring manager");
    const preview = await previewFile(b.ui, revised.text, revised.name);
    assert.match(preview, /Interview by Cy with Radia Perlman, Architecture case study, version 2: replaces version 1: Strong yes -> Yes/);
    assert.equal(await importFile(b.ui, revised.text, revised.name), "Imported the interview by Cy with Radia Perlman (Architecture case study, version 2).");
    await openCandidate(b.ui, "Radia Perlman");
    assert.match(await b.ui.locator(".br-interview-item").textContent(), /Submitted, version 2 · Recommendation: Yes/);
    await finish(env, c);
    await finish(env, b);
  });

  test("an interviewer's link: 1 submitted interview sent as a link is previewed, imported on Import, then gone from the address", async () => {
    const c = await openScorecardAs(env, "Cy");
    await addCandidate(c.ui, "Barbara Liskov");
    await openCandidate(c.ui, "Barbara Liskov");
    await startInterview(c.ui);
    await rateAndSubmit(c.ui, { scores: "Strong", decision: "Yes", notes: ["Substitution <b>explained</b> & shown"] });
    await c.ui.getByText("Or send a link instead of a file").click();
    const link = await c.ui.getByLabel("Link to this interview").inputValue();
    assert.ok(link.startsWith(`${env.servers.hostOrigin}/scorecard.html#br-interview=`), link);
    // The Copy button copies, or says how to copy by hand when the browser refuses.
    await c.ui.getByRole("button", { name: "Copy the link" }).click();
    await c.ui.locator(".br-copy .br-hint").filter({ hasText: /Link copied\.|select and copy the link below/ }).waitFor();
    await finish(env, c);

    const { page, log } = await openPage(env.browser, link);
    await waitForWidgets(page, 1);
    const ui = page.locator("#scorecard");
    await offer(ui).waitFor();
    const preview = await offer(ui).textContent();
    assert.match(preview, /Import this interview\?/);
    assert.match(preview, /Adds the candidate Barbara Liskov \(Backend engineer\)\./);
    assert.match(preview, /Interview by Cy with Barbara Liskov, Architecture case study, version 1: new, recommendation Yes/);
    assert.equal(await savedText(page), null, "nothing is stored before Import");
    await offer(ui).getByRole("button", { name: "Import", exact: true }).click();
    await ui.locator(".br-notice").first().waitFor();
    assert.deepEqual(await notices(ui), ["Imported the interview by Cy with Barbara Liskov (Architecture case study, version 1)."]);
    assert.match(await savedText(page), /Substitution <b>explained<\/b> & shown/, "saved with the note as typed");
    assert.ok(!page.url().includes("br-interview"), `the link is gone from the address: ${page.url()}`);
    await page.reload();
    await waitForWidgets(page, 1);
    await waitForHeading(ui, "Candidates");
    assert.equal(await offer(ui).count(), 0, "a reload offers nothing again");
    assert.deepEqual(await notices(ui), []);
    assert.deepEqual(await listedNames(ui), ["Barbara Liskov"]);
    await finish(env, { page, log });
  });

  test("script payloads in 4 candidate names, notes, role, interviewer and evidence notes (typed or imported) are shown as text and never run", async () => {
    const opened = await openScorecard(env);
    const { ui } = opened;
    const all = PAYLOADS.join(" ");
    await setInterviewer(ui, PAYLOADS[2]);
    for (const payload of PAYLOADS) await addCandidate(ui, payload, PAYLOADS[1]);
    await assertInert(ui, "list");
    assert.deepEqual(await listedNames(ui), PAYLOADS);

    await openCandidate(ui, PAYLOADS[0]);
    await ui.getByText("Edit the candidate's details").click();
    await ui.getByLabel("Notes", { exact: true }).fill(all);
    await ui.getByRole("button", { name: "Save changes" }).click();
    await ui.locator(".br-candidate-notes").waitFor();
    assert.equal(await ui.locator(".br-candidate-notes").textContent(), all, "notes shown as typed");
    const changes = await ui.page().evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:candidate-changed").map((e) => e.detail));
    assert.deepEqual(changes.map((detail) => detail.change), ["added", "added", "added", "added", "updated"]);
    assert.ok(!changes.some((detail) => PAYLOAD_PATTERN.test(JSON.stringify(detail))), "events carry ids only, never the names");
    await startInterview(ui);
    await rateAndSubmit(ui, { scores: "Strong", decision: "Yes", notes: [all, PAYLOADS[3]] });
    await assertInert(ui, "locked interview");
    assert.equal(await ui.locator(".br-readonly-note").first().textContent(), all, "evidence note shown as typed");
    assert.equal(await ui.locator(".br-lede").textContent(), `Architecture case study by ${PAYLOADS[2]}, version 1 · Submitted`);
    const file = await downloadFrom(ui, "Download this interview to send to the hiring manager");
    assert.equal(file.name, "backend-ready-interview-svg-onload-alert-3.json", "the file name is reduced to safe characters");
    await backToCandidate(ui, PAYLOADS[0]);
    await assertInert(ui, "candidate page with summary");
    assert.equal(await ui.getByRole("img", { name: /^Radar chart/ }).getAttribute("aria-label"), `Radar chart of the competency means of ${PAYLOADS[0]}, on the 1 to 4 scale. The ratings table has the same figures.`);
    const exported = await downloadFrom(ui, "Export this candidate (JSON)");
    assert.equal(exported.name, "backend-ready-candidate-img-src-x-onerror-alert-1.json");
    await backToList(ui);
    await openCandidate(ui, PAYLOADS[3]);
    await interview(ui, { scores: "Mixed", decision: "No" });
    await backToList(ui);
    await compareCandidates(ui, [PAYLOADS[0], PAYLOADS[3]]);
    await assertInert(ui, "comparison", [PAYLOADS[0], PAYLOADS[1], PAYLOADS[3]]); // names and the role, no interviewer
    await backToList(ui);
    await openCalibration(ui);
    await assertInert(ui, "calibration", [PAYLOADS[2]]); // the interviewer's name only
    await backToList(ui);
    const csv = await downloadFrom(ui, "Export ratings (CSV)");
    assert.ok(csv.text.includes(PAYLOADS[0]) && csv.text.includes(PAYLOADS[3]));
    await finish(env, opened);

    // A file made elsewhere, with the payloads everywhere a name or note goes.
    const fresh = await openScorecard(env);
    const crafted = scorecardFile({
      candidates: PAYLOADS.map((name, index) => ({ id: `c${index}`, name, role: PAYLOADS[(index + 1) % 4], notes: all })),
      interviews: PAYLOADS.map((interviewer, index) => ({ id: `i${index}`, candidate: `c${index}`, interviewer, scores: "Strong", note: all })),
    });
    assert.deepEqual(importCounts(await importFile(fresh.ui, crafted)), { candidates: 4, interviews: 4, newer: 0, unchanged: 0, drafts: 0 });
    assert.deepEqual(await listedNames(fresh.ui), PAYLOADS);
    await assertInert(fresh.ui, "list after import");
    await openCandidate(fresh.ui, PAYLOADS[1]);
    await fresh.ui.getByRole("button", { name: /show the ratings/ }).click();
    await assertInert(fresh.ui, "imported candidate page with summary");
    assert.equal(await fresh.ui.locator(".br-candidate-notes").textContent(), all);
    assert.match(await fresh.ui.locator(".br-interview-item").textContent(), new RegExp(`^${escape(PAYLOADS[1])} · `));
    await finish(env, fresh);
  });

  test("compare 2 of 3 candidates (table, radar with 2 series; a drafted one left out), calibration of 2 interviewers; the whole round, reload and files included, requests only the widget's own files", async () => {
    const opened = await openScorecardAs(env, "Ann");
    const { page, ui } = opened;
    for (const name of ["Leslie Lamport", "Tony Hoare", "John McCarthy"]) await addCandidate(ui, name);
    for (const [name, scores] of [["Leslie Lamport", "Exceptional"], ["Tony Hoare", "Strong"], ["John McCarthy", "Mixed"]]) {
      await openCandidate(ui, name);
      await interview(ui, { scores, decision: "Yes" });
      await backToList(ui);
    }
    await setInterviewer(ui, "Bob");
    for (const name of ["Leslie Lamport", "Tony Hoare"]) {
      await openCandidate(ui, name);
      await interview(ui, { scores: "Weak", decision: "No" });
      await backToList(ui);
    }
    await openCandidate(ui, "John McCarthy");
    await startInterview(ui); // Bob's draft: McCarthy's ratings stay hidden from him
    await backToList(ui);

    assert.match(await shownText(ui), /Pick 2 to 4 candidates to compare them side by side\./);
    await ui.getByRole("checkbox", { name: "Compare Leslie Lamport" }).check();
    assert.equal(await ui.getByRole("button", { name: "Compare picked candidates" }).count(), 0, "one is not enough");
    await ui.getByRole("checkbox", { name: "Compare Tony Hoare" }).check();
    await ui.getByRole("button", { name: "Compare picked candidates" }).click();
    await waitForHeading(ui, "Compare candidates");
    assert.equal(await focusedHeading(page), "Compare candidates", "focus on the comparison's heading");
    const table = ui.getByRole("table", { name: "Competency means and overall score per candidate" });
    const cells = await table.evaluate((t) => [...t.rows].map((row) => [...row.cells].map((cell) => cell.textContent)));
    assert.deepEqual(cells[0], ["Competency", "Leslie Lamport", "Tony Hoare"]);
    assert.deepEqual(cells.slice(1, 8), COMPETENCIES.map((c) => [c.label, "2.50", "2.00"]));
    assert.deepEqual(cells[8], ["Overall score", "2.50", "2.00"]);
    const radar = ui.getByRole("img", { name: /^Radar chart comparing the candidates/ });
    assert.equal(await radar.locator(".br-radar-series").count(), 2, "an outline per candidate");
    assert.deepEqual(await ui.locator(".br-radar-key").allTextContents(), ["Leslie Lamport", "Tony Hoare"]);

    await backToList(ui);
    await ui.getByRole("checkbox", { name: "Compare John McCarthy" }).check();
    await ui.getByRole("button", { name: "Compare picked candidates" }).click();
    await waitForHeading(ui, "Compare candidates");
    assert.match(await ui.locator(".br-compare-hidden").textContent(), /^John McCarthy: you have an interview of this candidate that is not submitted yet/);
    assert.deepEqual((await table.evaluate((t) => [...t.rows[0].cells].map((cell) => cell.textContent))).slice(1), ["Leslie Lamport", "Tony Hoare"]);

    await backToList(ui);
    // Bob's draft keeps calibration hidden from him: it would show how the others rate.
    await openCalibration(ui);
    assert.match(await ui.locator(".br-hidden-note").textContent(), /You have an interview that is not submitted yet/);
    assert.equal(await ui.locator("table").count(), 0, "no distribution while Bob's draft is open");
    await backToList(ui);
    await setInterviewer(ui, "Hiring manager");
    await openCalibration(ui);
    assert.equal(await focusedHeading(page), "Interviewer calibration", "focus on the calibration's heading");
    const calibration = await ui.getByRole("table", { name: /Rating distribution per interviewer/ }).evaluate((t) =>
      [...t.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent)),
    );
    // Ann: 7 × 4, 7 × 3, 7 × 2 (mean 3.00); Bob: 14 × 1; the team: 77 / 35 = 2.20.
    assert.deepEqual(calibration.map((row) => [row[0], row[1], row[7], row[8], row[9]]), [
      ["Whole team", "35", "2.20", "", "Reference"],
      ["Ann", "21", "3.00", "+0.80", "Lenient: rates higher than the team"],
      ["Bob", "14", "1.00", "-1.20", "Severe: rates lower than the team"],
    ]);

    // Files and a reload, in the same page: still nothing but the widget's own files.
    await backToList(ui);
    const exported = await downloadFrom(ui, "Export everything (JSON)");
    await downloadFrom(ui, "Export ratings (CSV)");
    await page.reload();
    await page.waitForFunction(() => document.querySelector("#scorecard").shadowRoot?.querySelector(".br-candidate"));
    // 5 submitted interviews already here; Bob's draft is left out as every draft is.
    assert.deepEqual(importCounts(await importFile(ui, exported.text)), { candidates: 0, interviews: 0, newer: 0, unchanged: 5, drafts: 1 });
    assert.ok(opened.log.requests.length > 0);
    for (const url of opened.log.requests) assert.ok(!url.startsWith("blob:") && !url.startsWith("data:"), url);
    await finish(env, opened);
  });

  test("the list pages 120 imported candidates by 50, filters by name or role, and compares at most 4", async () => {
    const opened = await openScorecard(env);
    const { ui } = opened;
    const many = scorecardFile({
      candidates: Array.from({ length: 120 }, (_, n) => ({ id: `c${n}`, name: `Candidate ${n + 1}`, role: n % 2 ? "Data engineer" : "Backend engineer" })),
    });
    assert.equal(importCounts(await importFile(ui, many)).candidates, 120);
    const showing = async () => (await ui.locator(".br-candidates [role=status]").textContent()).trim();
    assert.equal(await showing(), "Showing 50 of 120");
    assert.equal((await listedNames(ui)).length, 50);
    await ui.getByRole("button", { name: "Show more" }).click();
    assert.equal(await showing(), "Showing 100 of 120");
    await ui.getByRole("button", { name: "Show more" }).click();
    assert.equal(await showing(), "Showing 120 of 120");
    assert.equal(await ui.getByRole("button", { name: "Show more" }).count(), 0);

    const filter = ui.getByRole("searchbox", { name: "Filter by name or role" });
    await filter.fill("candidate 11");
    assert.deepEqual(await listedNames(ui), ["Candidate 11", ...Array.from({ length: 10 }, (_, n) => `Candidate ${110 + n}`)]);
    await filter.fill("DATA ENGINEER");
    assert.equal(await showing(), "Showing 50 of 60");
    await filter.fill("nobody");
    assert.match(await shownText(ui), /No candidate matches the filter\./);
    await filter.fill("");

    for (let n = 1; n <= 4; n++) await ui.getByRole("checkbox", { name: `Compare Candidate ${n}`, exact: true }).check();
    assert.ok(await ui.getByRole("checkbox", { name: "Compare Candidate 5", exact: true }).isDisabled(), "a fifth cannot be picked");
    await ui.getByRole("checkbox", { name: "Compare Candidate 4", exact: true }).uncheck();
    assert.ok(await ui.getByRole("checkbox", { name: "Compare Candidate 5", exact: true }).isEnabled());
    await finish(env, opened);
  });

  test("weights: a weight of 0 leaves a competency out, a preset applies to the role, a weight over 1000 is refused", async () => {
    const { opened, ui } = await weighed();
    const overall = () => ui.locator(".br-summary-formula-line").textContent();
    assert.equal(await overall(), "Overall score = 290.00 ÷ 100 = 2.90", "senior preset: 20×4 + 15×1 + (15+15+15+10+10)×3");
    const database = ui.getByRole("spinbutton", { name: "Database depth" });
    await database.fill("0");
    await database.press("Tab");
    assert.equal(await overall(), "Overall score = 275.00 ÷ 85 = 3.24");
    await database.fill("2000");
    await database.press("Tab");
    assert.match(await ui.locator(".br-summary-weights").textContent(), /Weights must be whole numbers from 0 to 1000, and not all of them 0\./);
    assert.equal(await database.inputValue(), "0", "the field shows the weight in use");
    assert.equal(await overall(), "Overall score = 275.00 ÷ 85 = 3.24");
    await ui.getByRole("button", { name: "Use the Senior preset" }).click();
    assert.equal(await overall(), "Overall score = 290.00 ÷ 100 = 2.90");
    assert.equal(await database.inputValue(), "15");
    await finish(env, opened);
  });

  test("weights: a negative or fractional weight is refused with the message, and the field shows the weight in use", async () => {
    const { opened, ui } = await weighed();
    const database = ui.getByRole("spinbutton", { name: "Database depth" });
    for (const typed of ["-5", "2.5"]) {
      await database.fill(typed);
      await database.press("Tab");
      const shown = {
        field: await database.inputValue(),
        refused: /Weights must be whole numbers from 0 to 1000/.test(await ui.locator(".br-summary-weights").textContent()),
        formula: await ui.locator(".br-summary-formula-line").textContent(),
      };
      assert.deepEqual(shown, { field: "15", refused: true, formula: "Overall score = 290.00 ÷ 100 = 2.90" }, `typed ${typed}`);
    }
    await finish(env, opened);
  });

  test("keyboard focus stays in the widget after Undo and Dismiss remove the focused button", async () => {
    const opened = await openScorecard(env);
    const { page, ui } = opened;
    for (const name of ["Alan Turing", "Ada Lovelace"]) await addCandidate(ui, name);
    const inWidget = () => page.evaluate(() => document.activeElement?.id === "scorecard" && !!document.querySelector("#scorecard").shadowRoot.activeElement);
    await ui.getByRole("button", { name: "Delete Ada Lovelace", exact: true }).focus();
    await page.keyboard.press("Enter");
    const afterDelete = await inWidget();
    await ui.locator(".br-notice").getByRole("button", { name: "Undo" }).focus();
    await page.keyboard.press("Enter");
    await ui.getByRole("button", { name: "Ada Lovelace", exact: true }).waitFor();
    const afterUndo = await inWidget();
    await ui.getByRole("button", { name: "Delete Ada Lovelace", exact: true }).click();
    await ui.locator(".br-notice").getByRole("button", { name: "Dismiss" }).focus();
    await page.keyboard.press("Enter");
    const afterDismiss = await inWidget();
    assert.deepEqual({ afterDelete, afterUndo, afterDismiss }, { afterDelete: true, afterUndo: true, afterDismiss: true });
    await finish(env, opened);
  });

  test("two tabs with the same interviewer: each sees the other's candidates, interview and archive, and saving settles", async () => {
    // Tab one names Ann before tab two opens, so both start as Ann.
    const { context, tabs, writes } = await openTabs(env, (ui) => setInterviewer(ui, "Ann"));
    try {
      const [one, two] = tabs;
      // The tab acted in is brought to the front (a background tab's frames are throttled).
      await one.page.bringToFront();
      await addCandidate(one.ui, "Butler Lampson");
      await two.ui.getByRole("button", { name: "Butler Lampson", exact: true }).waitFor({ timeout: 3000 });
      await two.page.bringToFront();
      await addCandidate(two.ui, "Chuck Thacker");
      await one.ui.getByRole("button", { name: "Chuck Thacker", exact: true }).waitFor({ timeout: 3000 });
      await one.page.bringToFront();
      await openCandidate(one.ui, "Butler Lampson");
      await interview(one.ui, { scores: "Strong", decision: "Yes" });
      await two.page.bringToFront();
      await two.ui.getByRole("button", { name: "Archive Chuck Thacker", exact: true }).click();
      await one.page.bringToFront();
      await backToList(one.ui);
      await settled(tabs, ["Butler Lampson"]);
      assert.deepEqual(await listedNames(one.ui), ["Butler Lampson"]);
      assert.deepEqual(await listedNames(two.ui), ["Butler Lampson"]);
      assert.match(await two.ui.locator(".br-candidate .br-hint").textContent(), /Submitted interviews: 1/);
      const before = await writes();
      await one.page.waitForTimeout(500); // the half second in which no tab may write
      assert.deepEqual(await writes(), before, "no tab keeps writing");
    } finally {
      await context.close();
    }
  });

  test("two tabs with different interviewers: saving settles and no candidate added in one tab is lost", async () => {
    const { context, tabs, writes } = await openTabs(env);
    try {
      const [one, two] = tabs;
      for (const [{ page, ui }, name] of [[one, "Ann"], [two, "Bob"]]) {
        await page.bringToFront();
        await ui.getByLabel("Your name, as interviewer").fill(name, { timeout: 3000 });
        await ui.getByLabel("Your name, as interviewer").press("Tab", { timeout: 3000 });
      }
      const names = ["Butler Lampson", "Chuck Thacker", "Alan Kay"];
      await one.page.bringToFront();
      for (const name of names) {
        await one.ui.getByLabel("Name", { exact: true }).fill(name, { timeout: 3000 });
        await one.ui.getByRole("button", { name: "Add candidate" }).click({ timeout: 3000 });
      }
      await settled(tabs, names);
      const before = await writes();
      await one.page.waitForTimeout(1000); // the second in which no tab may write
      const after = await writes();
      const stored = JSON.parse(await savedText(one.page));
      const seen = {
        writesInASecond: after[0] - before[0] + after[1] - before[1],
        tabOne: await listedNames(one.ui),
        tabTwo: await listedNames(two.ui),
        stored: stored.candidates.map((candidate) => candidate[1]),
        names: [await one.ui.getByLabel("Your name, as interviewer").inputValue(), await two.ui.getByLabel("Your name, as interviewer").inputValue()],
      };
      assert.deepEqual(seen, { writesInASecond: 0, tabOne: names, tabTwo: names, stored: names, names: ["Ann", "Bob"] });
    } finally {
      await context.close();
    }
  });
});

/** Waits until every tab lists `names` (the other tab has heard the last change),
 * then for the saves each has scheduled. */
async function settled(tabs, names) {
  for (const { page } of tabs) {
    await page.waitForFunction(
      (wanted) => JSON.stringify([...document.querySelector("#scorecard").shadowRoot.querySelectorAll(".br-candidate .br-link")].map((b) => b.textContent)) === wanted,
      JSON.stringify(names),
      { timeout: 5000 },
    );
  }
  for (const { page } of tabs) await page.evaluate(savesRun);
}

/**
 * Two tabs of the host page in one browser context, counting their storage writes;
 * `prepare(ui)` runs in the first tab before the second opens.
 */
async function openTabs(env, prepare = async () => {}) {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    window.__writes = 0;
    Storage.prototype.setItem = function (key, value) {
      window.__writes += 1;
      return setItem.call(this, key, value);
    };
  });
  const tabs = [];
  for (let n = 0; n < 2; n++) {
    const page = await context.newPage();
    await page.goto(`${env.servers.hostOrigin}/scorecard.html`);
    const ui = page.locator("#scorecard");
    await waitForHeading(ui, "Candidates");
    if (n === 0) await prepare(ui);
    tabs.push({ page, ui });
  }
  const writes = () => Promise.all(tabs.map(({ page }) => page.evaluate(() => window.__writes)));
  return { context, tabs, writes };
}

const PAYLOADS = ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>", "<svg onload=alert(3)>", "javascript:alert(4)"];
const PAYLOAD_PATTERN = /alert|<|javascript/;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Asserts nothing was injected, in the shadow root or the host document: no element with
 * an on* attribute, no img, script, iframe or link, no svg but the radar chart's own;
 * and each of `shown` appears as text.
 */
async function assertInert(ui, screen, shown = PAYLOADS) {
  const found = await ui.evaluate((el) => {
    const inRoot = [...el.shadowRoot.querySelectorAll("*")];
    const handlers = [...inRoot, ...document.querySelectorAll("*")].filter((node) => [...node.attributes].some((a) => /^on/i.test(a.name)));
    const foreign = el.shadowRoot.querySelectorAll("img, script, iframe, object, embed, a, svg:not(.br-radar-chart):not(.br-radar-swatch)");
    const page = document.querySelectorAll("img, iframe, svg, script:not([src])");
    return [...handlers, ...foreign, ...page].map((node) => node.outerHTML.slice(0, 120));
  });
  assert.deepEqual(found, [], `nothing injected on the ${screen}`);
  const text = await shownText(ui);
  const missing = shown.filter((payload) => !text.includes(payload));
  assert.deepEqual(missing, [], `every payload shown as text on the ${screen}`);
}

/** RFC 4180 fields of `text` (CRLF line ends), row by row. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += ch;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}
