// End-to-end tests of issue 17: a quiz finished with data-heavy answers becomes, in one
// click and one review, a scorecard role whose top weight is database depth and whose
// plan starts with the database modelling stage: under the same storage key on one
// origin, and through a `#br-role=` link in a fresh browser context. Declining leaves no
// trace; axe finds nothing on the new screens.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { axeViolations, openPage, useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import { finishQuiz } from "./quiz-helpers.mjs";
import { addCandidate } from "./scorecard-helpers.mjs";
import { savesRun } from "./shared-fixtures.mjs";

const env = useBrowserAndServers();

const events = (page, type) =>
  page.evaluate((t) => window.widgetEvents.filter((e) => e.type === `backend-ready:${t}`).map((e) => e.detail), type);

/** One click on the result: "Use this for a hiring role"; returns the link shown. */
async function useForRole(page, quiz) {
  await quiz.getByRole("button", { name: "Use this for a hiring role" }).click();
  const link = await quiz.getByLabel(/Link to the draft role/).inputValue();
  const [drafted] = await events(page, "role-drafted");
  assert.deepEqual(drafted, { skills: drafted.skills, seniority: "seniority.lead-first", model: drafted.model });
  assert.equal(drafted.skills[0], "skill.data");
  return link;
}

/** The review on a scorecard page (`#scorecard`). */
async function review(page) {
  await waitForWidgets(page, 1);
  const scorecard = page.locator("#scorecard");
  const offer = scorecard.locator(".br-role-offer");
  await offer.waitFor();
  return { scorecard, offer };
}

/** The weights the review lists, highest first, as [competency id, weight]. */
function listedWeights(offer) {
  return offer.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => [row.dataset.competency, Number(row.querySelector("td").textContent)]),
  );
}

function stored(page, key) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** Checks the accepted role in the stored scorecard under `key`. */
async function assertRole(page, key, name) {
  await page.waitForFunction((k) => (localStorage.getItem(k) || "").includes("database-modelling"), key);
  const doc = JSON.parse(await stored(page, key));
  const role = doc.roles.find((r) => r[0] === name);
  assert.ok(role, `role ${name} stored: ${JSON.stringify(doc.roles)}`);
  const weights = role[2];
  const database = weights[1];
  assert.equal(Math.max(...weights), database, `database depth is the top weight: ${weights}`);
  assert.equal(weights.filter((w) => w === database).length, 1);
  // [name, level, weights, sensitive, team questions, plan] (store version 4).
  assert.deepEqual(role[4], [], "no team questions yet");
  assert.equal(role[5][0], "database-modelling", "the plan starts with the database stage");
  assert.equal(doc.version, 4);
}

describe("a role drafted from the quiz", () => {
  test("same storage key, one origin: one click, one review, and the role is there", async () => {
    const { page, log } = await openPage(env.browser, `${env.servers.hostOrigin}/role-quiz.html`);
    await waitForWidgets(page, 1);
    const quiz = await finishQuiz(page);
    await useForRole(page, quiz);
    assert.match(await stored(page, "e2e-role:role-draft"), /^v1;skills:data/);
    assert.deepEqual(await axeViolations(page), [], "the quiz result with the role panel");

    await page.goto(`${env.servers.hostOrigin}/role-scorecard.html`);
    const { scorecard, offer } = await review(page);
    const weights = await listedWeights(offer);
    assert.equal(weights[0][0], "database", `database depth listed first: ${JSON.stringify(weights)}`);
    assert.match(await offer.locator("tbody tr").first().textContent(), /wrong or out-of-sync data/);
    assert.equal(await offer.locator(".br-role-plan li").first().getAttribute("data-stage"), "database-modelling");
    assert.equal(await stored(page, "e2e-role:scorecard"), null, "nothing stored before Accept");
    assert.deepEqual(await axeViolations(page), [], "the review");
    await scorecard.evaluate((el) => el.setAttribute("theme", "dark"));
    await offer.waitFor();
    assert.deepEqual(await axeViolations(page), [], "the review, dark");

    await offer.getByRole("button", { name: "Accept" }).click();
    await assertRole(page, "e2e-role:scorecard", "Backend engineer (Senior)");
    assert.equal(await stored(page, "e2e-role:role-draft"), null, "the draft is used up");
    const [accepted] = await events(page, "role-accepted");
    assert.deepEqual(Object.keys(accepted).sort(), ["level", "model", "skills"]);
    assert.equal(accepted.level, "senior");
    assert.equal(accepted.skills[0], "skill.data");
    assert.equal(await offer.count(), 0);

    // A candidate added for the role starts with its plan.
    await addCandidate(scorecard, "Ada Lovelace", "Backend engineer (Senior)");
    await page.waitForFunction(() => (localStorage.getItem("e2e-role:scorecard") || "").includes("Ada Lovelace"));
    const ada = JSON.parse(await stored(page, "e2e-role:scorecard")).candidates[0];
    assert.deepEqual(ada[6][0], ["database-modelling", ""]);
    await page.reload();
    await waitForWidgets(page, 1);
    assert.equal(await scorecard.locator(".br-role-offer").count(), 0, "no review after a reload");
    assert.deepEqual(log.pageErrors, []);
  });

  test("through a #br-role link in a fresh browser context", async () => {
    const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/quiz.html`);
    await waitForWidgets(page, 1);
    const link = await useForRole(page, await finishQuiz(page));
    const fragment = link.slice(link.indexOf("#"));
    assert.match(fragment, /^#br-role=v1;skills:data/);

    const context = await env.browser.newContext();
    try {
      const fresh = await context.newPage();
      await fresh.addInitScript(() => {
        window.widgetEvents = [];
      });
      await fresh.goto(`${env.servers.hostOrigin}/scorecard.html${fragment}`);
      const { offer } = await review(fresh);
      assert.match(await offer.textContent(), /A link brought this role/);
      assert.equal((await listedWeights(offer))[0][0], "database");
      await offer.getByRole("button", { name: "Accept" }).click();
      await assertRole(fresh, "e2e-scorecard:scorecard", "Backend engineer (Senior)");
      assert.equal(await fresh.evaluate(() => location.hash), "", "the link left the address");
    } finally {
      await context.close();
    }
  });

  test("declining leaves no trace, by key or by link", async () => {
    const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/role-quiz.html`);
    await waitForWidgets(page, 1);
    const link = await useForRole(page, await finishQuiz(page));
    await page.goto(`${env.servers.hostOrigin}/role-scorecard.html`);
    let { offer } = await review(page);
    await offer.getByRole("button", { name: "Decline" }).click();
    await page.waitForFunction(() => localStorage.getItem("e2e-role:role-draft") === null);
    await page.evaluate(savesRun);
    const doc = JSON.parse((await stored(page, "e2e-role:scorecard")) ?? '{"roles":[]}');
    assert.deepEqual(doc.roles, []);
    assert.deepEqual(await events(page, "role-accepted"), []);

    await page.goto(`${env.servers.hostOrigin}/role-scorecard.html${link.slice(link.indexOf("#"))}`);
    ({ offer } = await review(page));
    await offer.getByRole("button", { name: "Decline" }).click();
    await page.waitForFunction(() => location.hash === "");
    await page.reload();
    await waitForWidgets(page, 1);
    await page.locator("#scorecard h2").waitFor(); // the first screen, with any offer, is drawn
    await page.evaluate(savesRun);
    assert.equal(await page.locator("#scorecard .br-role-offer").count(), 0);
    const after = JSON.parse((await stored(page, "e2e-role:scorecard")) ?? '{"roles":[]}');
    assert.deepEqual(after.roles, []);
  });

  test("German, light and dark: the result's role panel and the review pass axe", async () => {
    const answers = "v1;stage:mvp;growth:data;symptoms:bad-data;data-model:tangled;leadership:nobody;seniority:juniors";
    const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/role-de.html#br-quiz=${answers}`);
    await waitForWidgets(page, 2);
    const quiz = page.locator("#quiz");
    await quiz.locator(".br-result").waitFor();
    await quiz.getByRole("button", { name: "Als Stelle in die Scorecard übernehmen" }).click();
    await quiz.getByLabel(/Link zum Entwurf der Stelle/).waitFor();
    assert.match(await stored(page, "e2e-role-de:role-draft"), /^v1;skills:data/);
    await page.goto(`${env.servers.hostOrigin}/role-de.html`);
    const { offer } = await review(page);
    assert.match(await offer.textContent(), /Die Stelle prüfen/);
    assert.match(await offer.locator("tbody tr").first().textContent(), /falsche oder widersprüchliche Daten/);
    for (const theme of ["light", "dark"]) {
      for (const id of ["#quiz", "#scorecard"]) await page.locator(id).evaluate((el, t) => el.setAttribute("theme", t), theme);
      await offer.waitFor();
      assert.deepEqual(await axeViolations(page), [], theme);
    }
  });

  test("a damaged role link is refused with its reason and changes nothing", async () => {
    const { page } = await openPage(
      env.browser,
      `${env.servers.hostOrigin}/scorecard.html#br-role=v2;skills:data;seniority:lead-first;model:hybrid`,
    );
    await waitForWidgets(page, 1);
    const scorecard = page.locator("#scorecard");
    await scorecard.locator(".br-notice").first().waitFor();
    assert.match(await scorecard.locator(".br-notice").first().textContent(), /newer version/);
    assert.equal(await scorecard.locator(".br-role-offer").count(), 0);
    assert.equal(await page.evaluate(() => location.hash), "");
  });
});
