// End-to-end tests of the data API for the host's own systems: `handle.exportData()` and
// `handle.importData(text)` on a scorecard mounted from code (the same files, checks and
// preview as the UI's export and import; nothing changes before the user chooses), and
// the opt-in `submitted-file` option that makes `interview-submitted` carry the file:
// signed as "Send as file" writes it, the event waiting for the signature; unsigned,
// and not lost, where Web Crypto is missing or the widget is removed before it is signed.
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

/** Mia submits an interview of Ana Lima in the page's `#scorecard`; resolves to the
 * details of the `interview-submitted` events once one has come. */
async function submitAndHear(page) {
    const ui = page.locator("#scorecard");
    await setInterviewer(ui, "Mia");
    await addCandidate(ui, "Ana Lima");
    await openCandidate(ui, "Ana Lima");
    await interview(ui, { scores: "Strong", decision: "Yes" });
  const submitted = "backend-ready:interview-submitted";
  await page.waitForFunction((type) => window.widgetEvents.some((e) => e.type === type), submitted);
  return page.evaluate((type) => window.widgetEvents.filter((e) => e.type === type).map((e) => e.detail), submitted);
}

describe("the submitted-file option", () => {
  test("interview-submitted carries the interview file, signed as the store holds it, which imports elsewhere", async () => {
    const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/submitted-file.html`);
    const submitted = await submitAndHear(page);
    assert.equal(submitted.length, 1);
    const file = JSON.parse(submitted[0].file);
    assert.equal(file.format, "backend-ready/interview");
    assert.equal(file.interview.id, submitted[0].interviewId);
    // The event waits for this browser's signature (Web Crypto), so what the host
    // forwards is what "Send as file" writes: the version with its signature.
    const signedStore = () => JSON.parse(localStorage.getItem("e2e-file:scorecard") ?? "{}").version === 5;
    await page.waitForFunction(signedStore, null, { timeout: 5000 });
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("e2e-file:scorecard")));
    assert.deepEqual(file.interview.signature, { key: stored.interviews[0][10][0], value: stored.interviews[0][10][1] });
    // In another browser (a fresh context), the host feeds the file to its scorecard.
    const other = await mountFromCode({ mode: "scorecard", storageKey: "e2e-api" });
    assert.deepEqual(await other.page.evaluate((text) => window.handle.importData(text), submitted[0].file), { offered: "interview" });
    await other.page.context().close();
    await page.context().close();
  });

  test("without Web Crypto the event still comes, with the file unsigned", async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Crypto.prototype, "subtle", { get: () => undefined }));
    const page = await context.newPage();
    await page.goto(`${env.servers.hostOrigin}/submitted-file.html`);
    const [detail] = await submitAndHear(page);
    const file = JSON.parse(detail.file);
    assert.equal(file.interview.id, detail.interviewId);
    assert.equal(file.interview.signature, undefined);
    await context.close();
  });

  test("a widget removed while the signature is still being made sends the event, unsigned, where the page hears it", async () => {
    // A single-page app leaves the page a moment after the submit: the signing (here
    // made to never end) has not finished when the widget goes. The waiting event is
    // sent then, and a listener on the document, as the README shows, must hear it.
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      SubtleCrypto.prototype.sign = () => new Promise(() => {});
    });
    const page = await context.newPage();
    await page.goto(`${env.servers.hostOrigin}/submitted-file.html`);
    const ui = page.locator("#scorecard");
    await setInterviewer(ui, "Mia");
    await addCandidate(ui, "Ana Lima");
    await openCandidate(ui, "Ana Lima");
    await page.evaluate(() => {
      window.elementEvents = [];
      document.querySelector("#scorecard").addEventListener("backend-ready:interview-submitted", (event) => window.elementEvents.push(event.detail));
    });
    await interview(ui, { scores: "Strong", decision: "Yes" });
    const heard = () => page.evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:interview-submitted"));
    assert.deepEqual(await heard(), [], "the event waits for the signature");
    await page.evaluate(() => document.querySelector("#scorecard").remove());
    await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === "backend-ready:interview-submitted"), null, { timeout: 5000 });
    const events = await heard();
    assert.equal(events.length, 1, "a listener on the document heard the event once");
    const [event] = events;
    const file = JSON.parse(event.detail.file);
    assert.equal(file.interview.id, event.detail.interviewId);
    assert.equal(file.interview.signature, undefined);
    assert.equal((await page.evaluate(() => window.elementEvents)).length, 1, "a listener on the element heard it once");
    await context.close();
  });

  test("without it, interview-submitted carries ids only", async () => {
    const { page } = await openPage(env.browser, `${env.servers.hostOrigin}/scorecard.html`);
    const [detail] = await submitAndHear(page);
    assert.deepEqual(Object.keys(detail).sort(), ["candidateId", "interviewId", "stage", "version"]);
    await page.context().close();
  });
});
