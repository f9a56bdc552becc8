// End-to-end test of a hiring team's workflow (issue 18, item 5): a hiring manager and
// two interviewers, each in their own browser context, run the whole round by link and
// by file. The manager prepares the interviewers with the candidate alone (a link to
// Ann, a file to Bob); Ann opens the candidate before giving a name and gives it there;
// Bob, with a draft open, cannot open Ann's interview until he submits his own; the
// manager imports both interviews, chooses to see the ratings (remembered after a
// reload) and opens each interview read-only, evidence notes and earlier versions
// included. axe-core checks the new screens in both themes, and in German.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { axeViolations, openPage, useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import {
  COMPETENCIES,
  STAGES,
  STORE_KEY,
  addCandidate,
  backToCandidate,
  backToList,
  downloadFrom,
  finish,
  heading,
  importFile,
  notices,
  offer,
  openCandidate,
  openScorecard,
  openScorecardAs,
  rateAndSubmit,
  savedText,
  shownText,
  startInterview,
  waitForHeading,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

const ANN_V1 = "First pass: sharding left unclear";
const ANN_V2 = "Sharded orders by tenant, with a reason";
const BOB_NOTE = "Normalised, but no indexes until asked";

/** Opens `link` in the page (a hash change when only the fragment differs). */
async function follow(page, link) {
  await page.goto(link);
  await waitForWidgets(page, 1);
}

/** Chooses Import on the preview; returns the notice it gave. */
async function accept(ui) {
  await offer(ui).getByRole("button", { name: "Import", exact: true }).click();
  await ui.locator(".br-notice").first().waitFor({ timeout: 5000 });
  assert.equal(await offer(ui).count(), 0, "the preview is gone");
  return (await notices(ui))[0];
}

/** The interview items of the candidate page, each as [text, has an Open button]. */
function interviewItems(ui) {
  return ui.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll(".br-interview-item")].map((item) => [item.textContent, item.querySelector("button") !== null]),
  );
}

/** The Open button of `who`'s interview on the candidate page. */
function openButtonOf(ui, who) {
  return ui.locator(".br-interview-item", { hasText: who }).getByRole("button");
}

/** axe on the screen shown, every <details> opened, in the light and the dark theme;
 * returns what it found, each prefixed with the theme and `screen`. */
async function axeInBothThemes(page, ui, screen) {
  await ui.evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((details) => (details.open = true)));
  const found = [];
  for (const theme of ["dark", "light"]) {
    await page.evaluate((t) => document.querySelector("#scorecard").setAttribute("theme", t), theme);
    await page.waitForFunction((t) => document.querySelector("#scorecard").shadowRoot.querySelector(`.br--${t}`), theme);
    for (const violation of await axeViolations(page)) found.push(`${theme}, ${screen}: ${violation}`);
  }
  return found;
}

describe("a hiring team's workflow", () => {
  test("a manager and two interviewers run the whole round, by link and by file", async () => {
    const failures = [];

    // The hiring manager adds the candidate and prepares the interviewers.
    const m = await openScorecardAs(env, "Morgan");
    await addCandidate(m.ui, "Ada Lovelace", "Backend engineer");
    await openCandidate(m.ui, "Ada Lovelace");
    const prepare = m.ui.locator(".br-prepare");
    assert.match(await prepare.textContent(), /Prepare the interviewers/);
    const forBob = await downloadFrom(m.ui, "Download the candidate for interviewers");
    assert.equal(forBob.name, "backend-ready-candidate-for-interviewers-ada-lovelace.json");
    const brief = JSON.parse(forBob.text);
    assert.deepEqual([brief.candidates.map((c) => c.name), brief.interviews.length], [["Ada Lovelace"], 0]);
    await prepare.getByText("Or send a link instead of the file").click();
    const forAnn = await m.ui.getByLabel("Link to this candidate").inputValue();
    assert.ok(forAnn.startsWith(`${env.servers.hostOrigin}/scorecard.html#br-interview=`), forAnn);
    failures.push(...(await axeInBothThemes(m.page, m.ui, "candidate page with 'Prepare the interviewers'")));

    // Ann opens the link: the candidate is previewed, then imported on Import.
    const a = await openScorecard(env);
    await follow(a.page, forAnn);
    await offer(a.ui).waitFor();
    const preview = await offer(a.ui).textContent();
    assert.match(preview, /Import this candidate\?/);
    assert.match(preview, /A link brought this candidate\. Nothing changes until you choose Import or Ignore\./);
    assert.match(preview, /Adds the candidate Ada Lovelace \(Backend engineer\)\./);
    assert.equal(await savedText(a.page), null, "nothing stored before Import");
    assert.equal(await accept(a.ui), "Imported the candidate Ada Lovelace.");
    assert.ok(!a.page.url().includes("br-interview"), a.page.url());

    // She opens the candidate before giving a name: it is asked there, not on the list.
    await openCandidate(a.ui, "Ada Lovelace");
    assert.equal(await a.ui.locator("li.br-stage button").count(), 0, "no stage to start without a name");
    assert.match(await shownText(a.ui), /Enter your name as interviewer first\./);
    failures.push(...(await axeInBothThemes(a.page, a.ui, "candidate page asking for the name")));
    const nameField = a.ui.getByLabel("Your name, as interviewer");
    await nameField.fill("Ann");
    await nameField.press("Tab");
    await a.page.waitForFunction(() => document.querySelector("#scorecard").shadowRoot.activeElement?.closest(".br-stage-list") != null);
    assert.equal(await heading(a.ui), "Ada Lovelace", "still on the candidate page");
    await startInterview(a.ui, 0);
    await rateAndSubmit(a.ui, { scores: "Strong", decision: "Yes", notes: [ANN_V1] });
    await a.ui.getByRole("button", { name: "Revise (creates version 2, history kept)" }).click();
    await rateAndSubmit(a.ui, { scores: "Exceptional", decision: "Strong yes", notes: [ANN_V2] });
    await a.ui.getByText("Or send a link instead of a file").click();
    const annLink = await a.ui.getByLabel("Link to this interview").inputValue();

    // Bob gets the file, starts a draft at another stage, and then sees Ann's link.
    const b = await openScorecardAs(env, "Bob");
    assert.equal(await importFile(b.ui, forBob.text, forBob.name), "Imported the candidate Ada Lovelace.");
    await openCandidate(b.ui, "Ada Lovelace");
    await startInterview(b.ui, 1);
    await b.ui.getByRole("group", { name: COMPETENCIES[0].label, exact: true }).getByRole("radio", { name: "Mixed" }).check();
    await backToCandidate(b.ui, "Ada Lovelace");
    await follow(b.page, annLink);
    await offer(b.ui).waitFor();
    assert.match(await accept(b.ui), /^Imported the interview by Ann with Ada Lovelace/);
    // The blind rule holds for an interviewer with an open draft: no way into Ann's.
    const blind = await interviewItems(b.ui);
    const annBlind = blind.find(([text]) => text.startsWith("Ann"));
    assert.ok(annBlind, JSON.stringify(blind));
    assert.match(annBlind[0], /Ratings hidden until you submit your own interview of this candidate\./);
    assert.equal(annBlind[1], false, "no Open button on Ann's interview while Bob's draft is open");
    assert.doesNotMatch(await shownText(b.ui), new RegExp(ANN_V2));
    // Once Bob has submitted, he may open Ann's interview read-only.
    await startInterview(b.ui, 1);
    await rateAndSubmit(b.ui, { scores: "Mixed", decision: "No", notes: [BOB_NOTE] });
    const bobFile = await downloadFrom(b.ui, "Download this interview to send to the hiring manager");
    await backToCandidate(b.ui, "Ada Lovelace");
    await openButtonOf(b.ui, "Ann").click();
    await waitForHeading(b.ui, "Interview: Ada Lovelace");
    assert.match(await shownText(b.ui), new RegExp(ANN_V2));

    // The manager imports Ann's link and Bob's file.
    await follow(m.page, annLink);
    await offer(m.ui).waitFor();
    assert.match(await offer(m.ui).textContent(), new RegExp(`Interview by Ann with Ada Lovelace, ${STAGES[0].label}, version 2: new, recommendation Strong yes`));
    assert.equal(await accept(m.ui), `Imported the interview by Ann with Ada Lovelace (${STAGES[0].label}, version 2).`);
    await backToList(m.ui);
    assert.equal(await importFile(m.ui, bobFile.text, bobFile.name), `Imported the interview by Bob with Ada Lovelace (${STAGES[1].label}, version 1).`);

    // Hidden until the manager chooses to see them; the choice survives a reload.
    await openCandidate(m.ui, "Ada Lovelace");
    assert.deepEqual((await interviewItems(m.ui)).map(([, open]) => open), [false, false]);
    await m.ui.getByRole("button", { name: /show the ratings/ }).click();
    assert.deepEqual((await interviewItems(m.ui)).map(([, open]) => open), [true, true]);
    const stored = await savedText(m.page);
    assert.match(stored, /"version":5,/, "version 3's reveal item, in a store of signed interviews (version 5)");
    assert.match(stored, /"Ada Lovelace","Backend engineer","senior","",false,\[\],true\]/);
    await m.page.reload();
    await waitForWidgets(m.page, 1);
    await waitForHeading(m.ui, "Candidates");
    await openCandidate(m.ui, "Ada Lovelace");
    assert.deepEqual((await interviewItems(m.ui)).map(([, open]) => open), [true, true], "remembered after a reload");
    assert.match(await m.ui.locator(".br-summary").textContent(), /Submitted interviews: 2/);
    failures.push(...(await axeInBothThemes(m.page, m.ui, "candidate page, ratings shown, interviews to open")));

    // Ann's interview read-only: its evidence notes, and version 1 with its own.
    await openButtonOf(m.ui, "Ann").click();
    await waitForHeading(m.ui, "Interview: Ada Lovelace");
    const annView = await shownText(m.ui);
    assert.match(annView, new RegExp(`${STAGES[0].label} by Ann, version 2 · Submitted`));
    assert.match(annView, /Another interviewer's interview, shown read-only\./);
    assert.match(annView, new RegExp(ANN_V2));
    assert.equal(await m.ui.getByRole("radio").count(), 0, "nothing to edit");
    assert.equal(await m.ui.getByRole("button", { name: /Revise/ }).count(), 0);
    await m.ui.getByText("Earlier versions").click();
    await m.ui.getByText("Version 1: Yes").click();
    assert.match(await m.ui.locator(".br-history").textContent(), new RegExp(ANN_V1));
    failures.push(...(await axeInBothThemes(m.page, m.ui, "another interviewer's interview, read-only, with history")));
    await backToCandidate(m.ui, "Ada Lovelace");
    await openButtonOf(m.ui, "Bob").click();
    await waitForHeading(m.ui, "Interview: Ada Lovelace");
    assert.match(await shownText(m.ui), new RegExp(BOB_NOTE));

    assert.deepEqual(failures, [], `axe violations:\n  ${failures.join("\n  ")}`);
    for (const opened of [a, b, m]) await finish(env, opened);
  });

  test("the new screens in German pass axe in both themes", async () => {
    const { page, log } = await openPage(env.browser, `${env.servers.hostOrigin}/scorecard.html`);
    await waitForWidgets(page, 1);
    // A manager's store: Ann's version 2 (version 1 in its history), the ratings shown,
    // and no name given yet.
    const store = JSON.stringify({
      format: "backend-ready/scorecard-store",
      version: 3,
      me: "",
      roles: [],
      candidates: [["c1", "Ada Lovelace", "Backend engineer", "senior", "", false, [], true]],
      interviews: [["i1", "c1", "Ann", STAGES[0].id, 2, "s", "4444444", [ANN_V2], "strong-yes", [[1, "3333333", [ANN_V1], "yes"]]]],
    });
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORE_KEY, store]);
    await page.evaluate(() => document.querySelector("#scorecard").setAttribute("locale", "de"));
    const ui = page.locator("#scorecard");
    await waitForHeading(ui, "Kandidat/innen");
    await ui.locator(".br-candidate .br-link").click();
    await waitForHeading(ui, "Ada Lovelace");
    assert.match(await shownText(ui), /Interviewer vorbereiten/);
    assert.match(await shownText(ui), /Ihr Name als Interviewer\/in/);
    const failures = await axeInBothThemes(page, ui, "Kandidatenseite");
    await ui.locator(".br-interview-item button").click();
    await waitForHeading(ui, "Interview: Ada Lovelace");
    assert.match(await shownText(ui), new RegExp(ANN_V1));
    failures.push(...(await axeInBothThemes(page, ui, "Interview nur zum Lesen")));
    assert.deepEqual(failures, [], `axe violations:\n  ${failures.join("\n  ")}`);
    assert.deepEqual(log.pageErrors, []);
    await page.context().close();
  });
});
