// End-to-end tests of sharing interviews by link (issue 18): nothing arriving changes the
// scorecard before the user has seen a preview and chosen Import or Ignore, a handled
// link leaves the address, and nothing held is erased: a drive-by navigation, a forged
// revision, a forged history, a huge version number, an oversized link, a bulk link and
// a cut link. Each test opens its own browser context (empty storage).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { axeViolations, useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import {
  COMPETENCIES,
  STAGES,
  dismissNotices,
  downloadFrom,
  finish,
  importFile,
  notices,
  offer,
  openCandidate,
  openScorecardAs,
  savedText,
  shownText,
  waitForHeading,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

const CANDIDATE = { id: "c1", name: "Ada Lovelace", role: "Backend engineer", level: "senior", notes: "", archived: false };

function ratings(score, note = "") {
  return Object.fromEntries(COMPETENCIES.map((c) => [c.id, { score, note }]));
}

/** An interview as the files hold it; `history` lists earlier [version, decision]. */
function interview({ id = "i1", interviewer = "Ann", version = 1, score = "mixed", decision = "no", history = [], note = "" }) {
  return {
    id,
    candidate: "c1",
    interviewer,
    stage: STAGES[0].id,
    version,
    status: "submitted",
    ratings: ratings(score, note),
    decision,
    history: history.map(([v, d, s = "mixed"]) => ({ version: v, ratings: ratings(s), decision: d })),
  };
}

/** A scorecard file with Ada Lovelace and `interviews`. */
function file(interviews, candidates = [CANDIDATE]) {
  return JSON.stringify({ format: "backend-ready/scorecard", version: 1, candidates, roles: [], interviews });
}

function linkTo(text) {
  return `${env.servers.hostOrigin}/scorecard.html#br-interview=${encodeURIComponent(text)}`;
}

/** Ann's version 1, "No", as the manager holds it. */
const HELD = interview({});

/** A manager's browser holding Ann's version 1 of Ada Lovelace's interview. */
async function manager() {
  const opened = await openScorecardAs(env, "Hiring manager");
  await importFile(opened.ui, file([HELD]));
  await dismissNotices(opened.ui);
  return opened;
}

/** The manager's whole scorecard, as exported. */
async function exported(ui) {
  await waitForHeading(ui, "Candidates");
  return JSON.parse((await downloadFrom(ui, "Export everything (JSON)")).text);
}

/** Opens `link` in the page (a hash change when only the fragment differs). */
async function follow(page, link) {
  await page.goto(link);
  await waitForWidgets(page, 1);
}

async function choose(ui, name) {
  await offer(ui).getByRole("button", { name, exact: true }).click();
  await ui.locator(".br-notice").first().waitFor({ timeout: 5000 });
  assert.equal(await offer(ui).count(), 0, "the preview is gone");
  return (await notices(ui))[0];
}

describe("sharing interviews by link", () => {
  test("drive-by: a page on the host origin navigates to the widget with a link; nothing changes until Import, Ignore changes nothing and clears the address", async () => {
    const opened = await manager();
    const { page, ui } = opened;
    const before = await savedText(page);
    const revision = file([interview({ version: 2, score: "exceptional", decision: "strong-yes", history: [[1, "no"]] })]);
    const link = linkTo(revision);

    // Another page of the host origin sends this browser to the link.
    const attackerUrl = `${env.servers.hostOrigin}/attacker.html`;
    await page.route(attackerUrl, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>x</title><script>location.href = ${JSON.stringify(link)};</script>` }),
    );
    await page.goto(attackerUrl);
    await page.waitForURL(/scorecard\.html/);
    await waitForWidgets(page, 1);
    await offer(ui).waitFor();
    const preview = await offer(ui).textContent();
    assert.match(preview, /A link brought this interview\. Nothing changes until you choose Import or Ignore\./);
    assert.match(preview, /Interview by Ann with Ada Lovelace, Architecture case study, version 2: replaces version 1: No -> Strong yes/);
    assert.deepEqual(await axeViolations(page), [], "the preview passes axe-core");
    assert.equal(await savedText(page), before, "nothing stored changes before a choice");

    assert.equal(await choose(ui, "Ignore"), "Ignored. Nothing changed.");
    assert.ok(!page.url().includes("br-interview"), `the fragment is removed: ${page.url()}`);
    assert.equal(await savedText(page), before, "Ignore changes nothing");
    await page.reload();
    await waitForWidgets(page, 1);
    await waitForHeading(ui, "Candidates");
    assert.equal(await offer(ui).count(), 0, "a reload does not offer it again");

    // The same link pasted into the open tab (hashchange) asks again; Import applies it.
    await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
    await offer(ui).waitFor();
    assert.equal(await choose(ui, "Import"), "Imported the interview by Ann with Ada Lovelace (Architecture case study, version 2).");
    assert.ok(!page.url().includes("br-interview"));
    const after = await exported(ui);
    assert.deepEqual(after.interviews.map((i) => [i.version, i.decision, i.history.map((h) => [h.version, h.decision])]), [[2, "strong-yes", [[1, "no"]]]]);
    opened.log.requests = opened.log.requests.filter((url) => url !== attackerUrl);
    await finish(env, opened);
  });

  test("a forged revision, a forged history and a huge version number erase nothing held", async () => {
    const opened = await manager();
    const { page, ui } = opened;
    const before = await savedText(page);

    // Forged revision: version 5 would lock out Ann's genuine version 2.
    const ahead = interview({ version: 5, score: "exceptional", decision: "strong-yes", history: [[1, "no"], [2, "yes"], [3, "yes"], [4, "yes"]] });
    await follow(page, linkTo(file([ahead])));
    await offer(ui).waitFor();
    assert.match(await offer(ui).textContent(), /version 5: not imported: it is version 5, but the version held here is 1; a revision must follow the version held/);
    assert.match(await choose(ui, "Import"), /^The interview by Ann with Ada Lovelace was not imported: it is version 5, but the version held here is 1; .*Nothing changed\.$/);
    assert.equal(await savedText(page), before, "the forged revision changed nothing");

    // A second interview by Ann at the same stage, and version 1 with other ratings: kept
    // aside and flagged, never counted, never over the one held.
    const twin = interview({ id: "i9", score: "exceptional", decision: "strong-yes" });
    await follow(page, linkTo(file([twin])));
    await offer(ui).waitFor();
    assert.match(await offer(ui).textContent(), /conflicts with the interview held here \(this interviewer already has an interview of this candidate at this stage\)/);
    assert.match(await choose(ui, "Import"), /It was kept aside, flagged and not counted; nothing held changed\.$/);
    const changedV1 = interview({ score: "exceptional", decision: "strong-yes" });
    await follow(page, linkTo(file([changedV1])));
    await offer(ui).waitFor();
    assert.match(await choose(ui, "Import"), /conflicts with one held here \(version 1 here has other ratings\)/);
    let now = await exported(ui);
    assert.deepEqual(now.interviews, [HELD], "the held interview is untouched");
    await openCandidate(ui, "Ada Lovelace");
    assert.match(await shownText(ui), /Kept aside, not counted/);
    assert.equal(await ui.locator(".br-aside-item").count(), 2);
    // Kept with the stored document, and still apart from it, after a reload.
    await page.reload();
    await waitForWidgets(page, 1);
    await openCandidate(ui, "Ada Lovelace");
    assert.deepEqual(
      await ui.locator(".br-aside-item span").allTextContents(),
      ["Ann, Architecture case study, version 1: Strong yes", "Ann, Architecture case study, version 1: Strong yes"],
    );
    await ui.getByRole("button", { name: "Back to the candidates" }).click();

    // Huge version: a new "interview" at version 4294967295 is refused.
    const huge = interview({ id: "i2", interviewer: "Bob", version: 4294967295, decision: "strong-yes" });
    await follow(page, linkTo(file([huge])));
    await offer(ui).waitFor();
    assert.match(await offer(ui).textContent(), /not imported: version 4294967295 is not possible/);
    assert.match(await choose(ui, "Import"), /was not imported: version 4294967295 is not possible\. Nothing changed\.$/);

    // Forged history: version 2 claims version 1 was a Strong yes; the held version 1 wins.
    const forged = interview({ version: 2, score: "strong", decision: "yes", history: [[1, "strong-yes", "exceptional"]] });
    await follow(page, linkTo(file([forged])));
    await offer(ui).waitFor();
    assert.match(await offer(ui).textContent(), /version 2: replaces version 1: No -> Yes/);
    await choose(ui, "Import");
    now = await exported(ui);
    assert.equal(now.interviews.length, 1);
    assert.deepEqual(now.interviews[0].history, [{ version: 1, ratings: HELD.ratings, decision: "no" }], "the held version 1 is kept whole");
    assert.equal(now.interviews[0].decision, "yes");
    await finish(env, opened);
  });

  test("an oversized link, a bulk link and a cut link are refused in link terms and change nothing", async () => {
    const opened = await manager();
    const { page, ui } = opened;
    const before = await savedText(page);
    const cases = [
      [file([interview({ note: "é".repeat(4000) })]), "This link is too long for one interview (over 64 KB). Send a file instead. Nothing changed."],
      [
        file([HELD, interview({ id: "i2", interviewer: "Bob" })], [CANDIDATE, { ...CANDIDATE, id: "c2", name: "Grace Hopper" }]),
        "This link holds more than one interview; send files for bulk data. Nothing changed.",
      ],
    ];
    for (const [text, message] of cases) {
      await dismissNotices(ui);
      await follow(page, linkTo(text));
      await ui.locator(".br-notice").first().waitFor();
      assert.deepEqual(await notices(ui), [message]);
      assert.equal(await offer(ui).count(), 0, "no preview");
      assert.ok(!page.url().includes("br-interview"), "the refused link is removed from the address");
      assert.equal(await savedText(page), before);
    }
    const whole = linkTo(file([interview({ version: 2, decision: "yes", history: [[1, "no"]] })]));
    await dismissNotices(ui);
    await follow(page, whole.slice(0, Math.floor(whole.length * 0.7)));
    await ui.locator(".br-notice").first().waitFor();
    assert.deepEqual(await notices(ui), ["This link was cut short or damaged. Ask for the link again, or for the file. Nothing changed."]);
    assert.equal(await savedText(page), before);
    await finish(env, opened);
  });
});
