// Trunk post_build hook: minifies the files a host page loads (embed.js, the
// wasm-bindgen glue, widget.css) in the staging folder of a release build.
// esbuild only transforms each file; it changes no names other code relies on.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

for (const [file, loader] of [["embed.js", "js"], ["backend-ready.js", "js"], ["widget.css", "css"]]) {
  const path = join(staging, file);
  const source = readFileSync(path, "utf8");
  const { code } = transformSync(source, { loader, minify: true, legalComments: "inline", target: "es2020" });
  writeFileSync(path, code);
  console.log(`minified ${file}: ${source.length} -> ${code.length} bytes`);
}
