// End-to-end tests of the data API for the host's own systems: `handle.exportData()` and
// `handle.importData(text)` on a scorecard mounted from code (the same files, checks and
// preview as the UI's export and import; nothing changes before the user chooses), and
// the opt-in `submitted-file` option that makes `interview-submitted` carry the file.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { openPage, useBrowserAndServers } from "./harness.mjs";
import { addCandidate, interview, offer, openCandidate, scorecardFile, setInterviewer } from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

const ANA = scorecardFile({ candidates: [{ id: "c-ana", name: "Ana Lima" }] });

/** Mounts a widget from code into #slot of api.html; `window.handle` is its handle. */
async function mountFromCode(options) {
  const { page, log } = await openPage(env.browser, `${env.servers.hostOrigin}/api.html`);
  await page.evaluate((opts) => {
    window.handle = window.BackendReady.mount(document.querySelector("#slot"), opts);
  }, options);
  return { page, log, ui: page.locator("#slot backend-ready") };
}

const exported = (page) => page.evaluate(() => window.handle.exportData().then(JSON.parse));

describe("the data API", () => {
  test("exportData gives the export file, waiting for the widget to be ready", async () => {
    const { page, log } = await mountFromCode({ mode: "scorecard", storageKey: "e2e-api" });
    // Called at once, before the wasm app has loaded: it waits.
    const file = await exported(page);
    assert.equal(file.format, "backend-ready/scorecard");
    assert.deepEqual(file.candidates, []);
    assert.deepEqual(log.pageErrors, []);
    await page.context().close();
  });

  test("importData shows the import preview; nothing changes before Import", async () => {
    const { page, ui } = await mountFromCode({ mode: "scorecard", storageKey: "e2e-api" });
    const report = await page.evaluate((text) => window.handle.importData(text), ANA);
    assert.deepEqual(report, { offered: "scorecard" });
    await offer(ui).waitFor();
    assert.match(await offer(ui).textContent(), /Ana Lima|1 new candidate/);
    assert.deepEqual((await exported(page)).candidates, [], "nothing imported before the choice");
    await offer(ui).getByRole("button", { name: "Import", exact: true }).click();
    await ui.getByRole("button", { name: "Ana Lima", exact: true }).waitFor();
    assert.deepEqual((await exported(page)).candidates.map((c) => c.name), ["Ana Lima"]);
    // The export file imports again: everything is already here.
    assert.deepEqual(await page.evaluate(() => window.handle.exportData().then((t) => window.handle.importData(t))), { offered: "scorecard" });
    await page.context().close();
  });

  test("importData refuses what the import control refuses, with its sentence", async () => {
    const { page, ui } = await mountFromCode({ mode: "scorecard", storageKey: "e2e-api" });
    const report = await page.evaluate(() => window.handle.importData('{"format":"backend-ready/scorecard"'));
    assert.equal(typeof report.refused, "string");
    assert.ok(report.refused.length > 20, report.refused);
    await ui.locator(".br-notice").first().waitFor();
    assert.equal(await offer(ui).count(), 0);
    const typeError = await page.evaluate(() => window.handle.importData(42).catch((error) => error.name));
    assert.equal(typeError, "TypeError");
    await page.context().close();
  });

  test("a quiz widget has no data API: both calls reject with a clear message", async () => {
    const { page } = await mountFromCode({ mode: "quiz" });
    const message = await page.evaluate(() => window.handle.exportData().then(() => "resolved", (error) => error.message));
    assert.match(message, /scorecard widget/);
    await page.context().close();
  });
});

describe("the submitted-file option", () => {
  test("interview-submitted carries the interview file, which imports elsewhere", async () => {
    const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/submitted-file.html`);
    const ui = page.locator("#scorecard");
    await setInterviewer(ui, "Mia");
    await addCandidate(ui, "Ana Lima");
    await openCandidate(ui, "Ana Lima");
    await interview(ui, { scores: "Strong", decision: "Yes" });
    const submitted = await page.evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:interview-submitted").map((e) => e.detail));
    assert.equal(submitted.length, 1);
    const file = JSON.parse(submitted[0].file);
    assert.equal(file.format, "backend-ready/interview");
    assert.equal(file.interview.id, submitted[0].interviewId);
    // In another browser (a fresh context), the host feeds the file to its scorecard.
    const other = await mountFromCode({ mode: "scorecard", storageKey: "e2e-api" });
    assert.deepEqual(await other.page.evaluate((text) => window.handle.importData(text), submitted[0].file), { offered: "interview" });
    await other.page.context().close();
    await page.context().close();
  });

  test("without it, interview-submitted carries ids only", async () => {
    const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/scorecard.html`);
    const ui = page.locator("#scorecard");
    await setInterviewer(ui, "Mia");
    await addCandidate(ui, "Ana Lima");
    await openCandidate(ui, "Ana Lima");
    await interview(ui, { scores: "Strong", decision: "Yes" });
    const [detail] = await page.evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:interview-submitted").map((e) => e.detail));
    assert.deepEqual(Object.keys(detail).sort(), ["candidateId", "interviewId", "stage", "version"]);
    await page.context().close();
  });
});
