// Faults and attacks end to end, in both modes: damaged stored documents (12 kinds, each
// kept aside byte for byte, offered as a download, never run), a document that cannot be
// kept aside never written over, a trap shown as an alert, unknown fields written
// back, storage that is full or blocked, the scorecard under a strict CSP through a whole
// round, the standalone page and an embedded scorecard with no network, and what leaves
// the widget (the CTA link, exported files) only when the visitor chooses.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { serveFolder } from "../../scripts/static-server.mjs";
import { useBrowserAndServers, waitForWidgets, widgetFiles } from "./harness.mjs";
import { answerUntil, fillRest, savesRun } from "./shared-fixtures.mjs";
import {
  STORE_KEY,
  addCandidate,
  backToCandidate,
  backToList,
  compareCandidates,
  downloadFrom,
  finish,
  importCounts,
  importFile,
  interview,
  listedNames,
  notices,
  openCalibration,
  openCandidate,
  rateAndSubmit,
  setInterviewer,
  startInterview,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

const hostUrl = (page) => `${env.servers.hostOrigin}/${page}`;
const QUIZ_KEY = "e2e-quiz:quiz";

/** Records on `page` what the tests assert on (as harness.mjs's openPage does). */
function track(page) {
  const log = { requests: [], errors: [], pageErrors: [], dialogs: [], failed: [], downloads: [] };
  page.on("request", (request) => log.requests.push(request.url()));
  page.on("requestfailed", (request) => log.failed.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") log.errors.push(message.text());
  });
  page.on("pageerror", (error) => log.pageErrors.push(String(error)));
  page.on("dialog", (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  page.on("download", (download) => log.downloads.push(download.suggestedFilename()));
  return log;
}

/** A fresh context (empty storage), `init` run before every page script, and a page. */
async function freshPage(init, arg) {
  const context = await env.browser.newContext({ acceptDownloads: true });
  if (init) await context.addInitScript(init, arg);
  const page = await context.newPage();
  return { context, page, log: track(page) };
}

/** Opens the host page `host` in `page` and waits for its one widget, `widget` (a selector). */
async function openHost(page, host, widget) {
  await page.goto(hostUrl(host));
  await waitForWidgets(page, 1);
  return page.locator(widget);
}

/**
 * Sets (or, for null, removes) localStorage items of the host origin from a page with no
 * widget. Texts cross as JSON so lone surrogates arrive as they are.
 */
async function seed(page, entries) {
  await page.goto(hostUrl("seed.html"));
  await page.evaluate((json) => {
    for (const [key, value] of Object.entries(JSON.parse(json))) {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    }
  }, JSON.stringify(entries));
}

/** The stored text under `key`, exactly (lone surrogates too), or null. */
async function stored(page, key) {
  return JSON.parse(await page.evaluate((k) => JSON.stringify(localStorage.getItem(k)), key));
}

/** Every localStorage key of the page's origin, sorted. */
const storedKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());

/** Clicks the button named `name` in `ui` and returns the file it downloads, as bytes. */
async function downloadBytes(ui, name) {
  const [download] = await Promise.all([
    ui.page().waitForEvent("download", { timeout: 5000 }),
    ui.getByRole("button", { name, exact: true }).click(),
  ]);
  assert.equal(await download.failure(), null, `the download of "${name}" failed`);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Answers the quiz's current question with its first choice and goes on. */
async function answerFirst(ui) {
  await ui.locator(".br-choice input").first().click();
  await ui.locator("button[type=submit]").click();
}

/** From the quiz's intro: every question, first choice, to the result. */
async function completeQuiz(ui) {
  await ui.getByRole("button", { name: "Start the check" }).click();
  await answerUntil(async () => (await ui.locator(".br-result").count()) > 0, () => answerFirst(ui));
  return ui.locator(".br-score-number").textContent();
}

const MODES = {
  quiz: {
    host: "quiz.html",
    key: QUIZ_KEY,
    widget: "#quiz",
    /** Usable after the damage: start, answer one question, and it is saved. */
    async use(ui, page) {
      await ui.getByRole("button", { name: "Start the check" }).click();
      await answerFirst(ui);
      assert.match(await ui.locator(".br-progress-label").textContent(), /^Question 2 of/);
      assert.match(await stored(page, QUIZ_KEY), /^version=1\nscreen=question:1\nanswers=v1;[a-z-]+:/, "the new progress is saved");
    },
  },
  scorecard: {
    host: "scorecard.html",
    key: STORE_KEY,
    widget: "#scorecard",
    /** Usable after the damage: add a candidate, and it is saved. */
    async use(ui, page) {
      await addCandidate(ui, "Grace Hopper");
      await page.evaluate(savesRun);
      const saved = JSON.parse(await stored(page, STORE_KEY));
      assert.equal(saved.format, "backend-ready/scorecard-store");
      assert.deepEqual(saved.candidates.map((c) => c[1]), ["Grace Hopper"], "the new candidate is saved");
    },
  },
};

/** Real saved documents, made once by driving each widget: a quiz 3 questions in, and a
 * scorecard with one candidate and one submitted interview. */
const realDocs = {};
async function realDoc(mode) {
  if (realDocs[mode]) return realDocs[mode];
  const { context, page } = await freshPage();
  const ui = await openHost(page, MODES[mode].host, MODES[mode].widget);
  if (mode === "quiz") {
    await ui.getByRole("button", { name: "Start the check" }).click();
    for (let i = 0; i < 3; i++) await answerFirst(ui);
  } else {
    await setInterviewer(ui, "Ann");
    await addCandidate(ui, "Ada Lovelace", "Staff engineer");
    await openCandidate(ui, "Ada Lovelace");
    await interview(ui, { scores: "Strong", decision: "Yes", notes: ["Normalised, then denormalised with a reason"] });
    await page.evaluate(savesRun);
  }
  realDocs[mode] = await stored(page, MODES[mode].key);
  await context.close();
  assert.ok(realDocs[mode], `a real ${mode} document`);
  return realDocs[mode];
}

/** 200 KB (UTF-16 units) of junk, with markup that would run if it were ever parsed as HTML. */
const JUNK = (() => {
  const unit = `junk {"]\\ \u00f1 \u20ac <script>alert(1)</script><img src=x onerror="window.__pwned=1;alert(1)"> `;
  return unit.repeat(Math.ceil((200 * 1024) / unit.length)).slice(0, 200 * 1024);
})();

/** The 12 kinds of damage; each gives the stored text for a mode, from a real document. */
const KINDS = [
  {
    name: "invalid JSON / line format",
    quiz: () => `this is not the quiz's format\n<img src=x onerror="window.__pwned=1;alert(1)">\n`,
    scorecard: () => `{"format":"backend-ready/scorecard-store","version":1,<img src=x onerror="window.__pwned=1;alert(1)">`,
  },
  {
    name: "a real document truncated in half",
    quiz: (real) => real.slice(0, Math.floor(real.length / 2)),
    scorecard: (real) => real.slice(0, Math.floor(real.length / 2)),
  },
  { name: "the empty string", quiz: () => "", scorecard: () => "" },
  { name: "null", quiz: () => "null", scorecard: () => "null" },
  { name: "a JSON array", quiz: () => `["version=1","<script>alert(1)</script>"]`, scorecard: () => `["<script>alert(1)</script>",1,null]` },
  { name: "a JSON number", quiz: () => "42", scorecard: () => "42" },
  { name: "a JSON string", quiz: () => `"version=1"`, scorecard: () => `"<img src=x onerror=alert(1)>"` },
  {
    name: "a document from a newer version (99)",
    newer: true,
    quiz: (real) => `${real.replace(/^version=1\n/, "version=99\n")}hints=on\n`,
    scorecard: (real) => JSON.stringify({ ...JSON.parse(real), version: 99, teams: [["platform", ["Ann"]]] }),
  },
  {
    name: "the right version with wrong field types",
    quiz: () => "version=1\nscreen=banana\nanswers=42\n",
    scorecard: () =>
      JSON.stringify({ format: "backend-ready/scorecard-store", version: 1, me: 42, roles: "banana", candidates: { 0: ["c1"] }, interviews: true }),
  },
  {
    name: "__proto__ and constructor keys",
    quiz: () => "version=1\nscreen=intro\nanswers=v1;__proto__:polluted;constructor:prototype\n",
    scorecard: (real) => real.replace(/^\{/, `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},`),
  },
  {
    name: "lone surrogates and control characters",
    lossy: true,
    quiz: () => "version=1\nscreen=intro\nanswers=v1\nnote=a\ud800b\u0000c\n",
    scorecard: (real) => real.replace("Ada Lovelace", "Ada\ud800Love\u0000lace"),
  },
  { name: "a 200 KB junk value", quiz: () => JUNK, scorecard: () => JUNK },
];

/** Init script: records the file name each download link the widget clicks asks for. */
function recordDownloadNames() {
  window.__downloadNames = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute("download")) window.__downloadNames.push(this.download);
    return click.call(this);
  };
}

/** A second damaged text, stored after the first was kept aside. */
const SECOND = "damaged again {]\n";

/** The only notice shown, checked to say in plain words what happened to `backup`. */
async function assertKeptAsideNotice(ui, { newer }, backup, mode) {
  const shown = await notices(ui);
  assert.equal(shown.length, 1, `one notice: ${JSON.stringify(shown)}`);
  const [notice] = shown;
  const what = mode === "scorecard" ? "scorecard" : "progress";
  assert.ok(notice.startsWith(newer ? `Your saved ${what} was written by a newer version of this widget. ` : `Your saved ${what} could not be read. `), notice);
  assert.ok(notice.includes(`It was kept unchanged under the key \u201c${backup}\u201d and you are starting fresh.`), notice);
  assert.doesNotMatch(notice, /JSON|pars|panic|unwrap|undefined|NaN|exception|Unreadable|DecodeError/i, "plain words, no technical terms");
}

describe("12 corruption kinds x 2 modes", () => {
  for (const mode of ["quiz", "scorecard"]) {
    for (const kind of KINDS) {
      test(`${mode}: ${kind.name}`, async () => {
        const { key, host, widget, use } = MODES[mode];
        const backup = `${key}:backup`;
        const original = kind[mode](await realDoc(mode));
        const { context, page, log } = await freshPage(recordDownloadNames);
        await seed(page, { [key]: original });
        assert.equal(await stored(page, key), original, "the browser holds the damaged text as given");

        const ui = await openHost(page, host, widget);
        assert.ok(await ui.locator("h2").count(), "the widget renders a screen");
        await assertKeptAsideNotice(ui, kind, backup, mode);
        const kept = await stored(page, backup);
        assert.ok(kept !== null, "the original text is kept under the backup key");

        const file = await downloadBytes(ui, "Download the kept copy");
        // One name in every browser (the notice names the backup key).
        assert.deepEqual(await page.evaluate(() => window.__downloadNames), ["backend-ready-kept-copy.txt"]);
        assert.equal(file.name, "backend-ready-kept-copy.txt");
        // A file is UTF-8, where a lone surrogate can only be U+FFFD; all else is exact.
        assert.ok(file.bytes.equals(Buffer.from(original, "utf8")), `the download is the original text (${file.bytes.length} bytes)`);

        await use(ui, page);
        assert.equal(await stored(page, backup), kept, "using the widget leaves the backup alone");

        // A second damaged document is kept under :backup:2, the first stays.
        await seed(page, { [key]: SECOND });
        await page.goto(hostUrl(host));
        await waitForWidgets(page, 1);
        await assertKeptAsideNotice(ui, {}, `${backup}:2`, mode);
        assert.equal(await stored(page, backup), kept, "the first backup is not overwritten");
        assert.equal(await stored(page, `${backup}:2`), SECOND);
        // The scorecard's saves also keep the date of the last export and the changes since.
        const lines = mode === "scorecard" ? [`${key}:backup-info`] : [];
        assert.deepEqual(await storedKeys(page), [key, backup, `${backup}:2`, ...lines].sort(), "no other key written");

        // Nothing in the damaged text ran.
        assert.equal(await page.evaluate(() => window.__pwned), undefined);
        assert.equal(await page.evaluate(() => ({}).polluted ?? Object.prototype.polluted), undefined, "no prototype polluted");
        assert.deepEqual(log.dialogs, [], "no dialog");
        assert.deepEqual(log.pageErrors, []);
        const allowed = new Set([hostUrl("seed.html"), hostUrl(host), hostUrl("record-events.js"), ...widgetFiles(mode).map((f) => env.servers.cdn + f)]);
        assert.deepEqual(log.requests.filter((url) => !allowed.has(url)), [], "no request beyond the widget's own files");
        assert.equal(kept, original, "the original text is kept byte for byte under the backup key");
        await context.close();
      });
    }
  }
});

describe("unknown fields are kept x 2 modes", () => {
  test("quiz: a line future=1 is written back after the next answer", async () => {
    const real = await realDoc("quiz");
    const { context, page, log } = await freshPage();
    await seed(page, { [QUIZ_KEY]: `${real}future=1\n` });
    const ui = await openHost(page, "quiz.html", "#quiz");
    assert.deepEqual(await notices(ui), [], "a known-version document with an unknown line is read, no notice");
    await ui.getByRole("button", { name: "Continue where you left off" }).click();
    await answerFirst(ui);
    const saved = await stored(page, QUIZ_KEY);
    assert.notEqual(saved, `${real}future=1\n`, "the answer was saved");
    assert.match(saved, /^version=1\nscreen=question:4\nanswers=v1;.*\nfuture=1\n$/);
    assert.equal(await stored(page, `${QUIZ_KEY}:backup`), null, "nothing kept aside");
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test('scorecard: a top-level "x-future": {"a":1} is written back after an edit', async () => {
    const real = await realDoc("scorecard");
    const withFuture = `${real.slice(0, -1)},"x-future":{"a":1}}`;
    JSON.parse(withFuture);
    const { context, page, log } = await freshPage();
    await seed(page, { [STORE_KEY]: withFuture });
    const ui = await openHost(page, "scorecard.html", "#scorecard");
    assert.deepEqual(await listedNames(ui), ["Ada Lovelace"]);
    assert.deepEqual(await notices(ui), []);
    await addCandidate(ui, "Grace Hopper");
    await page.evaluate(savesRun);
    const saved = await stored(page, STORE_KEY);
    const doc = JSON.parse(saved);
    assert.deepEqual(doc.candidates.map((c) => c[1]), ["Ada Lovelace", "Grace Hopper"], "the edit was saved");
    assert.deepEqual(doc["x-future"], { a: 1 });
    assert.ok(saved.endsWith(`,"x-future":{"a":1}}`), "kept after the known members");
    assert.equal(await stored(page, `${STORE_KEY}:backup`), null, "nothing kept aside");
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
});

/** Init script: setItem throws QuotaExceededError while window.__quotaFull is true. */
function quotaFull() {
  window.__quotaFull = true;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.__quotaFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return setItem.call(this, key, value);
  };
}

/** Init script: the localStorage getter throws, as in some private modes. */
function storageBlocked() {
  Object.defineProperty(window, "localStorage", {
    get() {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
  });
}

describe("write failures x 2 modes", () => {
  test("quiz, storage full: saving failed is shown, answers go on in memory, and the first save that fits catches up", async () => {
    const { context, page, log } = await freshPage(quotaFull);
    const ui = await openHost(page, "quiz.html", "#quiz");
    await ui.getByRole("button", { name: "Start the check" }).click();
    await answerFirst(ui);
    assert.deepEqual(await notices(ui), [
      "Saving failed (the browser's storage may be full). Your answers are still here; they will be saved at the next change that fits.",
    ]);
    await answerFirst(ui);
    assert.match(await ui.locator(".br-progress-label").textContent(), /^Question 3 of/, "the quiz goes on");
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY), null, "nothing could be written");
    await page.evaluate(() => { window.__quotaFull = false; });
    await answerFirst(ui);
    assert.deepEqual(await notices(ui), [], "the notice goes once a save succeeds");
    const saved = await stored(page, QUIZ_KEY);
    assert.match(saved, /^version=1\nscreen=question:3\nanswers=v1;[a-z-]+:[^;]+;[a-z-]+:[^;]+;[a-z-]+:[^;\n]+\n$/, "all three answers, kept in memory, are saved");
    assert.deepEqual([log.pageErrors, log.dialogs], [[], []]);
    await context.close();
  });

  test("scorecard, storage full: saving failed is shown, work goes on, the export holds the new candidates, and the next change saves everything", async () => {
    const { context, page, log } = await freshPage(quotaFull);
    const ui = await openHost(page, "scorecard.html", "#scorecard");
    await setInterviewer(ui, "Ann");
    await addCandidate(ui, "Grace Hopper");
    await ui.locator(".br-notice").first().waitFor();
    assert.deepEqual(await notices(ui), [
      "Saving failed (the browser's storage may be full). Everything is still here: export it to be safe. It will be saved at the next change that fits.",
    ]);
    await openCandidate(ui, "Grace Hopper");
    await interview(ui, { scores: "Strong", decision: "Yes" });
    await backToList(ui);
    const exported = JSON.parse((await downloadFrom(ui, "Export everything (JSON)")).text);
    assert.deepEqual(exported.candidates.map((c) => c.name), ["Grace Hopper"], "the export holds the unsaved candidate");
    assert.equal(exported.interviews.length, 1);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY), null, "nothing could be written");

    await page.evaluate(() => { window.__quotaFull = false; });
    await addCandidate(ui, "Alan Turing");
    // (The export's own save may have written first: it dates the export.)
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes("Alan Turing"), STORE_KEY, { timeout: 2000 });
    await page.waitForFunction(() => !document.querySelector("#scorecard").shadowRoot.querySelector(".br-notice"), null, { timeout: 2000 });
    const saved = JSON.parse(await stored(page, STORE_KEY));
    assert.deepEqual(saved.candidates.map((c) => c[1]), ["Grace Hopper", "Alan Turing"], "everything done while full is saved");
    assert.equal(saved.interviews.length, 1);
    assert.equal(saved.me, "Ann");
    await finish(env, { page, log });
  });

  test("quiz, storage blocked: explained, and the whole quiz works to the result", async () => {
    const { context, page, log } = await freshPage(storageBlocked);
    const ui = await openHost(page, "quiz.html", "#quiz");
    const shown = await notices(ui);
    assert.equal(shown.length, 1);
    assert.match(shown[0], /^This browser does not allow saving here, so your progress lasts only until the page closes\.$/);
    const score = await completeQuiz(ui);
    assert.match(score, /^\d+$/);
    assert.deepEqual(await notices(ui), shown, "still one notice, not one per answer");
    assert.deepEqual([log.pageErrors, log.dialogs], [[], []]);
    await context.close();
  });

  test("scorecard, storage blocked: explained, and a candidate, an interview and the export work", async () => {
    const { page, log } = await freshPage(storageBlocked);
    const ui = await openHost(page, "scorecard.html", "#scorecard");
    const shown = await notices(ui);
    assert.deepEqual(shown, [
      "This browser does not allow saving here, so the scorecard lasts only until the page closes. Export it to keep it.",
    ]);
    await setInterviewer(ui, "Ann");
    await addCandidate(ui, "Barbara Liskov");
    await openCandidate(ui, "Barbara Liskov");
    await interview(ui, { scores: "Exceptional", decision: "Strong yes" });
    await backToList(ui);
    const exported = JSON.parse((await downloadFrom(ui, "Export everything (JSON)")).text);
    assert.deepEqual(exported.candidates.map((c) => c.name), ["Barbara Liskov"]);
    assert.equal(exported.interviews[0].status, "submitted");
    assert.deepEqual(await notices(ui), shown, "still the one notice");
    await finish(env, { page, log });
  });
});

const removeKeys = (page, keys) => page.evaluate((list) => list.forEach((key) => localStorage.removeItem(key)), keys);

/** The notice shown when a document could not be read nor kept aside. */
const HELD = (what) =>
  `Your saved ${what} was written by a newer version of this widget. There is no room to keep a copy of it, so nothing will be saved here until it is safe. Your work stays on this page until it closes: download the saved copy as it is, or free some space in this browser.`;

describe("a document that cannot be kept aside is never written over x 2 modes", () => {
  test("scorecard: newer version, storage full: dismissed notice, a new candidate, a reload, the original is there byte for byte; freeing space keeps it aside and saving resumes", async () => {
    const original = KINDS.find((kind) => kind.newer).scorecard(await realDoc("scorecard"));
    const { context, page, log } = await freshPage();
    await seed(page, { [STORE_KEY]: original });
    const filler = await page.evaluate(fillRest);
    assert.ok(filler.length > 0, "the host page filled storage");

    const ui = await openHost(page, "scorecard.html", "#scorecard");
    // Storage is full, so the warning before a save fails shows too (checked apart).
    const warning = (text) => text.startsWith("Browser storage for this site is 99% full");
    const held = async () => (await notices(ui)).filter((text) => !warning(text));
    assert.ok((await notices(ui)).some(warning), "storage is nearly full");
    assert.deepEqual(await held(), [HELD("scorecard")], "says exactly why it cannot save");
    assert.equal(await stored(page, `${STORE_KEY}:backup`), null, "no copy fitted");

    await ui.locator(".br-notice", { hasText: "newer version" }).getByRole("button", { name: "Dismiss" }).click();
    assert.deepEqual(await held(), []);
    await addCandidate(ui, "Grace Hopper");
    await ui.locator(".br-notice", { hasText: "newer version" }).waitFor({ timeout: 5000 }); // the held save
    assert.deepEqual(await listedNames(ui), ["Grace Hopper"], "the widget works in memory");
    assert.equal(await stored(page, STORE_KEY), original, "the held save did not write");
    assert.deepEqual(await held(), [HELD("scorecard")], "the notice comes back when a save is held");

    await page.reload();
    await waitForWidgets(page, 1);
    assert.equal(await stored(page, STORE_KEY), original, "the original is there byte for byte after the reload");
    assert.deepEqual(await held(), [HELD("scorecard")]);
    assert.equal(await stored(page, `${STORE_KEY}:backup`), null);

    // Space freed: the next save keeps the original aside first, then writes.
    await removeKeys(page, filler);
    await addCandidate(ui, "Alan Turing");
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).version === 1, STORE_KEY, { timeout: 3000 });
    assert.equal(await stored(page, `${STORE_KEY}:backup`), original, "kept aside byte for byte");
    assert.deepEqual(JSON.parse(await stored(page, STORE_KEY)).candidates.map((c) => c[1]), ["Alan Turing"]);
    const shown = await notices(ui);
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.ok(shown[0].includes(`It was kept unchanged under the key \u201c${STORE_KEY}:backup\u201d`), shown[0]);
    assert.deepEqual([log.pageErrors, log.dialogs], [[], []]);
    await context.close();
  });

  test("quiz: newer version, storage full: nothing saved until the saved copy is downloaded and the download confirmed", async () => {
    const original = KINDS.find((kind) => kind.newer).quiz(await realDoc("quiz"));
    const { context, page, log } = await freshPage();
    await seed(page, { [QUIZ_KEY]: original });
    await page.evaluate(fillRest);

    const ui = await openHost(page, "quiz.html", "#quiz");
    assert.deepEqual(await notices(ui), [HELD("progress")]);
    await ui.locator(".br-notice").getByRole("button", { name: "Dismiss" }).click();
    await ui.getByRole("button", { name: "Start the check" }).click();
    await answerFirst(ui);
    assert.equal(await stored(page, QUIZ_KEY), original, "the held save did not write");
    assert.deepEqual(await notices(ui), [HELD("progress")], "shown again when a save is held");
    assert.equal(await ui.getByRole("button", { name: "I have the file: save again" }).count(), 0, "no confirming before a download");

    const file = await downloadBytes(ui, "Download the saved copy");
    assert.equal(file.name, "backend-ready-saved-copy.txt");
    assert.ok(file.bytes.equals(Buffer.from(original, "utf8")), "the download is the stored text as it is");
    assert.equal(await stored(page, QUIZ_KEY), original, "a download alone does not release the hold");
    await ui.getByRole("button", { name: "I have the file: save again" }).click();
    assert.deepEqual(await notices(ui), []);
    await page.waitForFunction((key) => localStorage.getItem(key).startsWith("version=1\n"), QUIZ_KEY, { timeout: 3000 });
    assert.match(await stored(page, QUIZ_KEY), /^version=1\nscreen=question:1\nanswers=v1;[a-z-]+:/, "saving resumed");
    assert.deepEqual([log.pageErrors, log.dialogs], [[], []]);
    await context.close();
  });
});

test("a trap inside the app: an alert with a reload button in place of the widget, and storage untouched", async () => {
  const { context, page } = await freshPage();
  const ui = await openHost(page, "scorecard.html", "#scorecard");
  await addCandidate(ui, "Grace Hopper");
  await page.evaluate(savesRun);
  const saved = await stored(page, STORE_KEY);
  assert.ok(saved, "saved before the fault");
  // As WebKit reports its "Out of bounds memory access" trap: from a wasm-bindgen closure.
  await page.evaluate((cdn) => {
    const trap = new WebAssembly.RuntimeError("Out of bounds memory access");
    trap.stack = `closure@${cdn}backend-ready-scorecard.js:1:1\n<?>.wasm-function[1]@[wasm code]`;
    window.dispatchEvent(new ErrorEvent("error", { error: trap, message: trap.message }));
  }, env.servers.cdn);
  const alert = ui.getByRole("alert");
  await alert.waitFor();
  assert.equal(
    await alert.locator("p").textContent(),
    "Something went wrong inside this widget, so it stopped. What was saved before is kept. Reload the page to start it again.",
  );
  assert.equal(await ui.locator(".br-scorecard").count(), 0, "the widget is replaced, not left blank");
  // Leaving the page would flush a pending save: after a fault nothing is written.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide")));
  assert.equal(await stored(page, STORE_KEY), saved);
  await Promise.all([page.waitForEvent("load"), ui.getByRole("button", { name: "Reload the page" }).click()]);
  await waitForWidgets(page, 1);
  assert.deepEqual(await listedNames(ui), ["Grace Hopper"], "after the reload the saved work is there");
  await context.close();
});

test("strict CSP through a whole scorecard round: 2 candidates, 2 interviews, summary, compare, calibration, 2 exports, 1 import", async () => {
  const { page, log } = await freshPage();
  const ui = await openHost(page, "csp-scorecard.html", "#scorecard");
  const styled = await ui.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".br")).display);
  assert.notEqual(styled, "", "the widget renders");
  await setInterviewer(ui, "Ann");
  for (const [name, scores, decision] of [["Leslie Lamport", "Exceptional", "Strong yes"], ["Tony Hoare", "Mixed", "No"]]) {
    await addCandidate(ui, name);
    await openCandidate(ui, name);
    await interview(ui, { scores, decision, notes: [`Notes on ${name}`] });
    assert.ok(await ui.locator(".br-summary").isVisible(), "the summary is shown");
    assert.equal(await ui.locator(".br-summary .br-radar").count(), 1, "with its radar chart");
    await backToList(ui);
  }
  await compareCandidates(ui, ["Leslie Lamport", "Tony Hoare"]);
  assert.equal(await ui.getByRole("table", { name: "Competency means and overall score per candidate" }).count(), 1);
  await backToList(ui);
  await openCalibration(ui);
  assert.equal(await ui.getByRole("table", { name: /Rating distribution per interviewer/ }).count(), 1);
  await backToList(ui);
  const json = await downloadFrom(ui, "Export everything (JSON)");
  const csv = await downloadFrom(ui, "Export ratings (CSV)");
  assert.equal(JSON.parse(json.text).interviews.length, 2);
  assert.match(csv.text, /Leslie Lamport/);
  assert.deepEqual(importCounts(await importFile(ui, json.text)), { candidates: 0, interviews: 0, newer: 0, unchanged: 2, drafts: 0 });

  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], "no securitypolicyviolation event");
  assert.deepEqual(log.errors, [], "no console error");
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.dialogs, []);
  const allowed = new Set([
    hostUrl("csp-scorecard.html"),
    hostUrl("record-events.js"),
    hostUrl("csp-violations.js"),
    ...widgetFiles("scorecard").map((f) => env.servers.cdn + f),
  ]);
  assert.deepEqual(log.requests.filter((url) => !allowed.has(url)), [], "no request beyond the widget's own files");
  await page.context().close();
});

describe("offline", () => {
  // The standalone page (the build's index.html) as a PWA, served from a copy of the
  // build under test, as offline.test.mjs does (it reads dist/; here BR_DIST is honoured).
  const DIST = process.env.BR_DIST || new URL("../../dist/", import.meta.url).pathname;
  let site;
  before(async () => {
    const folder = mkdtempSync(join(tmpdir(), "br-pwa-resilience-"));
    cpSync(DIST, folder, { recursive: true });
    site = await serveFolder({ root: folder, prefix: "/app/" });
  });
  after(() => new Promise((done) => (site ? site.server.close(done) : done())));

  const widgetsShown = (page) =>
    page.waitForFunction(() => [...document.querySelectorAll("backend-ready")].every((el) => el.shadowRoot?.querySelector("h2")));

  test("the standalone page: offline, a scorecard candidate and a whole quiz; online again, nothing lost", async () => {
    const { context, page, log } = await freshPage();
    await page.goto(`${site.origin}/app/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await widgetsShown(page);
    const quiz = page.locator("#demo-quiz");
    const scorecard = page.locator("#demo-scorecard");
    await addCandidate(scorecard, "Offline Olga", "Backend engineer");
    const score = await completeQuiz(quiz);
    await page.evaluate(savesRun);
    assert.deepEqual(log.failed, [], "no request failed while offline");

    await context.setOffline(false);
    await page.reload();
    await widgetsShown(page);
    assert.deepEqual(await listedNames(scorecard), ["Offline Olga"], "the candidate added offline is there");
    await quiz.locator(".br-result").waitFor();
    assert.equal(await quiz.locator(".br-score-number").textContent(), score, "the quiz result is there");
    const keys = await storedKeys(page);
    assert.deepEqual(keys, ["demo:quiz", "demo:scorecard", "demo:scorecard:backup-info"]);
    assert.deepEqual([log.pageErrors, log.dialogs], [[], []]);
    await context.close();
  });

  test("the embedded scorecard keeps working when the connection drops mid-interview", async () => {
    const { context, page, log } = await freshPage();
    const ui = await openHost(page, "scorecard.html", "#scorecard");
    await setInterviewer(ui, "Ann");
    await addCandidate(ui, "Barbara Liskov");
    await openCandidate(ui, "Barbara Liskov");
    await startInterview(ui);
    await context.setOffline(true);
    await rateAndSubmit(ui, { scores: ["Strong", "Mixed", "Exceptional", "Strong", "Weak", "Strong", "No evidence"], decision: "Yes", notes: ["Written offline"] });
    await backToCandidate(ui, "Barbara Liskov");
    assert.ok(await ui.locator(".br-summary").isVisible(), "the summary works offline");
    await backToList(ui);
    const exported = JSON.parse((await downloadFrom(ui, "Export everything (JSON)")).text);
    assert.equal(exported.interviews.length, 1);
    assert.equal(exported.interviews[0].status, "submitted");
    assert.equal(exported.interviews[0].ratings["system-design"].note, "Written offline");
    await downloadFrom(ui, "Export ratings (CSV)");
    await page.evaluate(savesRun);
    assert.equal(JSON.parse(await stored(page, STORE_KEY)).interviews[0][5], "s", "the submitted interview is saved");
    assert.deepEqual(log.failed, [], "no request failed");
    await finish(env, { page, log });
  });
});

test("what leaves the widget: the CTA href is exactly the configured cta-url, share links and exported files are made only on click", async () => {
  const CTA = "https://booking.example/call?from=quiz#slot";
  const { context, page, log } = await freshPage(() => {
    window.__objectUrls = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = function (blob) {
      window.__objectUrls.push(blob.type);
      return create.call(this, blob);
    };
  });
  const booked = [];
  await context.route("https://booking.example/**", (route) => {
    booked.push(route.request().url());
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Booked</title>" });
  });
  await page.goto(hostUrl("private-data.html"));
  await waitForWidgets(page, 2);
  const quiz = page.locator("#quiz");
  const scorecard = page.locator("#scorecard");
  const address = page.url();

  // The scorecard: a whole interview, a summary, nothing produced before a click.
  await setInterviewer(scorecard, "Ann");
  await addCandidate(scorecard, "Secret Sam", "Backend engineer");
  await openCandidate(scorecard, "Secret Sam");
  await interview(scorecard, { scores: "Strong", decision: "Yes", notes: ["Confidential note"] });
  await backToList(scorecard);
  // The quiz, to the result.
  await completeQuiz(quiz);
  assert.deepEqual(log.downloads, [], "no download before an export is clicked");
  assert.deepEqual(await page.evaluate(() => window.__objectUrls), [], "no file made before a click");
  assert.equal(await quiz.locator("#br-share-link").count(), 0, "no share link before it is asked for");
  assert.equal(page.url(), address, "the page address carries no answers");

  const cta = quiz.locator(".br-cta a");
  assert.equal(await cta.getAttribute("href"), CTA, "the CTA href is the configured cta-url, nothing appended");
  assert.equal(await cta.evaluate((a) => a.href), CTA);

  await downloadFrom(scorecard, "Export everything (JSON)");
  assert.equal(log.downloads.length, 1, "one click, one file");
  await downloadFrom(scorecard, "Export ratings (CSV)");
  assert.equal(log.downloads.length, 2);
  assert.equal((await page.evaluate(() => window.__objectUrls)).length, 2);

  // Following the CTA requests exactly the configured address.
  await Promise.all([page.waitForURL("https://booking.example/**"), cta.click()]);
  assert.deepEqual(booked, [CTA.replace(/#.*/, "")], "the booking page is asked for with nothing added");
  assert.equal(page.url(), CTA);
  assert.deepEqual([log.pageErrors, log.dialogs], [[], []]);
  const allowed = new Set([hostUrl("private-data.html"), hostUrl("record-events.js"), CTA.replace(/#.*/, ""), ...widgetFiles("quiz", "scorecard").map((f) => env.servers.cdn + f)]);
  assert.deepEqual(log.requests.filter((url) => !allowed.has(url)), [], "no request beyond the widget's own files and the chosen link");
  await context.close();
});
