// Helpers shared by the scorecard's end-to-end tests (scorecard.test.mjs and
// scorecard-a11y.test.mjs): opening the host page, driving the widget's screens by
// role and label (Playwright's locators pierce the open shadow root), files in and out,
// and the checks every test ends with.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage, waitForWidgets, widgetFiles } from "./harness.mjs";
import { COMPETENCIES, SCORES, savesRun } from "./shared-fixtures.mjs";

/** The host page's storage-key, and where the widget keeps its document. */
export const STORE_KEY = "e2e-scorecard:scorecard";

export { COMPETENCIES, SCORES };
const SCORE_IDS = { Weak: "weak", Mixed: "mixed", Strong: "strong", Exceptional: "exceptional", "No evidence": "no-evidence" };
/** The recommendation cards, in order. */
export const DECISIONS = ["Strong no", "No", "Yes", "Strong yes", "No decision"];
export const STAGES = [
  { id: "architecture-case-study", label: "Architecture case study" },
  { id: "database-modelling", label: "Database modelling challenge" },
];

/** Opens the scorecard host page in a fresh browser context (empty storage). */
export async function openScorecard(env, page = "scorecard.html") {
  const { page: tab, log } = await openPage(env.browser, `${env.servers.hostOrigin}/${page}`);
  await waitForWidgets(tab, 1);
  return { page: tab, log, ui: tab.locator("#scorecard") };
}

/** Opens the scorecard host page in a fresh browser context, as the interviewer `name`. */
export async function openScorecardAs(env, name, page = "scorecard.html") {
  const opened = await openScorecard(env, page);
  await setInterviewer(opened.ui, name);
  return opened;
}

/** The text of the screen's heading. */
export function heading(ui) {
  return ui.evaluate((el) => el.shadowRoot.querySelector("h2")?.textContent.trim() ?? null);
}

/** Waits until the screen's heading reads `text`. */
export async function waitForHeading(ui, text) {
  await ui.page().waitForFunction(
    (wanted) => document.querySelector("#scorecard").shadowRoot.querySelector("h2")?.textContent.trim() === wanted,
    text,
    { timeout: 5000 },
  );
}

/** The notices shown above the screen, each as its text. */
export function notices(ui) {
  return ui.evaluate((el) => [...el.shadowRoot.querySelectorAll(".br-notice p")].map((p) => p.textContent));
}

/** Dismisses every notice shown. */
export async function dismissNotices(ui) {
  const dismiss = ui.locator(".br-notice").getByRole("button", { name: "Dismiss" });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/** The whole text of the widget's shadow root. */
export function shownText(ui) {
  return ui.evaluate((el) => el.shadowRoot.textContent);
}

/** The names on the list of candidates, in order. */
export function listedNames(ui) {
  return ui.evaluate((el) => [...el.shadowRoot.querySelectorAll(".br-candidate .br-link")].map((b) => b.textContent));
}

/** The stored document's text. */
export function storedText(page) {
  return page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
}

/** The stored document once the saves the widgets have scheduled have run. */
export async function savedText(page) {
  await page.evaluate(savesRun);
  return storedText(page);
}

/** Sets the interviewer's name (the field saves on change, so it is left with Tab). */
export async function setInterviewer(ui, name) {
  const field = ui.getByLabel("Your name, as interviewer");
  await field.fill(name);
  await field.press("Tab");
  assert.equal(await field.inputValue(), name);
}

/** Adds a candidate from the list screen. */
export async function addCandidate(ui, name, role) {
  await ui.getByLabel("Name", { exact: true }).fill(name);
  if (role !== undefined) await ui.getByLabel("Role", { exact: true }).fill(role);
  await ui.getByRole("button", { name: "Add candidate" }).click();
  await ui.getByRole("button", { name, exact: true }).waitFor();
}

/** Opens the candidate page of `name` from the list. */
export async function openCandidate(ui, name) {
  await ui.getByRole("button", { name, exact: true }).click();
  await waitForHeading(ui, name);
}

/** Back to the list from any screen. */
export async function backToList(ui) {
  if ((await heading(ui)).startsWith("Interview: ")) await ui.getByRole("button", { name: "Back to the candidate" }).click();
  if ((await heading(ui)) !== "Candidates") await ui.getByRole("button", { name: "Back to the candidates" }).click();
  await waitForHeading(ui, "Candidates");
}

/** From the list: picks the candidates named `names` and opens their comparison. */
export async function compareCandidates(ui, names) {
  for (const name of names) await ui.getByRole("checkbox", { name: `Compare ${name}` }).check();
  await ui.getByRole("button", { name: "Compare picked candidates" }).click();
  await waitForHeading(ui, "Compare candidates");
}

/** From the list: opens the interviewer calibration. */
export async function openCalibration(ui) {
  await ui.getByRole("button", { name: "Interviewer calibration" }).click();
  await waitForHeading(ui, "Interviewer calibration");
}

/** From any screen: back to the list and the comparison of `names`, then back and the
 * calibration, each screen handed to `visit` with its name from `labels`. */
export async function visitComparisonAndCalibration(ui, names, visit, labels = ["compare", "calibration"]) {
  await backToList(ui);
  await compareCandidates(ui, names);
  await visit(labels[0]);
  await backToList(ui);
  await openCalibration(ui);
  await visit(labels[1]);
}

/** Starts (or continues) the viewer's interview at the stage numbered `stage` (0-based). */
export async function startInterview(ui, stage = 0) {
  // The stage's own button (its bank may hold a team's question with Remove).
  await ui.locator("li.br-stage").nth(stage).locator(".br-actions button").click();
  await ui.page().waitForFunction(() => document.querySelector("#scorecard").shadowRoot.querySelector("h2")?.textContent.startsWith("Interview: "));
}

/**
 * On the interview form: rates every competency (`scores`: one label for all, or one per
 * competency), writes `notes` (one per competency, optional), records `decision`, submits.
 */
export async function rateAndSubmit(ui, { scores, decision, notes = [] }) {
  for (const [index, competency] of COMPETENCIES.entries()) {
    const group = ui.getByRole("group", { name: competency.label, exact: true });
    const score = Array.isArray(scores) ? scores[index] : scores;
    await group.getByRole("radio", { name: score, exact: true }).check();
    if (notes[index] !== undefined) {
      const note = group.getByLabel("Evidence note");
      await note.fill(notes[index]);
      await note.press("Tab");
    }
  }
  await ui.getByRole("group", { name: "Overall recommendation" }).getByRole("radio", { name: decision, exact: true }).check();
  await ui.getByRole("button", { name: "Submit interview" }).click();
  await ui.getByText("Submitted and locked.").waitFor();
}

/** From the candidate page: one whole interview at `stage`, then back to the candidate. */
export async function interview(ui, options) {
  const candidate = await heading(ui);
  await startInterview(ui, options.stage ?? 0);
  await rateAndSubmit(ui, options);
  await backToCandidate(ui, candidate);
}

/** From an interview: back to the page of the candidate named `name`. */
export async function backToCandidate(ui, name) {
  await ui.getByRole("button", { name: "Back to the candidate" }).click();
  await waitForHeading(ui, name);
}

/** Clicks the button named `name` and returns the file it downloads. */
export async function downloadFrom(ui, name) {
  const [download] = await Promise.all([
    ui.page().waitForEvent("download", { timeout: 5000 }),
    ui.getByRole("button", { name }).click(),
  ]);
  const failure = await download.failure();
  assert.equal(failure, null, `the download of "${name}" failed`);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

/** The import preview (what arrived by link or file, before Import or Ignore). */
export function offer(ui) {
  return ui.locator(".br-offer");
}

/** Picks `text` as a file on the list screen; returns the preview's text, or null when
 * the file was refused at once (then a notice says why). Nothing is imported yet. */
export async function previewFile(ui, text, name = "import.json") {
  await dismissNotices(ui);
  await ui.locator("input[type=file]").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await ui.locator(".br-offer, .br-notice").first().waitFor({ timeout: 5000 });
  return (await offer(ui).count()) > 0 ? offer(ui).textContent() : null;
}

/** Imports `text` as a picked file on the list screen (the preview's Import is
 * clicked); returns the notice it gave. */
export async function importFile(ui, text, name = "import.json") {
  if ((await previewFile(ui, text, name)) !== null) {
    await offer(ui).getByRole("button", { name: "Import", exact: true }).click();
  }
  await ui.locator(".br-notice").first().waitFor({ timeout: 5000 });
  const shown = await notices(ui);
  assert.equal(shown.length, 1, `one notice after an import: ${JSON.stringify(shown)}`);
  return shown[0];
}

/** The counts an import notice reports, in its order. */
export function importCounts(text) {
  const match = /^Imported: (\d+) new candidate\(s\), (\d+) new interview\(s\), (\d+) newer version\(s\) of interviews, (\d+) already here, (\d+) unsubmitted draft\(s\) left out/.exec(text);
  assert.ok(match, `an import report: ${text}`);
  const [, candidates, interviews, newer, unchanged, drafts] = match.map(Number);
  return { candidates, interviews, newer, unchanged, drafts };
}

/** A scorecard file (format backend-ready/scorecard) made by hand. */
export function scorecardFile({ candidates, interviews = [], roles = [] }) {
  return JSON.stringify({
    format: "backend-ready/scorecard",
    version: 1,
    candidates: candidates.map((c) => ({ id: c.id, name: c.name, role: c.role ?? "Backend engineer", level: c.level ?? "senior", notes: c.notes ?? "", archived: false })),
    roles,
    interviews: interviews.map((i) => ({
      id: i.id,
      candidate: i.candidate,
      interviewer: i.interviewer,
      stage: i.stage ?? STAGES[0].id,
      version: 1,
      status: "submitted",
      ratings: Object.fromEntries(
        COMPETENCIES.map((c, k) => {
          const score = Array.isArray(i.scores) ? i.scores[k] : i.scores;
          return [c.id, { score: SCORE_IDS[score], note: i.note ?? "" }];
        }),
      ),
      decision: i.decision ?? "yes",
      history: [],
    })),
  });
}

/**
 * The checks every test ends with: no page error, no dialog, and no request beyond the
 * host page, its event recorder and the widget's own files. Closes the page.
 */
export async function finish(env, { page, log }, hostPage = "scorecard.html") {
  const allowed = new Set([
    `${env.servers.hostOrigin}/${hostPage}`,
    `${env.servers.hostOrigin}/record-events.js`,
    ...widgetFiles("scorecard").map((file) => env.servers.cdn + file),
  ]);
  assert.deepEqual(log.requests.filter((url) => !allowed.has(url)), [], "requests beyond the widget's own files");
  assert.deepEqual(log.pageErrors, [], "page errors");
  assert.deepEqual(log.dialogs, [], "dialogs");
  await page.context().close();
}
