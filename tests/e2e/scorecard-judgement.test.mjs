// End-to-end tests of the scorecard's judgement (issue 12) in the embedded widget
// (release build, CDN on another origin): a candidate with two "Strong yes"
// recommendations beside a system-design mean of 1.50 shows the system-design guard
// with the interviews that raised it; an interview plan whose planned stage is still
// pending shows "not done yet", and the list shows the plan's progress; the comparison
// shows coverage and leaves an incomplete candidate unranked; axe finds nothing on these
// screens in the light and dark themes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations, useBrowserAndServers } from "./harness.mjs";
import {
  STAGES,
  backToList,
  compareCandidates,
  finish,
  importFile,
  openCandidate,
  openScorecard,
  savedText,
  scorecardFile,
  setInterviewer,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

const STRONG = "Strong";
/** Ada: Ann (architecture) rates system design Weak, Bob (database) Mixed, both "Strong
 * yes": mean (1 + 2) ÷ 2 = 1.50. Ona: one interview, system design only. */
const ROUND = scorecardFile({
  candidates: [
    { id: "c-ada", name: "Ada Lovelace" },
    { id: "c-ona", name: "Ona Once" },
  ],
  interviews: [
    { id: "i-ann", candidate: "c-ada", interviewer: "Ann", stage: STAGES[0].id, scores: ["Weak", STRONG, STRONG, STRONG, STRONG, STRONG, STRONG], decision: "strong-yes" },
    { id: "i-bob", candidate: "c-ada", interviewer: "Bob", stage: STAGES[1].id, scores: ["Mixed", STRONG, STRONG, STRONG, STRONG, STRONG, STRONG], decision: "strong-yes" },
    { id: "i-cy", candidate: "c-ona", interviewer: "Cy", scores: ["Exceptional", "No evidence", "No evidence", "No evidence", "No evidence", "No evidence", "No evidence"], decision: "no-decision" },
  ],
});

/** The guards shown on the candidate page: [id, text]. */
const guards = (ui) =>
  ui.evaluate((el) => [...el.shadowRoot.querySelectorAll("[data-guard]")].map((li) => [li.dataset.guard, li.textContent]));

async function openAsHiringManager(ui, name) {
  await setInterviewer(ui, "Hiring manager");
  await openCandidate(ui, name);
  await ui.getByRole("button", { name: /show the ratings/ }).click();
}

for (const theme of ["light", "dark"]) {
  test(`two strong yes beside a system-design mean of 1.50 raise the guard; a pending planned stage is not done yet (${theme})`, async () => {
    const opened = await openScorecard(env);
    const { page, ui } = opened;
    await page.evaluate((t) => document.querySelector("#scorecard").setAttribute("theme", t), theme);
    await page.waitForFunction((t) => document.querySelector("#scorecard").shadowRoot.querySelector(`.br--${t}`), theme);
    const failures = [];
    const check = async (screen) => {
      await ui.evaluate((el) => el.shadowRoot.querySelectorAll("details").forEach((details) => (details.open = true)));
      const found = await axeViolations(page);
      if (found.length > 0) failures.push(`${screen}:\n    ${found.join("\n    ")}`);
    };

    await importFile(ui, ROUND);
    await openAsHiringManager(ui, "Ada Lovelace");

    const shown = await guards(ui);
    assert.deepEqual(shown.map(([id]) => id), ["system-design"], JSON.stringify(shown));
    const guard = shown[0][1];
    assert.match(guard, /A yes while system design is weak or unassessed/);
    assert.match(guard, /Ann \(Architecture case study\): Strong yes; Bob \(Database modelling challenge\): Strong yes/);
    assert.match(guard, /Ann \(Architecture case study\): 1 \(Weak\); Bob \(Database modelling challenge\): 2 \(Mixed\)/);
    assert.match(guard, /Mean 1\.50, below the bar of 2\.50\./);
    // Everything else rated by two interviewers over the whole weight: complete.
    await ui.getByText("Rests on 100% of the role's weight (100 of 100); submitted interviews: 2.").waitFor();
    await check("candidate page with a guard");

    // Plan architecture (Ann), database (Bob) and the portfolio walkthrough (Cy).
    await ui.getByRole("checkbox", { name: `Plan: ${STAGES[0].label}` }).check();
    await ui.getByRole("checkbox", { name: `Plan: ${STAGES[1].label}` }).check();
    await ui.getByRole("checkbox", { name: "Plan: Past-decision and portfolio walkthrough" }).check();
    await ui.getByLabel("Interviewer for Past-decision and portfolio walkthrough (optional)").fill("Cy");
    await ui.getByRole("button", { name: "Save plan" }).click();
    await ui.getByText("The interview plan is saved.").first().waitFor();
    const status = await ui.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll(".br-plan-status")].map((p) => [p.dataset.stage, p.textContent]),
    );
    assert.deepEqual(status, [
      [STAGES[0].id, "Planned · submitted"],
      [STAGES[1].id, "Planned · submitted"],
      ["portfolio-walkthrough", "Planned with Cy · not done yet"],
    ]);
    await ui.getByText("2 of 3 planned interviews submitted").first().waitFor();
    // The plan is stored (version 2), and the "show the ratings" choice after it (version 3).
    assert.match(await savedText(page), /"version":3,.*\["portfolio-walkthrough","Cy"\]\],true\]/);
    await check("candidate page with an interview plan");

    await backToList(ui);
    const row = ui.locator("li.br-candidate", { hasText: "Ada Lovelace" });
    await row.getByText("2 of 3 planned interviews submitted").waitFor();

    await compareCandidates(ui, ["Ada Lovelace", "Ona Once"]);
    const rows = await ui.evaluate((el) =>
      ["br-compare-coverage", "br-compare-rank"].map((name) =>
        [...el.shadowRoot.querySelectorAll(`tr.${name} td`)].map((td) => td.textContent),
      ),
    );
    assert.deepEqual(rows, [
      ["100% of the weight; interviews: 2", "20% of the weight; interviews: 1"],
      ["1", "Incomplete, not ranked"],
    ]);
    await check("comparison with coverage and ranks");

    assert.deepEqual(failures, [], `axe violations (${theme}):\n  ${failures.join("\n  ")}`);
    await finish(env, opened);
  });
}

test("the interview form shows the bar for the candidate's level (junior), and axe finds nothing there", async () => {
  const opened = await openScorecard(env);
  const { page, ui } = opened;
  await ui.getByLabel("Name", { exact: true }).fill("Ida Junior");
  await ui.getByLabel("Level").selectOption("junior");
  await ui.getByRole("button", { name: "Add candidate" }).click();
  await setInterviewer(ui, "Ann");
  await openCandidate(ui, "Ida Junior");
  await ui.locator("li.br-stage").first().getByRole("button").click();
  await page.waitForFunction(() => document.querySelector("#scorecard").shadowRoot.querySelector("h2")?.textContent.startsWith("Interview: "));
  const bars = await ui.evaluate((el) => [...el.shadowRoot.querySelectorAll(".br-level-bar")].map((p) => p.textContent));
  assert.equal(bars.length, 7);
  assert.equal(bars[3], "The bar (“Strong”) for Junior: can say how their code reaches production and reads logs and metrics to find a problem.");
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `axe on the interview form:\n  ${found.join("\n  ")}`);
  await backToList(ui);
  await finish(env, opened);
});
