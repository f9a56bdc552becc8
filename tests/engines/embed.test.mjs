// The three embed forms in each engine (BR_ENGINE), the release build loaded from
// another origin: one script tag with data-* options, custom elements (three on a
// page, an attribute change), and BackendReady.mount() with unmount().
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ENGINE, openHost, useEngine, waitFor, waitForWidgets, withContext } from "./driver.mjs";
import { mountedEvent } from "../e2e/shared-fixtures.mjs";

const QUIZ_TITLE = "Is your system backend-ready for scale?";
const SCORECARD_TITLE = "Candidates";

const env = useEngine();

/** Title and theme class of each widget on the page, in document order. */
const widgetsShown = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("backend-ready")].map((el) => ({
      id: el.id || null,
      mode: el.shadowRoot?.mode ?? null,
      title: el.shadowRoot?.querySelector("h2")?.textContent ?? null,
      theme: el.shadowRoot?.querySelector(".br")?.className ?? null,
    })),
  );

describe(`embed forms in ${ENGINE}`, () => {
  test("one script tag: mounts where the tag stands, with data-* options, from another origin", async () => {
    await withContext(env, async (context) => {
      const page = await openHost(env, context, "one-tag.html");
      await waitForWidgets(page, 1);
      assert.notEqual(new URL(env.servers.cdn).origin, env.servers.hostOrigin);
      const placement = await page.evaluate(() => {
        const widget = document.querySelector("backend-ready");
        return [widget.previousElementSibling.id, widget.nextElementSibling.tagName, widget.getAttribute("theme")];
      });
      assert.deepEqual(placement, ["before", "SCRIPT", "dark"]);
      assert.deepEqual(await widgetsShown(page), [{ id: null, mode: "open", title: QUIZ_TITLE, theme: "br br--dark" }]);
      const [event] = await page.evaluate(() => window.widgetEvents);
      assert.deepEqual(event, mountedEvent("quiz", event.detail.version));
      const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
      assert.ok(
        loaded.some((url) => url.startsWith(env.servers.cdn) && url.endsWith("_bg.wasm")),
        `the wasm came from the CDN origin: ${loaded.join(", ")}`,
      );
    });
  });

  test("custom elements: three widgets work independently, and an attribute change remounts only its own", async () => {
    await withContext(env, async (context) => {
      const page = await openHost(env, context, "elements.html");
      await waitForWidgets(page, 3);
      await waitFor(page, () => [...document.querySelectorAll("backend-ready")].every((el) => el.shadowRoot.querySelector("h2")));
      assert.deepEqual(await widgetsShown(page), [
        { id: "first", mode: "open", title: QUIZ_TITLE, theme: "br br--light" },
        { id: "second", mode: "open", title: SCORECARD_TITLE, theme: "br br--dark" },
        { id: "third", mode: "open", title: QUIZ_TITLE, theme: "br br--auto" },
      ]);
      const modes = await page.evaluate(() => window.widgetEvents.map((e) => `${e.targetId}:${e.detail.mode}`).sort());
      assert.deepEqual(modes, ["first:quiz", "second:scorecard", "third:quiz"]);
      await page.evaluate(() => {
        document.querySelector("#first").setAttribute("mode", "scorecard");
        document.querySelector("#first").setAttribute("theme", "dark");
      });
      await waitFor(page, (title) => document.querySelector("#first").shadowRoot.querySelector("h2")?.textContent === title, [SCORECARD_TITLE]);
      const [first, , third] = await widgetsShown(page);
      assert.equal(first.theme, "br br--dark");
      assert.equal(third.title, QUIZ_TITLE, "the neighbour is untouched");
    });
  });

  test("BackendReady.mount returns a handle whose unmount() removes the widget", async () => {
    await withContext(env, async (context) => {
      const page = await openHost(env, context, "api.html");
      await page.evaluate(() => {
        window.handle = window.BackendReady.mount(document.querySelector("#slot"), { mode: "scorecard", storageKey: "api", ctaUrl: "/contact" });
      });
      await waitForWidgets(page, 1);
      await waitFor(page, () => !!document.querySelector("#slot backend-ready").shadowRoot.querySelector("h2"));
      assert.equal(await page.evaluate(() => document.querySelector("#slot backend-ready").shadowRoot.querySelector("h2").textContent), SCORECARD_TITLE);
      assert.equal(await page.evaluate(() => document.querySelector("#slot backend-ready").getAttribute("storage-key")), "api");
      await page.evaluate(() => window.handle.unmount());
      assert.equal(await page.evaluate(() => document.querySelectorAll("backend-ready").length), 0);
      const refused = await page.evaluate(() => {
        try {
          window.BackendReady.mount(null, {});
          return "mounted";
        } catch (error) {
          return error.constructor.name;
        }
      });
      assert.equal(refused, "TypeError");
    });
  });
});
