// End-to-end tests of the prerendered first screen (issue 14) with the wasm download held
// back: the start button is there, styled and focusable before the app; a click or a key
// press on it lands on the first question once the app has loaded, with focus on it; the
// scorecard's frame does not move when the app takes over; axe finds nothing; German and
// the dark theme; no prerendered screen when the options or storage say the app will show
// something else.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { axeViolations, focused as focusedIn, useBrowserAndServers } from "./harness.mjs";

const env = useBrowserAndServers();

/** A page whose wasm downloads wait until `release()` is called. */
async function heldPage(path, setUp) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  let release;
  const released = new Promise((done) => { release = done; });
  await page.route("**/*_bg.wasm", async (route) => {
    await released;
    await route.continue();
  });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  if (setUp) await setUp(page);
  await page.goto(`${env.servers.hostOrigin}/${path}`);
  return { page, context, release, errors };
}

const mounted = (page) => page.evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:mounted").length);

/** The widget's start button (the first `.br-button`) once shown, prerendered or not. */
async function startButton(page, id) {
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelector(".br-button"), id);
  return page.locator(`#${id} .br-button`).first();
}

/** The tag and text of what has focus, inside the widget's shadow root. */
async function focused(page) {
  const { tag, text } = await focusedIn(page);
  return { tag, text };
}

async function landsOnFirstQuestion(page, id) {
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector("fieldset"), id, { timeout: 20000 });
  const heading = await page.$eval(`#${id}`, (el) => el.shadowRoot.querySelector("h2").textContent);
  await page.waitForFunction(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.tagName === "H2";
  });
  assert.deepEqual(await focused(page), { tag: "h2", text: heading }, "focus on the first question's heading");
  const started = await page.evaluate(() => window.widgetEvents.filter((e) => e.type === "backend-ready:quiz-started").length);
  assert.equal(started, 1, "the quiz started once");
  const progress = await page.$eval(`#${id}`, (el) => el.shadowRoot.querySelector("fieldset").closest("form, section").textContent);
  assert.match(progress, /\b1\b/, "the first question");
}

describe("prerendered first screen", () => {
  test("quiz: the start button before the wasm, clicked, lands on the first question with focus", async () => {
    const { page, context, release, errors } = await heldPage("quiz.html");
    const button = await startButton(page, "quiz");
    assert.equal(await mounted(page), 0, "the app is not running yet");
    assert.equal(await button.textContent(), "Start the check");
    assert.ok(await button.isVisible(), "visible");
    const style = await button.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, radius: getComputedStyle(el).borderTopLeftRadius }));
    assert.notEqual(style.background, "rgba(0, 0, 0, 0)", `styled by widget.css, got ${JSON.stringify(style)}`);
    assert.deepEqual(await axeViolations(page), [], "axe on the prerendered screen");
    await button.focus();
    assert.deepEqual(await focused(page), { tag: "button", text: "Start the check" }, "focusable");
    const before = await button.boundingBox();
    await button.click();
    assert.equal(await mounted(page), 0, "clicked before the app was ready");
    release();
    await landsOnFirstQuestion(page, "quiz");
    assert.deepEqual(errors, []);
    await context.close();
    assert.ok(before.width > 0);
  });

  test("quiz: focus on the prerendered button is kept when the app takes over, in place", async () => {
    const { page, context, release } = await heldPage("quiz.html");
    const button = await startButton(page, "quiz");
    await button.focus();
    const before = await button.boundingBox();
    release();
    await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === "backend-ready:mounted"));
    await page.waitForFunction(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.tagName === "BUTTON";
    });
    assert.deepEqual(await focused(page), { tag: "button", text: "Start the check" }, "the app's start button has focus");
    const after = await page.locator("#quiz .br-button").first().boundingBox();
    assert.deepEqual(after, before, "the start button did not move");
    await context.close();
  });

  test("quiz, every file at once and the CPU 4x slower: a frame shows the prerendered screen before the app takes over", async () => {
    const context = await env.browser.newContext();
    // Each animation frame before the app's mounted event: does the widget show a button?
    await context.addInitScript(() => {
      window.prerenderedFrames = 0;
      const frame = () => {
        const button = document.getElementById("quiz")?.shadowRoot?.querySelector(".br-button");
        const mounted = (window.widgetEvents || []).some((e) => e.type === "backend-ready:mounted");
        if (button && !mounted) window.prerenderedFrames++;
        if (!mounted) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${env.servers.hostOrigin}/quiz.html`);
    await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === "backend-ready:mounted"), null, { timeout: 20000 });
    const frames = await page.evaluate(() => window.prerenderedFrames);
    assert.ok(frames >= 1, `the prerendered screen had a frame before the app (frames: ${frames})`);
    await context.close();
  });

  test("German, dark theme: the prerendered screen in German, Enter on it starts the quiz", async () => {
    const { page, context, release, errors } = await heldPage("prerender-de.html");
    const button = await startButton(page, "quiz");
    const shown = await page.$eval("#quiz", (el) => {
      const root = el.shadowRoot.querySelector(".br");
      return { lang: root.lang, theme: root.className, title: el.shadowRoot.querySelector("h2").textContent };
    });
    assert.equal(shown.lang, "de");
    assert.equal(shown.theme, "br br--dark");
    assert.match(shown.title, /Backend/);
    assert.doesNotMatch(await page.$eval("#quiz", (el) => el.shadowRoot.textContent), /Start the check|Your answers stay/, "no English");
    assert.deepEqual(await axeViolations(page), [], "axe on the German prerendered screen, dark theme");
    await button.focus();
    await page.keyboard.press("Enter");
    release();
    await landsOnFirstQuestion(page, "quiz");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("scorecard: the frame before the wasm, no layout shift when the list appears, typing kept", async () => {
    const { page, context, release, errors } = await heldPage("scorecard.html");
    await page.waitForFunction(() => document.getElementById("scorecard").shadowRoot?.querySelector(".br-candidates"));
    assert.equal(await mounted(page), 0, "the app is not running yet");
    const place = () => page.$eval("#scorecard", (el) => {
      const box = (selector) => {
        const rect = el.shadowRoot.querySelector(selector).getBoundingClientRect();
        return [rect.x, rect.y, rect.width];
      };
      return { title: box("h2"), form: box(".br-add"), list: box(".br-candidates") };
    });
    const before = await place();
    assert.deepEqual(await axeViolations(page), [], "axe on the prerendered scorecard");
    const name = page.locator("#scorecard .br-add input").first();
    await name.fill("Ada Lovelace");
    release();
    await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === "backend-ready:mounted"));
    await page.waitForFunction(() => document.getElementById("scorecard").shadowRoot.querySelector(".br-add input").value === "Ada Lovelace");
    assert.deepEqual(await place(), before, "title, add form and list container in the same place");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("scorecard").shadowRoot.querySelector(".br-candidate"));
    assert.match(await page.$eval("#scorecard", (el) => el.shadowRoot.querySelector(".br-candidate").textContent), /Ada Lovelace/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("scorecard: a file picked on the prerendered import control is read by the app, picked before it starts or while it takes over", async () => {
    const exported = readFileSync(new URL("../fixtures/scorecard-export-v1.json", import.meta.url));
    const file = { name: "team.json", mimeType: "application/json", buffer: exported };
    const preview = (page) => page.waitForFunction(() => document.getElementById("scorecard").shadowRoot.querySelector(".br-offer"), null, { timeout: 20000 });
    // Picked while the wasm is still on its way.
    {
      const { page, context, release, errors } = await heldPage("scorecard.html");
      await page.waitForFunction(() => document.getElementById("scorecard").shadowRoot?.querySelector("input[type=file]"));
      assert.equal(await mounted(page), 0, "the app is not running yet");
      await page.locator("#scorecard input[type=file]").setInputFiles(file);
      release();
      await preview(page);
      assert.deepEqual(errors, []);
      await context.close();
    }
    // The picker opened on the prerendered screen and closed once the app had taken
    // over: the choice arrives on the prerendered input, no longer in the page.
    {
      const { page, context, release, errors } = await heldPage("scorecard.html");
      await page.waitForFunction(() => document.getElementById("scorecard").shadowRoot?.querySelector("input[type=file]"));
      const prerendered = await page.$("#scorecard >> input[type=file]");
      release();
      await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === "backend-ready:mounted"));
      assert.equal(await prerendered.evaluate((input) => input.isConnected), false, "the app replaced the prerendered screen");
      await prerendered.setInputFiles(file);
      await preview(page);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test("scorecard with candidates stored: the frame down to the add form, the list then appears below it", async () => {
    const stored = readFileSync(new URL("../fixtures/scorecard-store-v1.json", import.meta.url), "utf8");
    const seed = (page) => page.addInitScript((stored) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("e2e-scorecard:scorecard", stored);
        sessionStorage.setItem("seeded", "1");
      }
    }, stored);
    const { page, context, release, errors } = await heldPage("scorecard.html", seed);
    await page.waitForFunction(() => document.getElementById("scorecard").shadowRoot?.querySelector(".br-add"));
    assert.equal(await mounted(page), 0, "the app is not running yet");
    const frame = await page.$eval("#scorecard", (el) => ({
      welcome: !!el.shadowRoot.querySelector(".br-welcome"),
      list: !!el.shadowRoot.querySelector(".br-candidates"),
    }));
    assert.deepEqual(frame, { welcome: false, list: false }, "the frame: no welcome, no list yet");
    assert.deepEqual(await axeViolations(page), [], "axe on the prerendered frame");
    const place = () => page.$eval("#scorecard", (el) => ["h2", ".br-add"].map((selector) => {
      const rect = el.shadowRoot.querySelector(selector).getBoundingClientRect();
      return [rect.x, rect.y, rect.width, rect.height];
    }));
    const before = await place();
    await page.evaluate(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: "layout-shift" });
    });
    release();
    await page.waitForFunction(() => document.getElementById("scorecard").shadowRoot.querySelector(".br-candidate"));
    assert.deepEqual(await place(), before, "title and add form in the same place");
    const list = await page.$eval("#scorecard", (el) => {
      const form = el.shadowRoot.querySelector(".br-add").getBoundingClientRect();
      return el.shadowRoot.querySelector(".br-candidates").getBoundingClientRect().top - form.bottom;
    });
    assert.ok(list >= 0, "the list appears below the form");
    assert.equal(await page.$eval("#scorecard", (el) => el.shadowRoot.querySelector("#br-interviewer").value), "Ann", "the stored name, not the prerendered empty field");
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await page.evaluate(() => window.shifts), [], "no layout shift when the app takes over");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("no prerendered screen when the app would show something else", async () => {
    const seed = (page) => page.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("e2e-quiz:quiz", "stored");
        sessionStorage.setItem("seeded", "1");
      }
    });
    const { page, context, release } = await heldPage("quiz.html", seed);
    // Each widget: its options; a prerendered screen must show exactly when the app
    // then mounts without an option error.
    const widgets = {
      fresh: { theme: "auto" },
      "all-options": { mode: "QUIZ", theme: " Dark ", locale: "en-GB", "cta-url": "https://example.com/a?b", "cta-label": "Book a call", "cta-context": "on", "submitted-file": "" },
      relative: { "cta-url": "/contact#form" },
      "bad-theme": { theme: "purple" },
      "bad-key": { "storage-key": "two words" },
      "bad-url": { "cta-url": "javascript:alert(1)" },
      "label-alone": { "cta-label": "Book a call" },
      "bad-locale": { locale: "x" },
      "bad-switch": { "cta-context": "maybe" },
      "bad-mode": { mode: "survey" },
    };
    await page.evaluate((widgets) => {
      for (const [id, options] of Object.entries(widgets)) {
        const element = document.createElement("backend-ready");
        element.id = id;
        element.setAttribute("storage-key", id);
        for (const [name, value] of Object.entries(options)) element.setAttribute(name, value);
        document.body.appendChild(element);
      }
    }, widgets);
    await page.waitForFunction(() => document.getElementById("fresh").shadowRoot?.querySelector(".br-button"));
    assert.equal(await page.$eval("#fresh", (el) => el.shadowRoot.querySelector(".br").className), "br br--auto");
    assert.equal(await page.$eval("#all-options", (el) => el.shadowRoot.querySelector(".br")?.className), "br br--dark");
    const prerendered = (id) => page.$eval(`#${id}`, (el) => el.shadowRoot.childElementCount > 0);
    assert.equal(await prerendered("quiz"), false, "a stored quiz: nothing until the app shows where it stopped");
    const shown = {};
    for (const id of Object.keys(widgets)) shown[id] = await prerendered(id);
    assert.equal(await mounted(page), 0, "checked before the app was ready");
    release();
    const count = Object.keys(widgets).length + 1;
    await page.waitForFunction((n) => window.widgetEvents.filter((e) => /mounted|option-error/.test(e.type)).length === n, count);
    const accepted = await page.evaluate(() => Object.fromEntries(window.widgetEvents.filter((e) => /mounted|option-error/.test(e.type)).map((e) => [e.targetId, e.type === "backend-ready:mounted"])));
    delete accepted.quiz;
    assert.deepEqual(shown, accepted, "a prerendered screen exactly for the widgets the app accepts");
    assert.ok(Object.values(shown).filter(Boolean).length === 3 && Object.values(shown).filter((x) => !x).length === 7);
    await context.close();
  });
});
