// Prints raw, gzip and brotli bytes of every file a host page loads to show the widget
// (embed.js and what it loads), per mode, and the totals. `--check` exits 1 over the budget.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = 100 * 1024;
// Neither page meets the 100 KB goal in session 3 (2026-12-01): the quiz went over with
// the signal verdict, the keep-aside hold and same-key documents, the scorecard with the
// judgement screens, safe sharing and signed interviews (see BENCHMARKS.md for each step and what stands in
// the way). Until they do, --check holds each to this ceiling, so it can only shrink:
// lower a ceiling whenever a cut lands, never raise it without a note in BENCHMARKS.md.
// Issue 17's hiring brief added 5.9 KB (quiz-de); issue 14's prerendered first screens
// 1.8 KB (quiz-de) and 2.8 KB (scorecard-de). Ceilings after both: BENCHMARKS.md.
// Issue 18 item 4's signed interviews: 11.6 KB (scorecard-de). Session 6 (issue 14 item
// 4, cuts in BENCHMARKS.md): quiz-de 115.4 KB, scorecard-de 243.4 KB, same margins; then
// issue 14 items 2 and 3 (the stored scorecard read in one pass, the candidate rows as
// components): 6.4 KB (scorecard-de), see BENCHMARKS.md "Session 6: within a frame";
// then issue 15 item 3's typed reducer messages and issue 14's records behind their own
// Rc: 2.6 KB (scorecard-de), BENCHMARKS.md "Session 6: document edits apart". Session 7:
// one sort for id sets, no B-tree of our own: -3.5 KB (scorecard-de), after main's
// session 7 merges (+2.4 KB), same margin, BENCHMARKS.md "Session 7: the bytes of the
// shared records back". Session 8: embed.js lets a prerendered first screen paint before
// the app takes over, +58 B on every page; quiz-de was 7 B under its ceiling, so the quiz
// ceiling moves up 0.1 KB (BENCHMARKS.md "Session 8: the first screen painted").
const CEILING_GZIP_BYTES = { quiz: 115.8 * 1024, scorecard: 251.6 * 1024 };
const DIST = new URL("../dist/", import.meta.url);
// What a page showing one build (a mode in one language) loads: embed.js, that build
// (its glue carries the prerendered first screens, issue 14), the stylesheets.
const pageFiles = (build) => [
  "embed.js",
  `backend-ready-${build}.js`,
  `backend-ready-${build}_bg.wasm`,
  "widget.css",
  ...(build.startsWith("scorecard") ? ["scorecard.css"] : []),
];
// One build per mode and language; a page loads one of them.
const BUILDS = ["quiz", "scorecard", "quiz-de", "scorecard-de"];

function sizes(name) {
  const bytes = readFileSync(new URL(name, DIST));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const row = (cells) => `| ${cells.join(" | ")} |`;
let over = false;
for (const build of BUILDS) {
  const files = pageFiles(build).map(sizes);
  const total = files.reduce(
    (sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  console.log(`\n${build} page:\n`);
  console.log(row(["file", "raw KB", "gzip KB", "brotli KB"]));
  console.log(row(["---", "---:", "---:", "---:"]));
  for (const file of files) console.log(row([file.name, kb(file.raw), kb(file.gzip), kb(file.brotli)]));
  console.log(row(["**total**", kb(total.raw), kb(total.gzip), kb(total.brotli)]));
  const left = BUDGET_GZIP_BYTES - total.gzip;
  const verdict = left >= 0 ? `${kb(left)} KB left` : `OVER BUDGET by ${kb(-left)} KB`;
  console.log(`\nbudget: ${kb(BUDGET_GZIP_BYTES)} KB gzip; used ${((100 * total.gzip) / BUDGET_GZIP_BYTES).toFixed(0)}%, ${verdict}`);
  const ceiling = CEILING_GZIP_BYTES[build.split("-")[0]];
  if (ceiling) {
    const fits = total.gzip <= ceiling;
    console.log(`goal not met; CI ceiling until it is: ${kb(ceiling)} KB gzip (${fits ? "within" : "EXCEEDED"})`);
    over ||= !fits;
  } else {
    over ||= left < 0;
  }
}

if (process.argv.includes("--check") && over) {
  console.error("size budget exceeded");
  process.exit(1);
}
