// The engine-neutral layer of the cross-engine tests: one interface over Chromium and
// Firefox (puppeteer-core) and WebKit (WebKitWebDriver), so the same test bodies run in
// each. The engine is BR_ENGINE ("chromium", "firefox" or "webkit"; default chromium).
//
// An engine gives contexts (each with its own empty storage); a context gives pages; a
// page can goto(url), reload(), evaluate(fn, ...args) (fn runs in the page, its
// awaited result comes back as JSON), press(key) and type(text) with real key events
// to the focused element, clickAt({x, y}, ...) with real mouse events at viewport
// points, bringToFront() and close().
import { after, before } from "node:test";
import { startServers } from "../e2e/harness.mjs";
import { launchPuppeteer } from "./puppeteer.mjs";
import { launchWebKit } from "./webdriver.mjs";

export const ENGINE = process.env.BR_ENGINE || "chromium";
const LAUNCHERS = {
  chromium: () => launchPuppeteer("chromium"),
  firefox: () => launchPuppeteer("firefox"),
  webkit: () => launchWebKit(),
};
if (!(ENGINE in LAUNCHERS)) throw new Error(`BR_ENGINE must be one of ${Object.keys(LAUNCHERS).join(", ")}, not ${ENGINE}`);

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `fn(...args)` in `page` until it returns a truthy value, which is returned;
 * fails after `timeout` ms saying `what`. `fn` must return JSON (a DOM node comes back
 * as {} from one engine and as null from another: use `!!`). */
export async function waitFor(page, fn, args = [], { timeout = 5000, what = String(fn) } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, ...args);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(40);
  }
}

/**
 * Starts the servers (the release build on one origin, host pages on another, as the
 * Chromium suite has them) and the engine before a file's tests, stops them after;
 * `env.engine` and `env.servers` are set once the tests run.
 */
export function useEngine() {
  const env = {};
  before(async () => {
    env.servers = await startServers();
    env.engine = await LAUNCHERS[ENGINE]();
  });
  after(async () => {
    await env.engine?.close();
    await env.servers?.close();
  });
  return env;
}

/** Runs `body(context)` in a fresh context (empty storage), closed after. */
export async function withContext(env, body) {
  const context = await env.engine.newContext();
  try {
    return await body(context);
  } finally {
    await context.close();
  }
}

/** Opens `path` of the host origin in a new page of `context`. */
export async function openHost(env, context, path) {
  const page = await context.newPage();
  await page.goto(`${env.servers.hostOrigin}/${path}`);
  return page;
}

/** Waits until `count` widgets have announced themselves (mounted or option-error). */
export function waitForWidgets(page, count, timeout = 20000) {
  return waitFor(page, (n) => (window.widgetEvents || []).length >= n, [count], { timeout, what: `${count} widget(s) to mount` });
}
