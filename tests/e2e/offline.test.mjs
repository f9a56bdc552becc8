// The standalone page as a PWA: after one visit it opens and works with no network,
// and a new deployment replaces the cached shell cleanly (old cache deleted).
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serveFolder } from "../../scripts/static-server.mjs";
import { writeServiceWorker } from "../../scripts/service-worker.mjs";
import { answerToResult, launchBrowser, pickAndGoOn } from "./harness.mjs";

const DIST = new URL("../../dist/", import.meta.url).pathname;
let browser;
let site;
let folder;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), "br-pwa-"));
  cpSync(DIST, folder, { recursive: true });
  site = await serveFolder({ root: folder, prefix: "/app/" });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => site?.server.close(done));
});

const appUrl = () => `${site.origin}/app/`;

async function controlledPage(context) {
  const page = await context.newPage();
  await page.goto(appUrl());
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

const cacheNames = (page) => page.evaluate(() => caches.keys());
const widgetsShown = (page) =>
  page.waitForFunction(() => [...document.querySelectorAll("backend-ready")].every((el) => el.shadowRoot?.querySelector("h2")));

test("after one visit the page opens and the quiz works offline", async () => {
  const context = await browser.newContext();
  const page = await controlledPage(context);
  const failed = [];
  page.on("requestfailed", (request) => failed.push(request.url()));
  await context.setOffline(true);
  await page.reload();
  await widgetsShown(page);
  const quiz = "backend-ready[mode=quiz]";
  await page.click(`${quiz} >> text=Start the check`);
  await answerToResult(page, () => pickAndGoOn(page, 0, quiz), quiz);
  assert.match(await page.$eval(quiz, (el) => el.shadowRoot.querySelector("h2").textContent), /Your result/);
  assert.deepEqual(failed, []);
  await context.close();
});

test("a new deployment replaces the cached shell and deletes the old cache", async () => {
  const context = await browser.newContext();
  const first = await controlledPage(context);
  const [oldCache] = await cacheNames(first);
  appendFileSync(join(folder, "register-sw.js"), "\n/* deployment 2 */\n");
  const newCache = writeServiceWorker(folder);
  assert.notEqual(newCache, oldCache);

  await first.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await first.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting));
  assert.deepEqual((await first.evaluate(() => fetch("register-sw.js").then((r) => r.text()))).includes("deployment 2"), false,
    "an open page keeps the version it started with");
  await first.close();

  // With no page left on the old version, the new worker activates. Watch from a page
  // of the same origin outside the worker's scope, so nothing holds the old version.
  const second = await context.newPage();
  await second.goto(`${site.origin}/outside-the-scope`);
  await second.waitForFunction(() =>
    navigator.serviceWorker.getRegistration("/app/").then((r) => !!r && !r.waiting && r.active?.state === "activated"));
  await second.waitForFunction((name) => caches.keys().then((names) => names.length === 1 && names[0] === name), newCache);
  await second.goto(appUrl());
  await second.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // On a loaded machine the new worker may take over this page a moment after the
  // navigation: poll (a page stuck on the old version fails after 10 s).
  const runsNewVersion = await second
    .waitForFunction(() => fetch("register-sw.js").then((r) => r.text()).then((text) => text.includes("deployment 2")), null, { timeout: 10000, polling: 200 })
    .then(() => true, () => false);
  assert.ok(runsNewVersion, "the page runs the new version");
  await widgetsShown(second);
  await context.close();
});
