// Side-by-side load and interaction benchmark, in one run, Debian Chromium with the CPU
// throttled 4x: time to the first usable control for our quiz, the same 12-question
// quiz in SurveyJS 2.5.38, and a static page with the same first screen (the floor);
// then click-to-paint times inside our quiz. Prints medians, ratios and p95.
// Usage: node tests/bench/load.mjs [runs]   (after `trunk build --release`)
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveFolder } from "../../scripts/static-server.mjs";
import { launchBrowser } from "../e2e/harness.mjs";
import { surveyQuestionCount, surveyScript } from "./survey-content.mjs";

const RUNS = Number(process.argv[2] ?? 9);
const CPU_SLOWDOWN = 4;
const HERE = new URL(".", import.meta.url).pathname;
const VARIANTS = ["static.html", "ours.html", "surveyjs.html"];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

async function servers() {
  const cors = { "access-control-allow-origin": "*" };
  const cdn = await serveFolder({ root: join(HERE, "../../dist"), prefix: "/assets/backend-ready/", headers: cors });
  const surveyjs = await serveFolder({ root: join(HERE, "node_modules"), prefix: "/surveyjs/", headers: cors });
  const pages = mkdtempSync(join(tmpdir(), "br-bench-"));
  cpSync(join(HERE, "pages"), pages, { recursive: true });
  writeFileSync(join(pages, "survey-quiz.js"), surveyScript());
  const substitute = (path, body) =>
    path.endsWith(".html")
      ? Buffer.from(body.toString().replaceAll("{{CDN}}", `${cdn.origin}/assets/backend-ready`).replaceAll("{{SURVEYJS}}", `${surveyjs.origin}/surveyjs`))
      : body;
  const host = await serveFolder({ root: pages, transform: substitute });
  return { host: host.origin, all: [cdn, surveyjs, host] };
}

async function throttledPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return { context, page };
}

async function firstControl(browser, url) {
  const { context, page } = await throttledPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstControl !== null, null, { timeout: 60000, polling: 50 });
  const ms = await page.evaluate(() => window.__firstControl);
  await context.close();
  return ms;
}

/** Click-to-paint times in our quiz: picking an answer, and Next to the next question. */
async function interactions(browser, url) {
  const { context, page } = await throttledPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstControl !== null);
  const times = await page.evaluate(async () => {
    const root = document.querySelector("backend-ready").shadowRoot;
    const until = async (test) => { while (!test()) await new Promise((done) => requestAnimationFrame(done)); };
    // `dom`: click to the DOM updated (the work the widget does); `paint`: to the next
    // animation frame after that, which includes waiting for the display's vsync.
    const timed = async (element, changed) => {
      const start = performance.now();
      element.click();
      while (!changed()) await new Promise((done) => setTimeout(done, 0));
      const dom = performance.now() - start;
      await new Promise((done) => requestAnimationFrame(done));
      return { dom, paint: performance.now() - start };
    };
    const picks = [];
    const nexts = [];
    root.querySelector("button").click();
    await until(() => root.querySelector("fieldset"));
    while (!root.querySelector(".br-result")) {
      const heading = root.querySelector("h2").textContent;
      const input = root.querySelector(".br-choice input");
      picks.push(await timed(input, () => input.checked));
      const next = root.querySelector("button[type=submit]");
      nexts.push(await timed(next, () => root.querySelector(".br-result") || root.querySelector("h2").textContent !== heading));
    }
    return { picks, nexts };
  });
  await context.close();
  return times;
}

const { host, all } = await servers();
const browser = await launchBrowser();
const results = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
for (let run = 0; run < RUNS; run++) {
  for (const variant of VARIANTS) results[variant].push(await firstControl(browser, `${host}/${variant}`));
}
const picks = [];
const nexts = [];
for (let run = 0; run < 5; run++) {
  const measured = await interactions(browser, `${host}/ours.html`);
  picks.push(...measured.picks);
  nexts.push(...measured.nexts);
}
await browser.close();
await Promise.all(all.map(({ server }) => new Promise((done) => server.close(done))));

const [floor, ours, surveyjs] = VARIANTS.map((variant) => median(results[variant]));
console.log(`Time to first usable control, CPU ${CPU_SLOWDOWN}x slower, ${RUNS} cold loads each, alternating (SurveyJS: ${surveyQuestionCount()} questions):`);
console.log("| page | median ms | all runs ms |");
console.log("| --- | ---: | --- |");
for (const [name, variant] of [["static HTML (floor)", "static.html"], ["backend-ready quiz", "ours.html"], ["SurveyJS 2.5.38", "surveyjs.html"]]) {
  console.log(`| ${name} | ${median(results[variant]).toFixed(0)} | ${results[variant].map((ms) => ms.toFixed(0)).join(", ")} |`);
}
console.log(`\nours / SurveyJS: ${(ours / surveyjs).toFixed(2)}x (goal <= 0.30x); ours - floor: ${(ours - floor).toFixed(0)} ms (goal <= 150 ms)`);
const row = (name, times) => {
  const dom = times.map((t) => t.dom);
  const paint = times.map((t) => t.paint);
  return `| ${name} | ${times.length} | ${percentile(dom, 50).toFixed(1)} | ${percentile(dom, 95).toFixed(1)} | ${percentile(paint, 95).toFixed(1)} |`;
};
console.log(`\nClicks in the quiz, CPU ${CPU_SLOWDOWN}x slower (5 full runs; goal: p95 below one frame, 16 ms):`);
console.log("| click | count | to DOM updated p50 ms | p95 ms | to next frame p95 ms |");
console.log("| --- | ---: | ---: | ---: | ---: |");
console.log(row("pick an answer", picks));
console.log(row("next question", nexts));
