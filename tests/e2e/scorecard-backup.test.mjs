// End-to-end tests of keeping the scorecard's data (release build, Chromium): the
// panel "Keeping your data" reminds of the last export ("never", then "today, 0
// changes since", counting each change, kept over a reload and dated in calendar
// days); the browser is asked to keep the data after the first candidate, never on
// load, and its answer is shown; the warning before storage is full appears when the
// host page fills most of the origin's quota, before a save fails, and a save that
// fails still loses nothing; Chromium's capacity is the one the headroom rule assumes;
// axe finds nothing on the panel and the warning in both themes and both languages.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { axeViolations, useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import { addCandidate, downloadFrom, listedNames, notices, savedText } from "./scorecard-helpers.mjs";
import { fillRest, savesRun } from "./shared-fixtures.mjs";

const env = useBrowserAndServers();
const INFO_KEY = "e2e-scorecard:scorecard:backup-info";

const NOT_KEPT =
  "This browser may clear the scorecard's data when it runs short of space, and Safari clears it after seven days without a visit to this site. Keep a recent file.";
const KEPT = "This browser has agreed to keep the scorecard's data: it goes only if someone clears this site's data in the browser.";
const UNKNOWN = "This browser does not say whether it keeps the scorecard's data. Keep a recent file.";
const NEARLY_FULL = (percent) =>
  `Browser storage for this site is ${percent}% full: the scorecard may soon not fit, and saving would fail. Export everything, then archive old candidates: export each one from their page, then delete them here.`;

/**
 * Opens the scorecard host page in a fresh context; `init` runs before the page's
 * scripts. Returns the page, its error log and the widget.
 */
async function open(init) {
  const context = await env.browser.newContext({ acceptDownloads: true });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const log = { pageErrors: [] };
  page.on("pageerror", (error) => log.pageErrors.push(String(error)));
  await page.goto(`${env.servers.hostOrigin}/scorecard.html`);
  await waitForWidgets(page, 1);
  return { context, page, log, ui: page.locator("#scorecard") };
}

async function close({ context, log }) {
  assert.deepEqual(log.pageErrors, [], "page errors");
  await context.close();
}

/** The lines of "Files and backups", each as its text. */
function panel(ui) {
  return ui.evaluate((el) => [...el.shadowRoot.querySelectorAll(".br-files p")].map((p) => p.textContent));
}

/** Waits until the panel's reminder reads `text`. */
async function waitForReminder(ui, text) {
  await ui.page().waitForFunction(
    (wanted) => document.querySelector("#scorecard").shadowRoot.querySelector(".br-backup-reminder")?.textContent === wanted,
    text,
    { timeout: 5000 },
  );
}

/** The stored backup lines. */
function storedInfo(page) {
  return page.evaluate((key) => localStorage.getItem(key), INFO_KEY);
}

describe("the backup reminder", () => {
  test("says never, then 0 changes since an export, counts each change, survives a reload, and counts calendar days", async () => {
    const opened = await open();
    const { page, ui } = opened;
    await waitForReminder(ui, "Last exported: never.");
    await addCandidate(ui, "Ada Lovelace");
    await waitForReminder(ui, "Last exported: never.");

    const before = Math.floor(Date.now() / 1000);
    const file = await downloadFrom(ui, "Export everything (JSON)");
    assert.equal(JSON.parse(file.text).candidates.length, 1, "the export holds everything");
    await waitForReminder(ui, "Last exported: today, 0 changes since.");
    await savedText(page);
    const lines = (await storedInfo(page)).split("\n");
    assert.equal(lines[0], "version=1");
    const exported = Number(lines[1].replace("exported=", ""));
    assert.ok(exported >= before && exported <= Math.ceil(Date.now() / 1000), `dated now: ${lines[1]}`);
    assert.equal(lines[2], "changes=0");

    await addCandidate(ui, "Grace Hopper");
    await waitForReminder(ui, "Last exported: today, 1 change since.");
    await ui.getByRole("button", { name: "Archive Grace Hopper", exact: true }).click();
    await waitForReminder(ui, "Last exported: today, 2 changes since.");
    await savedText(page); // the lines are stored with the save, once the changes stop (SAVE_DELAY_MS)
    assert.equal(await storedInfo(page), `version=1\nexported=${exported}\nchanges=2\n`);

    await page.reload();
    await waitForWidgets(page, 1);
    await waitForReminder(ui, "Last exported: today, 2 changes since.");

    // An export three days ago and yesterday, in the visitor's calendar (noon there).
    const noonDaysAgo = (days) =>
      page.evaluate((d) => {
        const noon = new Date();
        noon.setHours(12, 0, 0, 0);
        return Math.floor(noon.getTime() / 1000) - d * 86400;
      }, days);
    for (const [days, text] of [[3, "3 days ago"], [1, "1 day ago"]]) {
      const at = await noonDaysAgo(days);
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [INFO_KEY, `version=1\nexported=${at}\nchanges=1\n`]);
      await page.reload();
      await waitForWidgets(page, 1);
      await waitForReminder(ui, `Last exported: ${text}, 1 change since.`);
    }
    await close(opened);
  });

  test("two widgets on one key count together, and another tab hears the count", async () => {
    const opened = await open();
    const { page, ui } = opened;
    await downloadFrom(ui, "Export everything (JSON)");
    await waitForReminder(ui, "Last exported: today, 0 changes since.");
    const other = await opened.context.newPage();
    await other.goto(`${env.servers.hostOrigin}/scorecard.html`);
    await waitForWidgets(other, 1);
    const otherUi = other.locator("#scorecard");
    await waitForReminder(otherUi, "Last exported: today, 0 changes since.");
    await addCandidate(ui, "Ada Lovelace");
    await waitForReminder(ui, "Last exported: today, 1 change since.");
    await waitForReminder(otherUi, "Last exported: today, 1 change since.");
    await addCandidate(otherUi, "Grace Hopper");
    await waitForReminder(otherUi, "Last exported: today, 2 changes since.");
    await waitForReminder(ui, "Last exported: today, 2 changes since.");
    assert.deepEqual((await listedNames(ui)).sort(), ["Ada Lovelace", "Grace Hopper"]);
    await other.close();
    await close(opened);
  });
});

/** Init script: navigator.storage answers "not kept" until persist() is called, which
 * says yes; the calls are counted in window.__persistCalls. */
function persistSpy() {
  let kept = false;
  window.__persistCalls = 0;
  const manager = Object.getPrototypeOf(navigator.storage);
  manager.persisted = async () => kept;
  manager.persist = async () => {
    window.__persistCalls += 1;
    kept = true;
    return true;
  };
}

describe("asking the browser to keep the data", () => {
  test("not on load; after the first candidate, once; the answer is shown", async () => {
    const opened = await open(persistSpy);
    const { page, ui } = opened;
    await ui.getByText(NOT_KEPT).waitFor({ timeout: 5000 });
    await page.evaluate(savesRun);
    assert.equal(await page.evaluate(() => window.__persistCalls), 0, "not asked on load");
    await addCandidate(ui, "Ada Lovelace");
    await ui.getByText(KEPT).waitFor({ timeout: 5000 });
    assert.equal(await page.evaluate(() => window.__persistCalls), 1);
    await addCandidate(ui, "Grace Hopper");
    await page.evaluate(savesRun);
    assert.equal(await page.evaluate(() => window.__persistCalls), 1, "asked once");
    await close(opened);
  });

  test("the browser's own answer is shown as it is; without navigator.storage, that it does not say", async () => {
    const opened = await open();
    const real = await opened.page.evaluate(() => navigator.storage.persisted());
    await opened.ui.getByText(real ? KEPT : NOT_KEPT).waitFor({ timeout: 5000 });
    await close(opened);
    const without = await open(() => {
      Object.defineProperty(Navigator.prototype, "storage", { get: () => undefined });
    });
    await without.ui.getByText(UNKNOWN).waitFor({ timeout: 5000 });
    await addCandidate(without.ui, "Ada Lovelace");
    assert.ok((await panel(without.ui)).some((line) => line.startsWith(UNKNOWN)));
    await close(without);
  });
});

/** The share of Chromium's capacity the origin's keys and values take, in whole percent. */
function usedPercent(page) {
  return page.evaluate(() => {
    let units = 0;
    for (let i = 0; i < localStorage.length; i++) units += localStorage.key(i).length + localStorage.getItem(localStorage.key(i)).length;
    return Math.floor((units * 100) / 5_242_880);
  });
}

describe("quota headroom", () => {
  test("the warning appears when the host page holds 4.5 M units, before a save fails; a failed save loses nothing", async () => {
    const opened = await open();
    const { page, ui } = opened;
    await addCandidate(ui, "Ada Lovelace");
    await ui.getByText("Browser storage for this site: 0% used.").waitFor({ timeout: 5000 });
    assert.deepEqual(await notices(ui), []);

    await page.evaluate(() => localStorage.setItem("host-page", "x".repeat(4_500_000)));
    await addCandidate(ui, "Grace Hopper");
    const saved = JSON.parse(await savedText(page));
    const percent = await usedPercent(page);
    assert.equal(percent, 85, "4.5 M of 5,242,880 units");
    await ui.getByText(`Browser storage for this site: ${percent}% used.`).waitFor({ timeout: 5000 });
    assert.deepEqual(await notices(ui), [NEARLY_FULL(percent)], "warned");
    assert.deepEqual(saved.candidates.map((c) => c[1]), ["Ada Lovelace", "Grace Hopper"], "and the save worked");

    // The host page takes the rest: the next save fails, and nothing is lost.
    const filler = await page.evaluate(fillRest);
    await addCandidate(ui, "Edsger Dijkstra");
    await ui.locator(".br-notice").nth(1).waitFor({ timeout: 5000 });
    const shown = await notices(ui);
    assert.equal(shown.length, 2);
    assert.match(shown[1], /^Saving failed/);
    assert.deepEqual(await listedNames(ui), ["Ada Lovelace", "Grace Hopper", "Edsger Dijkstra"], "still in the page");
    const exported = JSON.parse((await downloadFrom(ui, "Export everything (JSON)")).text);
    assert.deepEqual(exported.candidates.map((c) => c.name), ["Ada Lovelace", "Grace Hopper", "Edsger Dijkstra"], "and in the export");

    // Room made: the next change saves everything, and the warning goes by itself.
    await page.evaluate((keys) => [...keys, "host-page"].forEach((key) => localStorage.removeItem(key)), filler);
    await addCandidate(ui, "Alan Turing");
    await page.waitForFunction(() => document.querySelector("#scorecard").shadowRoot.querySelectorAll(".br-notice").length === 0, null, { timeout: 5000 });
    const after = JSON.parse(await savedText(page));
    assert.deepEqual(after.candidates.map((c) => c[1]), ["Ada Lovelace", "Grace Hopper", "Edsger Dijkstra", "Alan Turing"]);
    await close(opened);
  });

  test("a page that opens on a nearly full origin warns at once", async () => {
    const opened = await open(() => {
      if (!localStorage.getItem("host-page")) localStorage.setItem("host-page", "x".repeat(4_500_000));
    });
    assert.deepEqual(await notices(opened.ui), [NEARLY_FULL(85)]);
    assert.ok((await panel(opened.ui)).some((line) => line.endsWith(" Browser storage for this site: 85% used.")));
    await close(opened);
  });

  test("Chromium's capacity is 5,242,880 UTF-16 units of keys and values, outside Latin-1 too", async () => {
    const opened = await open();
    const largest = (unit) =>
      opened.page.evaluate((u) => {
        localStorage.clear();
        let [fits, fails] = [0, 6_000_000];
        while (fails - fits > 1) {
          const middle = Math.floor((fits + fails) / 2);
          try {
            localStorage.setItem("k", u.repeat(middle));
            fits = middle;
          } catch {
            fails = middle;
          }
          localStorage.removeItem("k");
        }
        return fits;
      }, unit);
    assert.equal(await largest("x"), 5_242_879, "key 1 + value");
    assert.equal(await largest("€"), 5_242_879, "wide text counts the same");
    await close(opened);
  });
});

describe("accessibility of the panel and the warning", () => {
  for (const locale of ["en", "de"]) {
    for (const theme of ["light", "dark"]) {
      test(`axe finds nothing (${locale}, ${theme})`, async () => {
        const opened = await open(() => {
          if (!localStorage.getItem("host-page")) localStorage.setItem("host-page", "x".repeat(4_500_000));
        });
        const { page, ui } = opened;
        await page.evaluate(
          ([l, t]) => {
            const widget = document.querySelector("#scorecard");
            widget.setAttribute("locale", l);
            widget.setAttribute("theme", t);
          },
          [locale, theme],
        );
        await page.waitForFunction(
          ([l, t]) => document.querySelector("#scorecard").shadowRoot.querySelector(`.br--${t}[lang="${l}"] .br-backup-reminder`),
          [locale, theme],
          { timeout: 15000 },
        );
        const heading = await ui.evaluate((el) => el.shadowRoot.querySelector(".br-files h3").textContent);
        assert.equal(heading, locale === "de" ? "Dateien und Sicherungen" : "Files and backups");
        assert.equal((await notices(ui)).length, 1, "the warning shows");
        const found = await axeViolations(page);
        assert.deepEqual(found, [], `axe violations (${locale}, ${theme}):\n  ${found.join("\n  ")}`);
        await close(opened);
      });
    }
  }
});
