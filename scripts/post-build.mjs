// Trunk post_build hook: joins the scorecard's stylesheets (styles/scorecard*.css) into
// scorecard.css; in release builds, minifies what host pages load (embed.js, each
// mode's wasm-bindgen glue, the stylesheets) with esbuild; then writes the standalone
// page's service worker with the final files' precache list.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { writeServiceWorker } from "./service-worker.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");

const stylesDir = new URL("../styles/", import.meta.url).pathname;
const scorecardSheets = readdirSync(stylesDir).filter((name) => /^scorecard.*\.css$/.test(name)).sort();
const joined = scorecardSheets.map((name) => readFileSync(join(stylesDir, name), "utf8")).join("\n");
writeFileSync(join(staging, "scorecard.css"), joined);
console.log(`scorecard.css from ${scorecardSheets.join(", ")}`);

if (process.env.TRUNK_PROFILE === "release") {
  // embed.js, each build's wasm-bindgen glue (backend-ready-<mode>[-<locale>].js) and the
  // stylesheets.
  const glue = readdirSync(staging).filter((name) => /^backend-ready-[a-z]+(-[a-z]+)?\.js$/.test(name));
  const files = [["embed.js", "js"], ...glue.map((name) => [name, "js"]), ["widget.css", "css"], ["scorecard.css", "css"]];
  for (const [file, loader] of files) {
    const path = join(staging, file);
    const source = readFileSync(path, "utf8");
    const { code } = transformSync(source, { loader, minify: true, legalComments: "inline", target: "es2020" });
    writeFileSync(path, code);
    console.log(`minified ${file}: ${source.length} -> ${code.length} bytes`);
  }
}
console.log(`service worker cache: ${writeServiceWorker(staging)}`);
