// Prints raw, gzip and brotli bytes of every file a host page loads to show the widget
// (embed.js and what it loads), and the total. `--check` exits 1 over the budget.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = 100 * 1024;
const DIST = new URL("../dist/", import.meta.url);
// Everything embed.js fetches, in load order (see src/embed/embed.js).
const FILES = ["embed.js", "backend-ready.js", "backend-ready_bg.wasm", "widget.css"];

const sizes = FILES.map((name) => {
  const bytes = readFileSync(new URL(name, DIST));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
});
const total = sizes.reduce(
  (sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const row = (cells) => `| ${cells.join(" | ")} |`;
console.log(row(["file", "raw KB", "gzip KB", "brotli KB"]));
console.log(row(["---", "---:", "---:", "---:"]));
for (const file of sizes) console.log(row([file.name, kb(file.raw), kb(file.gzip), kb(file.brotli)]));
console.log(row(["**total**", kb(total.raw), kb(total.gzip), kb(total.brotli)]));
const left = BUDGET_GZIP_BYTES - total.gzip;
const verdict = left >= 0 ? `${kb(left)} KB left` : `OVER BUDGET by ${kb(-left)} KB`;
console.log(`\nbudget: ${kb(BUDGET_GZIP_BYTES)} KB gzip; used ${((100 * total.gzip) / BUDGET_GZIP_BYTES).toFixed(0)}%, ${verdict}`);

if (process.argv.includes("--check") && total.gzip > BUDGET_GZIP_BYTES) {
  console.error(`size budget exceeded: ${total.gzip} bytes gzip > ${BUDGET_GZIP_BYTES}`);
  process.exit(1);
}
