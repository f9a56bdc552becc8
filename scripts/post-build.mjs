// Trunk post_build hook: joins the scorecard's stylesheets (styles/scorecard*.css) into
// scorecard.css; adds to both stylesheets the rules of theme "auto" in a dark system,
// copied from their dark rules (scripts/auto-dark.mjs); bundles each build's
// wasm-bindgen glue with the inline JavaScript it imports; in release builds, minifies
// what host pages load (the glue, the stylesheets) with esbuild; writes the release's
// version and the SHA-256 of every file embed.js loads into embed.js (minified last),
// and all hashes, embed.js's own included, to integrity.json; then writes the
// standalone page's service worker with the final files' precache list. Before the
// hashes, it appends each build's prerendered first screens to its glue (`export const
// FIRST_SCREENS`), rendered natively by Yew's server renderer from the same components
// (src/bin/prerender.rs, issue 14): embed.js shows one while the wasm downloads and
// compiles.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync, transformSync } from "esbuild";
import { withAutoDark } from "./auto-dark.mjs";
import { writeServiceWorker } from "./service-worker.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");

const stylesDir = new URL("../styles/", import.meta.url).pathname;
const scorecardSheets = readdirSync(stylesDir).filter((name) => /^scorecard.*\.css$/.test(name)).sort();
const joined = scorecardSheets.map((name) => readFileSync(join(stylesDir, name), "utf8")).join("\n");
writeFileSync(join(staging, "scorecard.css"), joined);
console.log(`scorecard.css from ${scorecardSheets.join(", ")}`);
// Theme "auto" in a dark system: the copy of each dark rule (scripts/auto-dark.mjs).
for (const file of ["widget.css", "scorecard.css"]) {
  const path = join(staging, file);
  writeFileSync(path, withAutoDark(readFileSync(path, "utf8"), file));
}

const release = process.env.TRUNK_PROFILE === "release";
// Each build's wasm-bindgen glue (backend-ready-<mode>[-<locale>].js) with the inline
// JavaScript it imports (wasm-bindgen writes that to snippets/, e.g. the Web Crypto calls
// of src/browser/crypto.rs) bundled in: a page loads one file per build, and the glue's
// integrity hash covers the snippets too. Minified in release builds.
const glueFiles = readdirSync(staging).filter((name) => /^backend-ready-[a-z]+(-[a-z]+)?\.js$/.test(name));
for (const file of glueFiles) {
  const path = join(staging, file);
  const before = readFileSync(path, "utf8").length;
  const { outputFiles } = buildSync({
    entryPoints: [path],
    bundle: true,
    format: "esm",
    write: false,
    minify: release,
    legalComments: "inline",
    target: "es2020",
  });
  writeFileSync(path, outputFiles[0].text);
  console.log(`bundled${release ? " and minified" : ""} ${file}: ${before} -> ${outputFiles[0].text.length} bytes`);
}
rmSync(join(staging, "snippets"), { recursive: true, force: true });

if (release) {
  // The stylesheets; embed.js below, once it holds their hashes.
  const files = [["widget.css", "css"], ["scorecard.css", "css"]];
  for (const [file, loader] of files) {
    const path = join(staging, file);
    const source = readFileSync(path, "utf8");
    const { code } = transformSync(source, { loader, minify: true, legalComments: "inline", target: "es2020" });
    writeFileSync(path, code);
    console.log(`minified ${file}: ${source.length} -> ${code.length} bytes`);
  }
}

// The first screens, per language: one native run of the prerender tool each (cargo
// keeps both feature sets built in target/, so a warm build takes about a second). Each
// mode's glue gets its own: the quiz's first screen ("" in FIRST_SCREENS); the
// scorecard's, and its frame for a team with candidates stored ("-frame").
const root = new URL("..", import.meta.url).pathname;
for (const [locale, features] of [["", "prerender"], ["-de", "prerender,de"]]) {
  const screens = JSON.parse(
    execFileSync("cargo", ["run", "--quiet", "--features", features, "--bin", "prerender"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }),
  );
  for (const mode of ["quiz", "scorecard"]) {
    const glue = join(staging, `backend-ready-${mode}${locale}.js`);
    if (!existsSync(glue)) continue;
    const own = Object.entries(screens).filter(([screen]) => screen.split("-")[0] === mode);
    const table = Object.fromEntries(own.map(([screen, html]) => [screen.slice(mode.length), html]));
    writeFileSync(glue, `${readFileSync(glue, "utf8")}\nexport const FIRST_SCREENS = ${JSON.stringify(table)};\n`);
    console.log(`first screens in ${mode}${locale}: ${own.map(([screen, html]) => `${screen} ${html.length} B`).join(", ")}`);
  }
}

// The files embed.js loads: each build's glue and wasm, and the stylesheets.
const loaded = readdirSync(staging)
  .filter((name) => /^backend-ready-[a-z]+(-[a-z]+)?(\.js|_bg\.wasm)$/.test(name) || /^(widget|scorecard)\.css$/.test(name))
  .sort();
// SHA-256: as safe for integrity as SHA-256, and 20 bytes shorter per file on every page.
const sri = (file) => "sha256-" + createHash("sha256").update(readFileSync(join(staging, file))).digest("base64");
const integrity = Object.fromEntries(loaded.map((file) => [file, sri(file)]));
const version = JSON.parse(readFileSync(new URL("../npm/package.json", import.meta.url), "utf8")).version;
const embedPath = join(staging, "embed.js");
let embed = readFileSync(embedPath, "utf8");
for (const [placeholder, value] of [
  ['var VERSION = "0.0.0-unbuilt";', `var VERSION = ${JSON.stringify(version)};`],
  ["var INTEGRITY = {};", `var INTEGRITY = ${JSON.stringify(integrity)};`],
]) {
  if (!embed.includes(placeholder)) throw new Error(`embed.js has no ${placeholder}`);
  embed = embed.replace(placeholder, value);
}
if (process.env.TRUNK_PROFILE === "release") {
  const { code } = transformSync(embed, { loader: "js", minify: true, legalComments: "inline", target: "es2020" });
  console.log(`minified embed.js: ${embed.length} -> ${code.length} bytes`);
  embed = code;
}
writeFileSync(embedPath, embed);
integrity["embed.js"] = sri("embed.js");
writeFileSync(join(staging, "integrity.json"), JSON.stringify({ version, files: integrity }, null, 2) + "\n");
console.log(`embed.js ${version}, integrity ${integrity["embed.js"]}`);
console.log(`service worker cache: ${writeServiceWorker(staging)}`);
