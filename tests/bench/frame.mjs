// "Within a frame" (issue 14, items 2 and 3), Debian Chromium, before and after side by
// side in one run: each build is measured in turn, alternating, from its own CDN origin.
// - Quiz, CPU 4x slower: a click on Next to the next question's DOM (question to
//   question), and the last click, "See your result", to the result's DOM, apart (it
//   renders a whole new screen); goal for Next: p95 below one frame, 16 ms. Next is also
//   given from the fifth step of each quiz on, once the code it runs has run before.
// - Scorecard with 1,000 candidates (tests/bench/store.mjs), CPU not throttled: mount to
//   the candidate list painted; goal <= 100 ms. Then rating clicks in a new draft at 4x,
//   to the DOM updated, 60 ms apart (the saves wait until the clicks stop); goal p95 <
//   16 ms. And what one save of the store costs (a click during it waits).
// Each figure also as the main thread's CPU time in the same windows (from a trace):
// these machines are shared, and the wall clock there moves with the other processes.
// Usage: node tests/bench/frame.mjs [runs]   (after `trunk build --release`)
//   BR_BEFORE=<a dist folder>: measure that build too, as "before" (say, main's
//   `dist/` copied aside before a change). `--check` exits 1 when a goal is not met.
import { join } from "node:path";
import { launchBrowser } from "../e2e/harness.mjs";
import { serveSlotPage } from "./slot-page.mjs";
import { store } from "./store.mjs";

const RUNS = Number(process.argv[2] ?? 5);
const HERE = new URL(".", import.meta.url).pathname;
const BUILDS = [
  ...(process.env.BR_BEFORE ? [["before", process.env.BR_BEFORE]] : []),
  ["after", process.env.BR_DIST || join(HERE, "../../dist")],
];
const CANDIDATES = 1000;
/**
 * Next clicks after this many in a quiz run code that has already run: the first ones
 * also wait for the browser to compile the wasm functions they call for the first time.
 */
const WARM_AFTER = 4;
/** The goals, in ms (issue 14): the budgets of this benchmark. */
const GOALS = { next: 16, mount: 100, rating: 16 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

/**
 * Runs `work(page)` while Chromium traces, and returns the main thread's CPU time (ms)
 * inside each window the page marked with `performance.mark("w<i>")` and
 * `performance.mark("w<i>.")`: the difference of the marks' thread clocks. Unlike the
 * wall clock it hardly moves when other processes share the CPU, and the 4x throttling
 * (the renderer paused between slices) does not count in it.
 */
async function cpuWindows(browser, page, work) {
  await browser.startTracing(page, { categories: ["blink.user_timing"] });
  const result = await work(page);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const marks = new Map(events.filter((e) => /^w\d+\.?$/.test(e.name) && e.tts !== undefined).map((e) => [e.name, e]));
  const windows = [];
  for (const [name, start] of marks) {
    const end = marks.get(`${name}.`);
    if (!name.endsWith(".") && end) windows[Number(name.slice(1))] = (end.tts - start.tts) / 1000;
  }
  return { result, windows };
}

/** Mounts `mode` through the JS API and resolves once the app (not the prerendered screen) is up. */
const MOUNT = `(async (options) => {
  const handle = window.BackendReady.mount(document.querySelector("#slot"), options);
  await new Promise((done) => handle.element.addEventListener("backend-ready:mounted", done, { once: true }));
  window.__handle = handle;
})`;

/** Next clicks through one whole quiz at 4x: question to question, and the last to the result. */
async function quiz(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.evaluate(`${MOUNT}({ mode: "quiz", storageKey: "frame" })`);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const { result: times, windows } = await cpuWindows(browser, page, (page) => page.evaluate(async () => {
    const root = window.__handle.element.shadowRoot;
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    root.querySelector("button").click();
    while (!root.querySelector("fieldset")) await frame();
    await frame();
    const next = [];
    let result = null;
    while (!root.querySelector(".br-result")) {
      root.querySelector(".br-choice input").click();
      await frame();
      await new Promise((done) => setTimeout(done, 30));
      const heading = root.querySelector("h2").textContent;
      const index = next.length + (result === null ? 0 : 1);
      performance.mark(`w${index}`);
      const start = performance.now();
      root.querySelector("button[type=submit]").click();
      while (!root.querySelector(".br-result") && root.querySelector("h2").textContent === heading) {
        await new Promise((done) => setTimeout(done, 0));
      }
      const dom = performance.now() - start;
      performance.mark(`w${index}.`);
      if (root.querySelector(".br-result")) result = dom;
      else next.push(dom);
      await frame();
    }
    return { next, result };
  }));
  await context.close();
  // The last window is the result's.
  return { ...times, nextCpu: windows.slice(0, times.next.length), resultCpu: windows[times.next.length] };
}

/** Mount to the list painted at 1x, then rating clicks in a new draft at 4x. */
async function scorecard(browser, url, text) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  // Warm up: the build loaded once with an empty store (as tests/bench/scale.mjs).
  await page.evaluate(`${MOUNT}({ mode: "scorecard", storageKey: "warm" }).then(() => window.__handle.unmount())`);
  await page.evaluate((value) => localStorage.setItem("scale:scorecard", value), text);
  const traced = await cpuWindows(browser, page, (page) => page.evaluate(async () => {
    performance.mark("w0");
    const started = performance.now();
    const handle = window.BackendReady.mount(document.querySelector("#slot"), { mode: "scorecard", storageKey: "scale" });
    while (!handle.element.shadowRoot?.querySelector(".br-candidate")) await new Promise((done) => setTimeout(done, 0));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    window.__handle = handle;
    const ms = performance.now() - started;
    performance.mark("w0.");
    return ms;
  }));
  const [mount, mountCpu] = [traced.result, traced.windows[0]];
  await page.evaluate(async () => {
    const root = window.__handle.element.shadowRoot;
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    root.querySelector(".br-candidate .br-link").click();
    await frame();
    [...root.querySelectorAll("button")].find((b) => /start/i.test(b.textContent)).click();
    await frame();
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const rated = await cpuWindows(browser, page, (page) => page.evaluate(async () => {
    const root = window.__handle.element.shadowRoot;
    const radios = [...root.querySelectorAll('input[type="radio"]')].filter((r) => !r.closest("fieldset[disabled]"));
    const times = [];
    for (let i = 0; i < 20; i++) {
      performance.mark(`w${i}`);
      const t = performance.now();
      radios[(i * 3) % radios.length].click();
      await new Promise((done) => setTimeout(done, 0));
      times.push(performance.now() - t);
      performance.mark(`w${i}.`);
      await new Promise((done) => requestAnimationFrame(done));
      await new Promise((done) => setTimeout(done, 60));
    }
    return times;
  }));
  const save = await saveCost(browser, page);
  await context.close();
  return { mount, mountCpu, ratings: rated.result, ratingsCpu: rated.windows, save };
}

/**
 * What one save of the whole store costs, at the throttling set: after the clicks'
 * saves have landed, one rating click, and then the longest timer callback in the
 * next 1.5 s (the save runs in one; a click that comes meanwhile waits for it), as
 * wall and main-thread CPU ms.
 */
async function saveCost(browser, page) {
  await page.evaluate(() => new Promise((done) => setTimeout(done, 2500)));
  await browser.startTracing(page, { categories: ["devtools.timeline"] });
  await page.evaluate(async () => {
    const root = window.__handle.element.shadowRoot;
    root.querySelector('fieldset:not([disabled]) input[type="radio"]:not(:checked)').click();
    await new Promise((done) => setTimeout(done, 1500));
  });
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const timers = events.filter((e) => e.name === "TimerFire" && e.ph === "X");
  const longest = timers.reduce((most, e) => (e.dur > (most?.dur ?? 0) ? e : most), null);
  return { wall: longest.dur / 1000, cpu: longest.tdur / 1000 };
}

const served = {};
for (const [name, dist] of BUILDS) served[name] = await serveSlotPage(dist, "frame");
const browser = await launchBrowser();
const text = store(CANDIDATES);
const results = Object.fromEntries(
  BUILDS.map(([name]) => [name, { next: [], nextWarm: [], result: [], mount: [], ratings: [], nextCpu: [], resultCpu: [], mountCpu: [], ratingsCpu: [], save: [], saveCpu: [] }]),
);
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [name] of BUILDS) {
      const quizRun = await quiz(browser, served[name].url);
      const measured = await scorecard(browser, served[name].url, text);
      const into = results[name];
      into.next.push(...quizRun.next);
      into.nextWarm.push(...quizRun.next.slice(WARM_AFTER));
      into.nextCpu.push(...quizRun.nextCpu);
      into.result.push(quizRun.result);
      into.resultCpu.push(quizRun.resultCpu);
      into.mount.push(measured.mount);
      into.mountCpu.push(measured.mountCpu);
      into.ratings.push(...measured.ratings);
      into.ratingsCpu.push(...measured.ratingsCpu);
      into.save.push(measured.save.wall);
      into.saveCpu.push(measured.save.cpu);
    }
  }
} finally {
  await browser.close();
  for (const { servers } of Object.values(served)) for (const { server } of servers) server.close();
}

let missed = false;
const verdict = (value, goal) => {
  missed ||= value > goal;
  return value <= goal ? "met" : "NOT met";
};
console.log(`\nWithin a frame (issue 14), ${RUNS} runs per build, builds alternating in one run:\n`);
console.log("| figure | build | count | p50 ms | p95 ms | goal | main-thread CPU p50 / p95 ms |");
console.log("| --- | --- | ---: | ---: | ---: | --- | ---: |");
const cpu = (values) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)}`;
for (const [name] of BUILDS) {
  const r = results[name];
  const last = name === BUILDS.at(-1)[0];
  const goal = (value, ms) => (last ? `p95 < ${ms}: ${verdict(value, ms)}` : `p95 < ${ms}`);
  console.log(`| quiz: Next → next question's DOM, CPU 4x | ${name} | ${r.next.length} | ${percentile(r.next, 50).toFixed(1)} | ${percentile(r.next, 95).toFixed(1)} | ${goal(percentile(r.next, 95), GOALS.next)} | ${cpu(r.nextCpu)} |`);
  console.log(`| quiz: Next, from the ${WARM_AFTER + 1}th step of each quiz (code warm), CPU 4x | ${name} | ${r.nextWarm.length} | ${percentile(r.nextWarm, 50).toFixed(1)} | ${percentile(r.nextWarm, 95).toFixed(1)} | - | - |`);
  console.log(`| quiz: See your result → result's DOM, CPU 4x | ${name} | ${r.result.length} | ${percentile(r.result, 50).toFixed(1)} | ${percentile(r.result, 95).toFixed(1)} | - | ${cpu(r.resultCpu)} |`);
  console.log(`| scorecard, ${CANDIDATES} candidates: rating click → DOM, CPU 4x | ${name} | ${r.ratings.length} | ${percentile(r.ratings, 50).toFixed(1)} | ${percentile(r.ratings, 95).toFixed(1)} | ${goal(percentile(r.ratings, 95), GOALS.rating)} | ${cpu(r.ratingsCpu)} |`);
  console.log(`| scorecard, ${CANDIDATES} candidates: one save of the store, CPU 4x | ${name} | ${r.save.length} | ${percentile(r.save, 50).toFixed(1)} | ${percentile(r.save, 95).toFixed(1)} | - | ${cpu(r.saveCpu)} |`);
}
console.log(`\nScorecard, ${CANDIDATES} candidates, CPU not throttled: mount → list painted (median of ${RUNS}; goal <= ${GOALS.mount} ms):\n`);
console.log("| build | median ms | all runs ms | main-thread CPU median ms |");
console.log("| --- | ---: | --- | ---: |");
for (const [name] of BUILDS) {
  const mounts = results[name].mount;
  const last = name === BUILDS.at(-1)[0];
  const note = last ? ` (${verdict(median(mounts), GOALS.mount)})` : "";
  console.log(`| ${name} | ${median(mounts).toFixed(1)}${note} | ${mounts.map((ms) => ms.toFixed(0)).join(", ")} | ${median(results[name].mountCpu).toFixed(1)} |`);
}
if (process.argv.includes("--check") && missed) {
  console.error("a frame goal was not met");
  process.exit(1);
}
