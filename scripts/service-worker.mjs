// Writes sw.js for the standalone page: precaches every file of a build folder in a
// cache named after a hash of their contents, so a new deployment gets a new cache and
// the old one is deleted when the new worker activates (no mixed versions).
// Usage as a Trunk hook: called from scripts/post-build.mjs. As a module:
// `writeServiceWorker(folder)` returns the cache name.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const TEMPLATE = new URL("../pwa/sw-template.js", import.meta.url);

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function writeServiceWorker(folder) {
  const files = filesUnder(folder)
    .map((path) => relative(folder, path).split(sep).join("/"))
    .filter((file) => file !== "sw.js")
    .sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(join(folder, file)));
  const cacheName = `backend-ready-${hash.digest("hex").slice(0, 16)}`;
  const precache = ["./", ...files.map((file) => `./${file}`)];
  const source = readFileSync(TEMPLATE, "utf8")
    .replace("__CACHE_NAME__", JSON.stringify(cacheName))
    .replace("__PRECACHE__", JSON.stringify(precache));
  writeFileSync(join(folder, "sw.js"), source);
  return cacheName;
}
