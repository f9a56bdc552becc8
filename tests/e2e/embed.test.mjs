// End-to-end tests of the embed contract (../shared/design.md) against the release
// build: each embed form, cross-origin loading, hostile CSS, several instances,
// mount/unmount cycles, bad options, and no network beyond the widget's own files.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { openPage, useBrowserAndServers, waitForWidgets, widgetFiles } from "./harness.mjs";
import { mountedEvent, savesRun } from "./shared-fixtures.mjs";

const QUIZ_TITLE = "Is your system backend-ready for scale?";
// The scorecard opens on its list of candidates.
const SCORECARD_TITLE = "Candidates";

const env = useBrowserAndServers();

const hostUrl = (file) => `${env.servers.hostOrigin}/${file}`;

/** Checks that the page threw nothing uncaught and logged nothing of the kinds `more`
 * ("warnings", "errors", "dialogs"), then closes it. */
async function closeClean(page, log, ...more) {
  for (const kind of ["pageErrors", ...more]) assert.deepEqual(log[kind], [], kind);
  await page.close();
}

/** Opens the host page `file` and waits until its `count` widgets are mounted. */
async function openWidgets(file, count) {
  const opened = await openPage(env.browser, hostUrl(file));
  await waitForWidgets(opened.page, count);
  return opened;
}

/** Text of the title inside the shadow root of the widget matched by `selector`. */
function shadowTitle(page, selector) {
  return page.$eval(selector, (el) => el.shadowRoot.querySelector("h2")?.textContent ?? null);
}

/**
 * Asserts every request went to the host page's own files or to the widget's files for
 * `modes`, each of those loaded exactly once.
 */
function assertOnlyOwnFiles(log, hostFiles, modes) {
  const files = widgetFiles(...modes);
  const allowed = new Set([
    ...hostFiles.map((file) => `${env.servers.hostOrigin}/${file}`),
    ...files.map((file) => env.servers.cdn + file),
  ]);
  const unexpected = log.requests.filter((url) => !allowed.has(url));
  assert.deepEqual(unexpected, [], "requests beyond the host's and the widget's own files");
  for (const file of files) {
    const count = log.requests.filter((url) => url === env.servers.cdn + file).length;
    assert.equal(count, 1, `${file} must be loaded exactly once, was ${count}`);
  }
}

describe("one script tag", () => {
  test("mounts where the tag stands, with data-* options, from another origin", async () => {
    const { page, log } = await openWidgets("one-tag.html", 1);
    assert.notEqual(new URL(env.servers.cdn).origin, new URL(env.servers.hostOrigin).origin);
    const placement = await page.evaluate(() => {
      const widget = document.querySelector("backend-ready");
      return [widget.previousElementSibling.id, widget.nextElementSibling.tagName, widget.getAttribute("theme")];
    });
    assert.deepEqual(placement, ["before", "SCRIPT", "dark"]);
    assert.equal(await shadowTitle(page, "backend-ready"), QUIZ_TITLE);
    const theme = await page.$eval("backend-ready", (el) => el.shadowRoot.querySelector(".br").className);
    assert.equal(theme, "br br--dark");
    const [event] = await page.evaluate(() => window.widgetEvents);
    assert.deepEqual(event, mountedEvent("quiz", event.detail.version));
    assertOnlyOwnFiles(log, ["one-tag.html", "record-events.js"], ["quiz"]);
    await closeClean(page, log, "warnings");
  });
});

describe("custom elements", () => {
  test("several widgets on one page work independently and load the files once", async () => {
    const { page, log } = await openWidgets("elements.html", 3);
    assert.equal(await shadowTitle(page, "#first"), QUIZ_TITLE);
    assert.equal(await shadowTitle(page, "#second"), SCORECARD_TITLE);
    assert.equal(await shadowTitle(page, "#third"), QUIZ_TITLE);
    const modes = await page.evaluate(() => window.widgetEvents.map((e) => `${e.targetId}:${e.detail.mode}`).sort());
    assert.deepEqual(modes, ["first:quiz", "second:scorecard", "third:quiz"]);
    const shadowModes = await page.$$eval("backend-ready", (all) => all.map((el) => el.shadowRoot.mode));
    assert.deepEqual(shadowModes, ["open", "open", "open"]);
    assertOnlyOwnFiles(log, ["elements.html", "record-events.js"], ["quiz", "scorecard"]);
    await closeClean(page, log);
  });

  test("react to attribute changes without touching their neighbours", async () => {
    const { page, log } = await openWidgets("elements.html", 3);
    await page.evaluate(() => {
      document.querySelector("#first").setAttribute("mode", "scorecard");
      document.querySelector("#first").setAttribute("theme", "dark");
    });
    await page.waitForFunction(
      (title) => document.querySelector("#first").shadowRoot.querySelector("h2")?.textContent === title,
      SCORECARD_TITLE,
    );
    const firstTheme = await page.$eval("#first", (el) => el.shadowRoot.querySelector(".br").className);
    assert.equal(firstTheme, "br br--dark");
    assert.equal(await shadowTitle(page, "#third"), QUIZ_TITLE);
    await page.evaluate(() => document.querySelector("#third").setAttribute("theme", "neon"));
    await page.waitForFunction(() => document.querySelector("#third").shadowRoot.querySelector("[role=alert]"));
    assert.ok(log.warnings.some((w) => w.includes('theme="neon"')), log.warnings.join("\n"));
    await closeClean(page, log);
  });

  test("the demo page shows both widgets", async () => {
    const { page, log } = await openPage(env.browser, env.servers.cdn + "index.html");
    await page.waitForFunction(() => [...document.querySelectorAll("backend-ready")].every((el) => el.shadowRoot?.querySelector("h2")));
    const titles = await page.$$eval("backend-ready", (all) => all.map((el) => el.shadowRoot.querySelector("h2").textContent));
    assert.deepEqual(titles, [QUIZ_TITLE, SCORECARD_TITLE]);
    await closeClean(page, log);
  });
});

describe("BackendReady.mount", () => {
  test("returns a handle whose unmount() removes the widget", async () => {
    const { page, log } = await openPage(env.browser, hostUrl("api.html"));
    await page.evaluate(() => {
      window.handle = window.BackendReady.mount(document.querySelector("#slot"), { mode: "scorecard", storageKey: "api", ctaUrl: "/contact" });
    });
    await waitForWidgets(page, 1);
    assert.equal(await shadowTitle(page, "#slot backend-ready"), SCORECARD_TITLE);
    assert.equal(await page.$eval("#slot backend-ready", (el) => el.getAttribute("storage-key")), "api");
    await page.evaluate(() => window.handle.unmount());
    assert.equal(await page.$$eval("backend-ready", (all) => all.length), 0);
    await closeClean(page, log);
  });

  test("rejects a missing element with a TypeError and warns about unknown options", async () => {
    const { page, log } = await openPage(env.browser, hostUrl("api.html"));
    const error = await page.evaluate(() => {
      try {
        window.BackendReady.mount(null, { mode: "quiz" });
        return null;
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    });
    assert.match(error, /^TypeError: .*must be a DOM element/);
    await page.evaluate(() => window.BackendReady.mount(document.querySelector("#slot"), { mdoe: "scorecard" }));
    await waitForWidgets(page, 1);
    assert.equal(await shadowTitle(page, "#slot backend-ready"), QUIZ_TITLE);
    assert.ok(log.warnings.some((w) => w.includes('unknown option "mdoe"')), log.warnings.join("\n"));
    await page.close();
  });

  test("50 mount/unmount cycles leave no widgets, listeners or errors behind", async () => {
    const { page, log } = await openPage(env.browser, hostUrl("api.html"));
    const client = await page.context().newCDPSession(page);
    await client.send("Performance.enable");
    const cycle = (times) =>
      page.evaluate(async (n) => {
        const slot = document.querySelector("#slot");
        for (let i = 0; i < n; i++) {
          const handle = window.BackendReady.mount(slot, { mode: i % 2 ? "quiz" : "scorecard" });
          while (window.widgetEvents.length === 0) await new Promise((r) => setTimeout(r, 1));
          handle.unmount();
          window.widgetEvents.length = 0;
        }
        return slot.childElementCount;
      }, times);
    const measure = async () => {
      await page.evaluate(savesRun); // what the unmounted widgets had scheduled has run
      await client.send("HeapProfiler.collectGarbage");
      await client.send("HeapProfiler.collectGarbage");
      const { metrics } = await client.send("Performance.getMetrics");
      const metric = (name) => metrics.find((m) => m.name === name).value;
      const wasmBytes = await page.evaluate(async (cdn) => {
        let bytes = 0;
        for (const mode of ["quiz", "scorecard"]) {
          const glue = await import(`${cdn}backend-ready-${mode}.js`);
          bytes += (await glue.default()).memory.buffer.byteLength;
        }
        return bytes;
      }, env.servers.cdn);
      return { nodes: metric("Nodes"), listeners: metric("JSEventListeners"), heap: metric("JSHeapUsedSize"), wasmBytes };
    };
    // Warm-up: both modes' builds load and their code gets compiled and optimised.
    assert.equal(await cycle(30), 0);
    const warm = await measure();
    assert.equal(await cycle(50), 0);
    const after50 = await measure();
    console.log(`leak check after 30 and 80 cycles: ${JSON.stringify(warm)} -> ${JSON.stringify(after50)}`);
    assert.equal(after50.listeners, warm.listeners, "event listeners grow with cycles");
    assert.ok(after50.nodes - warm.nodes <= 5, "DOM nodes grow with cycles");
    assert.equal(after50.wasmBytes, warm.wasmBytes, "wasm memory grows with cycles");
    assert.ok(after50.heap - warm.heap < 64 * 1024, "JS heap grows by 64 KB or more over 50 cycles");
    await closeClean(page, log, "errors");
  });
});

describe("isolation", () => {
  test("hostile host CSS cannot break the widget and our CSS does not leak out", async () => {
    const { page, log } = await openWidgets("hostile.html", 2);
    for (const [selector, title] of [["body > backend-ready:not([id])", QUIZ_TITLE], ["#element", SCORECARD_TITLE]]) {
      const look = await page.$eval(selector, (el) => {
        const heading = el.shadowRoot.querySelector("h2");
        const style = getComputedStyle(heading);
        const box = heading.getBoundingClientRect();
        const wrapper = getComputedStyle(el.shadowRoot.querySelector(".br"));
        return {
          text: heading.textContent,
          color: style.color,
          fontSize: style.fontSize,
          visible: box.width > 0 && box.height > 0,
          wrapperDisplay: wrapper.display,
          wrapperBackground: wrapper.backgroundColor,
        };
      });
      assert.equal(look.text, title);
      assert.ok(look.visible, `${selector} title is not visible`);
      assert.notEqual(look.color, "rgb(255, 0, 0)");
      assert.equal(look.fontSize, "24px");
      assert.equal(look.wrapperDisplay, "block");
      assert.equal(look.wrapperBackground, "rgb(255, 255, 255)");
    }
    const hostTitle = await page.$eval("#host-title", (el) => getComputedStyle(el).fontSize);
    assert.equal(hostTitle, "80px", "the widget's .br-title rule leaked into the host page");
    await closeClean(page, log);
  });
});

describe("bad options and broken uploads", () => {
  test("a bad option shows a clear message in place, warns, and the page goes on", async () => {
    const { page, log } = await openWidgets("bad-options.html", 3);
    const alertText = (selector) => page.$eval(selector, (el) => el.shadowRoot.querySelector("[role=alert]")?.textContent ?? "");
    assert.match(await alertText("#bad-mode"), /could not start.*mode="survey"/s);
    const many = await alertText("#bad-many");
    assert.match(many, /theme="purple"/);
    assert.match(many, /cta-url="javascript:alert\(1\)"/);
    assert.equal(await shadowTitle(page, "#good"), SCORECARD_TITLE);
    assert.equal(await page.evaluate(() => window.hostScriptAfterWidgets), true);
    assert.ok(await page.isVisible("#after"));
    assert.ok(log.warnings.some((w) => w.includes('mode="survey"')), log.warnings.join("\n"));
    const errorEvents = await page.evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:option-error").map((e) => e.targetId).sort());
    assert.deepEqual(errorEvents, ["bad-many", "bad-mode"]);
    await closeClean(page, log, "dialogs");
  });

  test("a CDN missing the wasm shows a message in place and the page goes on", async () => {
    const { page, log } = await openWidgets("broken-cdn.html", 1);
    const message = await page.$eval("backend-ready", (el) => el.shadowRoot.querySelector("[role=alert]").textContent);
    assert.match(message, /could not load its files/);
    assert.equal((await page.evaluate(() => window.widgetEvents))[0].type, "backend-ready:load-error");
    assert.ok(await page.isVisible("#after"));
    await closeClean(page, log);
  });
});
