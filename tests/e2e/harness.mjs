// Shared set-up of the end-to-end tests: the release build (dist/) served from one
// loopback origin (a "CDN", under a sub-folder, with CORS), host pages served from
// another, and Debian's Chromium driven by playwright-core.
import { cpSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { serveFolder } from "../../scripts/static-server.mjs";
import { answerUntil, tabUntil, whatHasFocus } from "./shared-fixtures.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
// The build under test: dist/, or a copy named by BR_DIST (so a build can go on meanwhile).
const DIST = process.env.BR_DIST || join(ROOT, "dist");
export const CDN_PREFIX = "/assets/backend-ready/";
/** The files the widget loads for widgets of `modes` (builds: "quiz", "scorecard",
 * "quiz-de", "scorecard-de"): embed.js, each build, the shared stylesheet and the
 * scorecard's own. */
export function widgetFiles(...modes) {
  const builds = modes.flatMap((mode) => [`backend-ready-${mode}.js`, `backend-ready-${mode}_bg.wasm`]);
  const scorecard = modes.some((mode) => mode.startsWith("scorecard"));
  const sheets = scorecard ? ["widget.css", "scorecard.css"] : ["widget.css"];
  return ["embed.js", ...builds, ...sheets];
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchBrowser() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * A host page from its template: a page whose first line is `{{HOST lang: title}}` is
 * its body's content only, and gets the head every such page shares (the events
 * recorder, then embed.js deferred, as a site's one script tag). Other pages are whole.
 */
function hostPage(text) {
  const head = text.match(/^\{\{HOST (\w+): (.*)\}\}\n/);
  if (!head) return text;
  const [line, lang, title] = head;
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host: ${title}</title>
<script src="record-events.js"></script>
<script src="{{CDN}}/embed.js" defer></script></head>
<body>
${text.slice(line.length)}</body>
</html>
`;
}

/** Starts the CDN, the host-page server and a CDN copy that has only embed.js. */
export async function startServers() {
  const cors = { "access-control-allow-origin": "*" };
  const cdn = await serveFolder({ root: DIST, prefix: CDN_PREFIX, headers: cors });
  const brokenRoot = mkdtempSync(join(tmpdir(), "br-broken-"));
  cpSync(join(DIST, "embed.js"), join(brokenRoot, "embed.js"));
  const broken = await serveFolder({ root: brokenRoot, headers: cors });
  const substitute = (path, body) =>
    path.endsWith(".html")
      ? Buffer.from(
          hostPage(body.toString())
            .replaceAll("{{CDN}}", cdn.origin + CDN_PREFIX.slice(0, -1))
            .replaceAll("{{BROKEN_CDN}}", broken.origin),
        )
      : body;
  // The strict policy a site owner may set (see the README), on pages named csp-*.html.
  const strictPolicy = `default-src 'none'; script-src 'self' ${cdn.origin} 'wasm-unsafe-eval'; connect-src ${cdn.origin}; style-src ${cdn.origin}`;
  const headersFor = (path) => (path.includes("/csp-") ? { "content-security-policy": strictPolicy } : {});
  const hosts = await serveFolder({ root: join(ROOT, "tests/e2e/hosts"), transform: substitute, headersFor });
  return {
    cdn: cdn.origin + CDN_PREFIX,
    cdnOrigin: cdn.origin,
    hostOrigin: hosts.origin,
    brokenOrigin: broken.origin,
    close: () => Promise.all([cdn, broken, hosts].map(({ server }) => new Promise((done) => server.close(done)))),
  };
}

/**
 * Opens a page and records what a test asserts on: every request, console warnings
 * and errors, uncaught page errors and dialogs.
 */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const log = { requests: [], warnings: [], errors: [], pageErrors: [], dialogs: [] };
  page.on("request", (request) => log.requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "warning") log.warnings.push(message.text());
    if (message.type() === "error") log.errors.push(message.text());
  });
  page.on("pageerror", (error) => log.pageErrors.push(String(error)));
  page.on("dialog", (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(url);
  return { page, log };
}

/** Waits until `count` widgets have announced themselves (mounted or option-error). */
export async function waitForWidgets(page, count) {
  await page.waitForFunction((n) => (window.widgetEvents || []).length >= n, count, { timeout: 15000 });
}

/**
 * Starts the servers and Chromium before a test file's tests and stops them after;
 * `env.browser` and `env.servers` are set once the tests run.
 */
export function useBrowserAndServers() {
  const env = {};
  before(async () => {
    env.servers = await startServers();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.servers?.close();
  });
  return env;
}

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) on the whole page, the widgets' open shadow
 * roots included; one line per violation with its impact, rule and targets. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, WCAG_TAGS);
}

/** Whether the widget at `host` in `page` shows `selector` in its shadow root. */
export function shows(page, host, selector) {
  return page.$eval(host, (el, s) => !!el.shadowRoot.querySelector(s), selector);
}

/** Picks the `nth` answer (0 the first, -1 the last) of the quiz at `host`, then Next. */
export async function pickAndGoOn(page, nth = 0, host = "#quiz") {
  await page.click(`${host} >> .br-choice input >> nth=${nth}`);
  await page.click(`${host} >> button[type=submit]`);
}

/** Answers the quiz at `host` until its result (`answer(step)` answers one question and
 * goes on; by default the first answer, then Next), bounded; returns how many. */
export function answerToResult(page, answer = () => pickAndGoOn(page, 0), host = "#quiz") {
  return answerUntil(() => shows(page, host, ".br-result"), answer);
}

/** What has keyboard focus in `page`, looking inside shadow roots. */
export function focused(page) {
  return page.evaluate(whatHasFocus);
}

/** Presses Tab until `wanted(focus)` holds; fails after `most` presses. */
export function tabTo(page, wanted, what, most = 80) {
  return tabUntil(() => focused(page), () => page.keyboard.press("Tab"), wanted, what, most);
}

/** The pages of a PDF: the /Count of its root page tree, checked against the number of
 * /Type /Page objects. */
export function pdfPages(bytes) {
  const text = bytes.toString("latin1");
  const leaves = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return { leaves, count: counts.length > 0 ? Math.max(...counts) : null };
}
