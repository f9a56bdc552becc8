// Trunk post_build hook (release builds only): minifies what host pages load
// (embed.js, the wasm-bindgen glue, widget.css) with esbuild, then writes the
// standalone page's service worker with the final files' precache list.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { writeServiceWorker } from "./service-worker.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");

if (process.env.TRUNK_PROFILE === "release") {
  for (const [file, loader] of [["embed.js", "js"], ["backend-ready.js", "js"], ["widget.css", "css"]]) {
    const path = join(staging, file);
    const source = readFileSync(path, "utf8");
    const { code } = transformSync(source, { loader, minify: true, legalComments: "inline", target: "es2020" });
    writeFileSync(path, code);
    console.log(`minified ${file}: ${source.length} -> ${code.length} bytes`);
  }
}
console.log(`service worker cache: ${writeServiceWorker(staging)}`);
