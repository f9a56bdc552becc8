// Accessibility of the candidate scorecard: axe-core (WCAG 2.0/2.1/2.2 A and AA rules)
// on every scorecard screen, in the light and dark themes: the list (empty, with
// candidates, with an import error, with an undo notice), the candidate page (blind, and
// with the summary), the interview form (draft, fully rated, locked), the comparison and
// the calibration. Folded parts (<details>) are opened before each check so their
// content is checked too.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations, useBrowserAndServers } from "./harness.mjs";
import {
  COMPETENCIES,
  addCandidate,
  backToCandidate,
  backToList,
  dismissNotices,
  finish,
  importFile,
  openCandidate,
  openScorecard,
  rateAndSubmit,
  scorecardFile,
  setInterviewer,
  startInterview,
  visitComparisonAndCalibration,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

/** Two candidates with Ann's submitted interviews, far apart (so flags show). */
const PREPARED = scorecardFile({
  candidates: [
    { id: "c-lamport", name: "Leslie Lamport", notes: "Referred by the platform team." },
    { id: "c-hoare", name: "Tony Hoare", role: "Platform engineer", level: "lead" },
  ],
  interviews: [
    { id: "i-ann-lamport", candidate: "c-lamport", interviewer: "Ann", scores: "Weak", decision: "no", note: "Little evidence." },
    { id: "i-ann-hoare", candidate: "c-hoare", interviewer: "Ann", scores: ["Strong", "Mixed", "Strong", "No evidence", "Exceptional", "Strong", "Mixed"], decision: "yes" },
  ],
});

for (const theme of ["light", "dark"]) {
  test(`axe finds no WCAG A/AA violation on any of 12 scorecard screens (${theme})`, async () => {
    const opened = await openScorecard(env);
    const { page, ui } = opened;
    await page.evaluate((t) => document.querySelector("#scorecard").setAttribute("theme", t), theme);
    await page.waitForFunction((t) => document.querySelector("#scorecard").shadowRoot.querySelector(`.br--${t}`), theme);
    const checked = [];
    const failures = [];
    const check = async (screen) => {
      await ui.evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((details) => (details.open = true)));
      const found = await axeViolations(page);
      if (found.length > 0) failures.push(`${screen}:\n    ${found.join("\n    ")}`);
      checked.push(screen);
    };

    await check("list, empty");
    await importFile(ui, "not json", "broken.json");
    await check("list with an import error notice");
    await dismissNotices(ui);
    await importFile(ui, PREPARED);
    await check("list with candidates and an import report");
    await dismissNotices(ui);
    await addCandidate(ui, "Barbara Liskov");
    await ui.getByRole("button", { name: "Delete Barbara Liskov", exact: true }).click();
    await check("list with an undo notice");
    await ui.locator(".br-notice").getByRole("button", { name: "Undo" }).click();

    await setInterviewer(ui, "Bob");
    await openCandidate(ui, "Leslie Lamport");
    await check("candidate page, blind");
    await startInterview(ui);
    await check("interview form, draft");
    for (const competency of COMPETENCIES) {
      await ui.getByRole("group", { name: competency.label, exact: true }).getByRole("radio", { name: "Exceptional" }).check();
    }
    await check("interview form, fully rated");
    await rateAndSubmit(ui, { scores: "Exceptional", decision: "Strong yes" });
    await check("interview, locked");
    await backToCandidate(ui, "Leslie Lamport");
    await check("candidate page with the summary and flags");

    await backToList(ui);
    await setInterviewer(ui, "Hiring manager");
    await openCandidate(ui, "Tony Hoare");
    await ui.getByRole("button", { name: /show the ratings/ }).click();
    await check("candidate page revealed to the hiring manager");

    await visitComparisonAndCalibration(ui, ["Leslie Lamport", "Tony Hoare"], check, ["comparison", "calibration"]);

    assert.deepEqual(failures, [], `axe violations (${theme}):\n  ${failures.join("\n  ")}`);
    console.log(`axe, scorecard, ${theme}: 0 violations on ${checked.length} screens: ${checked.join("; ")}`);
    await finish(env, opened);
  });
}
