// The 1,000-candidate store for the cross-engine tests (store.test.mjs, quota.test.mjs):
// the shape of tests/storage_scorecard.rs's `large_store(60)` (4 submitted interviews a
// candidate, a note per rating, every tenth candidate archived), each engine's measured
// localStorage capacity, a timed mount, and what a save of a change came to.
import assert from "node:assert/strict";
import { waitFor } from "./driver.mjs";

/** Measured capacities (UTF-16 code units of keys and values per origin); the README's
 * storage section quotes them. */
export const CAPACITY = {
  chromium: { latin1: 5242880, wide: 5242880 },
  firefox: { latin1: 5242880, wide: 5242880 },
  webkit: { latin1: 5242880, wide: 2621440 },
};

/** In the page: stores the 1,000-candidate document under `key`, with notes of
 * `noteLength` characters (60 is the shape above; 0 leaves 592,163 units); returns its
 * length in UTF-16 code units. */
export function seedThousand(key, noteLength = 60) {
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  const uiId = (prefix, seed) => {
    let value = BigInt.asUintN(64, BigInt(seed) * 0x9e3779b97f4a7c15n);
    let id = prefix;
    for (let i = 0; i < 16; i++) {
      id += digits[Number(value % 36n)];
      value /= 36n;
    }
    return id;
  };
  const note = (seed, count) => {
    const words = `Evidence ${seed}: named the trade-offs, sized the queue, asked about failure modes and retries. `;
    return words.repeat(Math.ceil(count / words.length)).slice(0, count);
  };
  const names = ["Ann Lee", "Bob Stone", "Chen Wu", "Dana Ruiz"];
  const stages = ["architecture-case-study", "database-modelling", "api-integration-scenarios", "infrastructure-awareness", "portfolio-walkthrough"];
  const levels = ["junior", "mid", "senior", "lead"];
  const decisions = ["strong-no", "no", "yes", "strong-yes"];
  const weights = [20, 15, 15, 15, 15, 10, 10];
  const roles = [["Backend engineer", "senior", weights], ["Platform engineer", "mid", weights]];
  const candidates = [];
  const interviews = [];
  for (let c = 0; c < 1000; c++) {
    const id = uiId("c", c);
    candidates.push([id, `Candidate ${String(c).padStart(4, "0")}`, roles[c % 2][0], levels[c % 4], "", c % 10 === 0]);
    for (let k = 0; k < 4; k++) {
      const seed = c * 4 + k;
      const scores = [1, 2, 3, 4, 0, 3, 2].map((s) => (s === 0 ? "n" : String(((s + k) % 4) + 1))).join("");
      const notes = Array.from({ length: 7 }, (_, index) => note(seed * 7 + index, noteLength));
      interviews.push([uiId("i", seed), id, names[k], stages[(c + k) % 5], 1, "s", scores, notes, decisions[seed % 4], []]);
    }
  }
  const text = JSON.stringify({ format: "backend-ready/scorecard-store", version: 1, me: "Ann Lee", roles, candidates, interviews });
  localStorage.setItem(key, text);
  return text.length;
}

/** In the page: mounts a scorecard on `storageKey` into #slot and resolves to the ms
 * from mount() to the frame after the list's first rows are in the document (or to the
 * fault shown instead); the widget stays mounted. */
export function mountTimed(storageKey) {
  const slot = document.querySelector("#slot");
  slot.replaceChildren();
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const started = performance.now();
  window.BackendReady.mount(slot, { mode: "scorecard", storageKey });
  return new Promise((done) => {
    const check = async () => {
      const root = slot.querySelector("backend-ready")?.shadowRoot;
      const fault = root?.querySelector("[role=alert]");
      if (root?.querySelector(".br-candidate")) {
        await frame();
        await frame();
        done({ ms: Math.round(performance.now() - started) });
      } else if (fault && !root.querySelector("h2")) {
        done({ fault: fault.textContent });
      } else if (performance.now() - started > 60000) {
        done({ fault: `no list after 60 s: ${root?.textContent.slice(0, 300)}` });
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

/**
 * Mounts the scorecard on `storageKey` in `page` four times, checking each shows the
 * list, not the fault: the ms to the list painted cold (the wasm fetched and compiled)
 * and warm (three more, in the same page), and their median.
 */
export async function timedMounts(page, storageKey) {
  const times = [];
  for (let run = 1; run <= 4; run++) {
    const timed = await page.evaluate(mountTimed, storageKey);
    assert.ok(timed.ms !== undefined, `mount ${run}: the list is shown, not the fault: ${timed.fault}`);
    times.push(timed.ms);
  }
  const [cold, ...warm] = times;
  return { cold, warm, median: median(warm), text: `${cold} ms cold, ${warm.join(" / ")} ms warm (median ${median(warm)})` };
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];


/** In the page: the share of `capacity` in use, in whole percent, counting every key
 * and value in UTF-16 code units, and twice over for one with a character outside
 * Latin-1 where `wideDouble` (WebKit). */
export function usedPercent(capacity, wideDouble) {
  let used = 0;
  const cost = (text) => (wideDouble && /[^\0-\xff]/.test(text) ? 2 : 1) * text.length;
  for (let i = 0; i < localStorage.length; i++) used += cost(localStorage.key(i)) + cost(localStorage.getItem(localStorage.key(i)));
  return Math.floor((used * 100) / capacity);
}

/** The names of the candidates in the document stored under `key` (none if there is none). */
export function storedNames(page, key) {
  return page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? "null")?.candidates ?? []).map((c) => c[1]), key);
}

/** In the page: records the page's every localStorage.setItem in `window.__saves`
 * ({key, value, ok}), the widget's saves among them. */
export function recordSaves() {
  window.__saves = [];
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const save = { key: String(key), value: String(value), ok: false };
    window.__saves.push(save);
    setItem.call(this, key, value);
    save.ok = true;
  };
}

/**
 * After a change that adds `name` (with `recordSaves` in the page): waits for the
 * widget's save of a document holding `name` under `key` and returns how it went,
 * "saved" or "failed", once the widget at `ui` says so too (a notice "Saving failed",
 * or none).
 */
export async function saveOutcome(ui, key, name) {
  const outcome = await waitFor(
    ui.page,
    (k, n) => {
      const last = window.__saves.findLast((save) => save.key === k);
      const holds = last && JSON.parse(last.value).candidates.some((c) => c[1] === n);
      return holds && (last.ok ? "saved" : "failed");
    },
    [key, name],
    { timeout: 10000, what: `a save of ${name}` },
  );
  await waitFor(
    ui.page,
    (host, failed) =>
      failed === [...document.querySelector(host).shadowRoot.querySelectorAll(".br-notice p")].some((p) => p.textContent.startsWith("Saving failed")),
    [ui.host, outcome === "failed"],
    { what: `the widget to say the save of ${name} ${outcome}` },
  );
  return outcome;
}
