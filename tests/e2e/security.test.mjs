// Security end to end: the widget under a strict Content-Security-Policy (no
// 'unsafe-inline', no 'unsafe-eval'), and script payloads in options and share links
// shown as text, never run.
import assert from "node:assert/strict";
import { test } from "node:test";
import { answerToResult, openPage, useBrowserAndServers, waitForWidgets } from "./harness.mjs";

const env = useBrowserAndServers();

test("works under a strict CSP with no policy violation, through a whole quiz", async () => {
  const { page, log } = await openPage(env.browser, `${env.servers.hostOrigin}/csp-strict.html`);
  await waitForWidgets(page, 2);
  await page.click("text=Start the check");
  await answerToResult(page);
  const styled = await page.$eval("#quiz", (el) => getComputedStyle(el.shadowRoot.querySelector(".br")).backgroundColor);
  assert.equal(styled, "rgb(20, 26, 36)", "the widget's stylesheet applies under the policy");
  assert.match(await page.$eval("#bad", (el) => el.shadowRoot.textContent), /could not start/);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

const PAYLOADS = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=1</script>`,
  `<svg onload="window.__pwned=1"></svg>`,
];

test("script payloads in options are shown as text and never run", async () => {
  const { page, log } = await openPage(env.browser, `${env.servers.hostOrigin}/api.html`);
  for (const payload of PAYLOADS) {
    await page.evaluate((p) => {
      window.BackendReady.mount(document.querySelector("#slot"), { mode: "quiz", ctaUrl: "/contact", ctaLabel: p.slice(0, 80), storageKey: p });
      window.BackendReady.mount(document.querySelector("#slot"), { mode: p });
      window.BackendReady.mount(document.querySelector("#slot"), { mode: "quiz", ctaUrl: "javascript:window.__pwned=1" });
    }, payload);
  }
  await waitForWidgets(page, PAYLOADS.length * 3);
  const texts = await page.$$eval("backend-ready", (all) => all.map((el) => el.shadowRoot.textContent).join("\n"));
  for (const payload of PAYLOADS) assert.ok(texts.includes(payload), `${payload} shown as typed`);
  const injected = await page.$$eval("backend-ready", (all) =>
    all.reduce((n, el) => n + el.shadowRoot.querySelectorAll("img, script, svg[onload], a[href^='javascript']").length, 0),
  );
  assert.equal(injected, 0, "no element was injected");
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(log.dialogs, []);
  await page.close();
});

test("a share link carrying a payload is ignored with a notice", async () => {
  const payload = encodeURIComponent(`v1;stage:<img src=x onerror=window.__pwned=1>`);
  const { page, log } = await openPage(env.browser, `${env.servers.hostOrigin}/quiz.html#br-quiz=${payload}`);
  await waitForWidgets(page, 1);
  const notice = await page.$eval("#quiz", (el) => el.shadowRoot.querySelector(".br-notice").textContent);
  assert.match(notice, /shared link/i);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(log.dialogs, []);
  await page.close();
});
