// End-to-end test of a hiring team's own questions (issue 12.5 and 12.6) in the embedded
// widget (release build, CDN on another origin): a question added for a role and stage
// shows in the interview form of a candidate of that role, marked as the team's own,
// and nowhere else; it is still there after a reload; it travels in the export, and a
// fresh browser that imports the file has it; a refused question says why; axe finds
// nothing on the editor and the interview form in the light and dark themes, in English
// and in German.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations, useBrowserAndServers, widgetFiles } from "./harness.mjs";
import {
  STAGES,
  STORE_KEY,
  addCandidate,
  backToCandidate,
  backToList,
  downloadFrom,
  finish,
  importFile,
  openCandidate,
  notices,
  offer,
  openScorecard,
  previewFile,
  rateAndSubmit,
  savedText,
  setInterviewer,
  startInterview,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

const ROLE = "Payments backend";
const QUESTION = "How would you keep card numbers out of our logs and traces?";

/** The team's own questions in the banks of the candidate page's stages: per stage,
 * their texts (the candidate page lists them there, each with Remove). */
const listed = (ui) =>
  ui.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll("li.br-stage")].map((stage) =>
      [...stage.querySelectorAll(".br-bank-own .br-bank-prompt")].map((p) => p.textContent),
    ),
  );
const ONLY_FIRST = [[QUESTION], [], [], [], []];

/** The team's own questions in the stage bank shown on the screen. */
const ownInBank = (ui) => ui.locator(".br-bank-own .br-bank-prompt").allTextContents();

/** From the candidate page: the interview form at the first stage lists QUESTION in its
 * bank, marked with `tag` as the team's own. */
async function assertOwnQuestionInForm(ui, tag) {
  await startInterview(ui, 0);
  await ui.locator(".br-bank summary").click();
  assert.deepEqual(await ownInBank(ui), [QUESTION]);
  assert.equal(await ui.locator(".br-bank-own .br-tag").textContent(), tag);
}

async function setTheme(page, theme) {
  await page.evaluate((t) => document.querySelector("#scorecard").setAttribute("theme", t), theme);
  await page.waitForFunction((t) => document.querySelector("#scorecard").shadowRoot.querySelector(`.br--${t}`), theme);
}

/** Axe on the screen with every folded part open; failures are collected. */
async function checker(page, ui) {
  const failures = [];
  const check = async (screen) => {
    await ui.evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((details) => (details.open = true)));
    const found = await axeViolations(page);
    if (found.length > 0) failures.push(`${screen}:\n    ${found.join("\n    ")}`);
  };
  return { failures, check };
}

/** Adds the team's question with the keyboard: stage, text, competencies, Add. */
async function addQuestion(ui, { stage, text, probes }) {
  await ui.getByLabel("Stage", { exact: true }).selectOption({ label: stage });
  await ui.getByLabel("Question", { exact: true }).fill(text);
  for (const probe of probes) {
    const box = ui.getByRole("checkbox", { name: probe, exact: true });
    await box.focus();
    await box.press("Space");
    assert.ok(await box.isChecked(), probe);
  }
  await ui.getByRole("button", { name: "Add the question" }).press("Enter");
}

for (const theme of ["light", "dark"]) {
  test(`a team's question for a role and stage shows in that role's interview form, survives a reload and travels in the export; axe is clean (${theme})`, async () => {
    const opened = await openScorecard(env);
    const { page, ui } = opened;
    await setTheme(page, theme);
    const { failures, check } = await checker(page, ui);
    await setInterviewer(ui, "Ann");
    await addCandidate(ui, "Ada Lovelace", ROLE);
    await addCandidate(ui, "Grace Other", "Data engineer");
    await openCandidate(ui, "Ada Lovelace");

    await ui.getByRole("heading", { name: `Your team's own questions for ${ROLE}` }).waitFor();
    await ui.getByText("Your team has not added questions for this role yet.").waitFor();
    // Refused: no competency picked. The form keeps what was typed and says why.
    await addQuestion(ui, { stage: STAGES[0].label, text: QUESTION, probes: [] });
    await ui.getByRole("alert").filter({ hasText: "Pick at least one competency the question gives evidence on." }).waitFor();
    assert.equal(await ui.getByLabel("Question", { exact: true }).inputValue(), QUESTION);
    await check("editor with a refusal");

    await ui.getByLabel("Question", { exact: true }).fill("");
    await addQuestion(ui, { stage: STAGES[0].label, text: `  ${QUESTION} `, probes: ["Security-first engineering", "System design and scalability thinking"] });
    await ui.getByText("Questions your team added for this role: 1").waitFor();
    assert.deepEqual(await listed(ui), ONLY_FIRST, "trimmed, at its stage");
    assert.match(
      await ui.locator(".br-bank-own .br-hint").textContent(),
      /System design and scalability thinking; Security-first engineering/,
      "the probes in the guide's order",
    );
    assert.equal(await ui.getByLabel("Question", { exact: true }).inputValue(), "", "the form is empty again");
    assert.equal(
      await ui.evaluate((el) => el.shadowRoot.activeElement?.id),
      "br-question-text",
      "focus is back in the question field",
    );
    // The same question again at the same stage is refused.
    await addQuestion(ui, { stage: STAGES[0].label, text: QUESTION, probes: ["Database depth"] });
    await ui.getByRole("alert").filter({ hasText: "This stage already has this question." }).waitFor();
    // The stage's bank on the candidate page lists it after the guide's four.
    const firstStage = ui.locator("li.br-stage").first();
    assert.match(await firstStage.locator(".br-bank summary").textContent(), /\(5\)/);
    await check("candidate page with the editor");

    // The interview form of Ada (this role) shows it, marked as the team's own.
    await assertOwnQuestionInForm(ui, "Your team's question");
    await check("interview form with the team's question");
    // Submitted, its link (a one-interview file) carries the role without the team's
    // questions, so links stay short; the exports below carry them.
    await rateAndSubmit(ui, { scores: "Strong", decision: "Yes" });
    const link = await ui.getByLabel("Link to this interview").inputValue();
    const sent = JSON.parse(decodeURIComponent(link.split("#br-interview=")[1]));
    assert.equal(sent.roles[0].name, ROLE);
    assert.equal(sent.roles[0].questions, undefined);
    // Another stage and another role's candidate do not show it.
    await backToCandidate(ui, "Ada Lovelace");
    await startInterview(ui, 1);
    assert.deepEqual(await ownInBank(ui), []);
    await backToList(ui);
    await openCandidate(ui, "Grace Other");
    await startInterview(ui, 0);
    assert.deepEqual(await ownInBank(ui), []);
    await backToList(ui);

    // Kept after a reload, in the stored document (version 3, or 5 here: the interview
    // submitted above is signed, issue 18 item 4).
    const stored = JSON.parse(await savedText(page));
    assert.equal(stored.version, 5);
    const role = stored.roles.find((r) => r[0] === ROLE);
    assert.deepEqual(role.slice(3), [false, [[STAGES[0].id, QUESTION, ["system-design", "security"]]]]);
    await page.reload();
    await page.waitForFunction(() => document.querySelector("#scorecard").shadowRoot?.querySelector(".br-candidate"));
    await openCandidate(ui, "Ada Lovelace");
    assert.deepEqual(await listed(ui), ONLY_FIRST);

    // Exported, then imported in a fresh browser context: the question comes along.
    await backToList(ui);
    const file = await downloadFrom(ui, "Export everything (JSON)");
    const exported = JSON.parse(file.text);
    assert.deepEqual(exported.roles.find((r) => r.name === ROLE).questions, [
      { stage: STAGES[0].id, text: QUESTION, probes: ["system-design", "security"] },
    ]);
    await finish(env, opened);

    const fresh = await openScorecard(env);
    assert.equal(await fresh.page.evaluate((key) => localStorage.getItem(key), STORE_KEY), null, "a fresh context");
    await setTheme(fresh.page, theme);
    await setInterviewer(fresh.ui, "Bob");
    // The preview says what the file adds; Import adds it.
    assert.match(await previewFile(fresh.ui, file.text), /Your team's own questions it adds: 1/);
    await offer(fresh.ui).getByRole("button", { name: "Import", exact: true }).click();
    await fresh.ui.locator(".br-notice").first().waitFor();
    const [notice] = await notices(fresh.ui);
    assert.match(notice, /Your team's questions added: 1\./);
    await openCandidate(fresh.ui, "Ada Lovelace");
    assert.deepEqual(await listed(fresh.ui), ONLY_FIRST);
    await startInterview(fresh.ui, 0);
    assert.deepEqual(await ownInBank(fresh.ui), [QUESTION]);
    // Importing the same file again adds nothing twice.
    await backToList(fresh.ui);
    const again = await importFile(fresh.ui, file.text);
    assert.doesNotMatch(again, /questions added/);
    await openCandidate(fresh.ui, "Ada Lovelace");
    assert.deepEqual(await listed(fresh.ui), ONLY_FIRST);

    // Removed with its button in the stage's bank; the editor's heading takes focus.
    await fresh.ui.locator("li.br-stage").first().locator(".br-bank summary").press("Enter");
    await fresh.ui.getByRole("button", { name: "Remove" }).press("Enter");
    await fresh.ui.getByText("Your team has not added questions for this role yet.").waitFor();
    assert.equal(await fresh.ui.evaluate((el) => el.shadowRoot.activeElement?.id), "br-questions-heading");
    await finish(env, fresh);
    assert.deepEqual(failures, [], failures.join("\n"));
  });
}

/** A stored document (version 3) with Ada, applying for ROLE, whose bank holds the
 * team's question at the architecture case study; the viewer is Ann. */
const SEEDED = JSON.stringify({
  format: "backend-ready/scorecard-store",
  version: 3,
  me: "Ann",
  roles: [[ROLE, "senior", [20, 15, 15, 15, 15, 10, 10], false, [[STAGES[0].id, QUESTION, ["system-design", "security"]]]]],
  candidates: [["c1", "Ada Lovelace", ROLE, "senior", "", false]],
  interviews: [],
});

for (const theme of ["light", "dark"]) {
  test(`in German, the editor and the interview form show the team's question and axe is clean (${theme})`, async () => {
    const opened = await openScorecard(env);
    const { page, ui, log } = opened;
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORE_KEY, SEEDED]);
    await page.evaluate((t) => {
      const widget = document.querySelector("#scorecard");
      widget.setAttribute("theme", t);
      widget.setAttribute("locale", "de");
    }, theme);
    await page.waitForFunction(
      (t) => document.querySelector("#scorecard").shadowRoot.querySelector(`.br--${t}[lang=de] .br-candidate`),
      theme,
    );
    const { failures, check } = await checker(page, ui);
    await openCandidate(ui, "Ada Lovelace");
    await ui.getByRole("heading", { name: `Eigene Fragen Ihres Teams für ${ROLE}` }).waitFor();
    await ui.getByText("Eigene Fragen Ihres Teams für diese Rolle: 1").waitFor();
    assert.deepEqual(await listed(ui), ONLY_FIRST);
    // A refusal, said in German.
    await ui.getByRole("button", { name: "Frage hinzufügen" }).press("Enter");
    await ui.getByRole("alert").filter({ hasText: "Schreiben Sie zuerst die Frage." }).waitFor();
    await check("German candidate page with the editor");
    await assertOwnQuestionInForm(ui, "Frage Ihres Teams");
    await check("German interview form");
    const allowed = new Set([
      `${env.servers.hostOrigin}/scorecard.html`,
      `${env.servers.hostOrigin}/record-events.js`,
      ...widgetFiles("scorecard", "scorecard-de").map((file) => env.servers.cdn + file),
    ]);
    assert.deepEqual(log.requests.filter((url) => !allowed.has(url)), [], "requests beyond the widget's own files");
    assert.deepEqual(log.pageErrors, [], "page errors");
    await page.context().close();
    assert.deepEqual(failures, [], failures.join("\n"));
  });
}
