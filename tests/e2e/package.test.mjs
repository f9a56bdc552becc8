// End-to-end tests of the npm package: the tarball `scripts/pack.mjs` made installs into a
// clean folder with npm, and its dist/ mounts widgets served from another origin; the
// README's React 19 and Vue 3 recipes (tests/recipes, bundled here with esbuild) mount,
// set attributes, hear events and unmount on a route change, and type-check with tsc
// against the installed package's declarations; a file changed after the build is
// refused with the widget's load error (subresource integrity).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { build } from "esbuild";
import { serveFolder } from "../../scripts/static-server.mjs";
import { launchBrowser, openPage } from "./harness.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const RECIPES = join(ROOT, "tests/recipes");
const { version } = JSON.parse(readFileSync(join(ROOT, "npm/package.json"), "utf8"));
const TARBALL = join(ROOT, `target/npm/backend-ready-${version}.tgz`);

const env = {};

/** Installs the tarball into a clean folder with npm; returns its dist/ folder. */
function installPackage() {
  assert.ok(existsSync(TARBALL), `${TARBALL} is missing: run \`node scripts/pack.mjs\` after the release build`);
  const clean = mkdtempSync(join(tmpdir(), "br-npm-"));
  writeFileSync(join(clean, "package.json"), JSON.stringify({ name: "host-site", private: true }));
  execFileSync("npm", ["install", TARBALL, "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], {
    cwd: clean,
    stdio: "pipe",
  });
  return join(clean, "node_modules/backend-ready");
}

/** Bundles a recipe's entry into `folder`/`name`.js. */
async function bundle(entry, folder, name) {
  await build({
    entryPoints: [join(RECIPES, entry)],
    bundle: true,
    format: "esm",
    jsx: "automatic",
    minify: true,
    logLevel: "error",
    outfile: join(folder, `${name}.js`),
    define: {
      "process.env.NODE_ENV": '"production"',
      __VUE_OPTIONS_API__: "false",
      __VUE_PROD_DEVTOOLS__: "false",
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
    },
  });
}

/** A host page loading embed.js from the CDN (with its integrity hash) and `body`. */
function hostPage(cdn, integrity, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Recipe</title></head><body>
<script src="${cdn}embed.js" integrity="${integrity}" crossorigin="anonymous"></script>
${body}</body></html>`;
}

before(async () => {
  const installed = installPackage();
  env.installed = installed;
  const integrity = JSON.parse(readFileSync(join(installed, "dist/integrity.json"), "utf8"));
  // The CDN serves the installed package; a second one serves a tampered copy.
  const cors = { "access-control-allow-origin": "*" };
  const cdn = await serveFolder({ root: join(installed, "dist"), prefix: "/npm/backend-ready@" + version + "/dist/", headers: cors });
  const tamperedRoot = mkdtempSync(join(tmpdir(), "br-tampered-"));
  cpSync(join(installed, "dist"), tamperedRoot, { recursive: true });
  const wasm = readFileSync(join(tamperedRoot, "backend-ready-quiz_bg.wasm"));
  wasm[wasm.length - 1] ^= 0xff;
  writeFileSync(join(tamperedRoot, "backend-ready-quiz_bg.wasm"), wasm);
  const glue = readFileSync(join(tamperedRoot, "backend-ready-scorecard.js"), "utf8");
  writeFileSync(join(tamperedRoot, "backend-ready-scorecard.js"), glue + "\n;window.tampered = true;\n");
  const tampered = await serveFolder({ root: tamperedRoot, headers: cors });

  const hosts = mkdtempSync(join(tmpdir(), "br-recipes-"));
  await bundle("react/main.tsx", hosts, "react");
  await bundle("vue/main.ts", hosts, "vue");
  const cdnUrl = `${cdn.origin}/npm/backend-ready@${version}/dist/`;
  const embedHash = integrity.files["embed.js"];
  const app = (name) => `<div id="app"></div><script type="module" src="${name}.js"></script>`;
  writeFileSync(join(hosts, "react.html"), hostPage(cdnUrl, embedHash, app("react")));
  writeFileSync(join(hosts, "vue.html"), hostPage(cdnUrl, embedHash, app("vue")));
  writeFileSync(join(hosts, "plain.html"), hostPage(cdnUrl, embedHash, '<backend-ready mode="quiz"></backend-ready>'));
  const tamperedUrl = `${tampered.origin}/`;
  // The tampered copy's embed.js itself, pinned to the genuine hash: must not run.
  const tamperedEmbed = readFileSync(join(tamperedRoot, "embed.js"), "utf8");
  writeFileSync(join(tamperedRoot, "embed.js"), tamperedEmbed.replace("could not load", "could NOT load"));
  writeFileSync(join(hosts, "tampered-embed.html"), hostPage(tamperedUrl, embedHash, '<backend-ready mode="quiz"></backend-ready>'));
  // tampered.html loads the genuine embed.js beside the tampered build files.
  writeFileSync(
    join(hosts, "tampered.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tampered</title></head><body>
<script src="${tamperedUrl}genuine-embed.js" integrity="${embedHash}" crossorigin="anonymous"></script>
<backend-ready id="quiz" mode="quiz"></backend-ready><backend-ready id="scorecard" mode="scorecard"></backend-ready>
</body></html>`,
  );
  cpSync(join(installed, "dist/embed.js"), join(tamperedRoot, "genuine-embed.js"));
  const hostServer = await serveFolder({ root: hosts });
  env.servers = [cdn, tampered, hostServer];
  env.host = hostServer.origin;
  env.browser = await launchBrowser();
});

after(async () => {
  await env.browser?.close();
  await Promise.all((env.servers || []).map(({ server }) => new Promise((done) => server.close(done))));
});

/** The first heading inside the widget's shadow root, once it is there. */
async function widgetHeading(page, selector = "backend-ready") {
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector("h2"), selector, { timeout: 15000 });
  return page.$eval(selector, (el) => el.shadowRoot.querySelector("h2").textContent);
}

describe("the npm package", () => {
  test("installs into a clean folder and holds the built widget and its declarations", () => {
    const manifest = JSON.parse(readFileSync(join(env.installed, "package.json"), "utf8"));
    assert.equal(manifest.version, version);
    for (const file of ["dist/embed.js", "dist/backend-ready-quiz_bg.wasm", "types/index.d.ts", "types/react.d.ts", "types/vue.d.ts", "CHANGELOG.md"]) {
      assert.ok(existsSync(join(env.installed, file)), `${file} is in the installed package`);
    }
  });

  test("its dist/embed.js, pinned with its integrity hash, mounts a widget from another origin and reports its version", async () => {
    const { page, log } = await openPage(env.browser, `${env.host}/plain.html`);
    assert.equal(await widgetHeading(page), "Is your system backend-ready for scale?");
    assert.equal(await page.evaluate(() => window.BackendReady.version), version);
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });

  test("the recipes type-check with tsc against the installed declarations", () => {
    const target = join(RECIPES, "node_modules/backend-ready");
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    cpSync(env.installed, target, { recursive: true });
    execFileSync(join(RECIPES, "node_modules/.bin/tsc"), ["-p", join(RECIPES, "tsconfig.json")], { stdio: "pipe" });
  });
});

for (const framework of ["react", "vue"]) {
  describe(`the ${framework} recipe`, () => {
    test("mounts the widget, sets its attributes, hears its events and unmounts on a route change", async () => {
      const { page, log } = await openPage(env.browser, `${env.host}/${framework}.html`);
      assert.equal(await widgetHeading(page), "Is your system backend-ready for scale?");
      await page.waitForFunction(() => window.recipeEvents?.length >= 1);
      assert.deepEqual(await page.evaluate(() => window.recipeEvents), [`mounted:quiz:${version}`]);

      await page.getByRole("button", { name: "Switch theme" }).click();
      await page.waitForFunction(() => document.querySelector("backend-ready").getAttribute("theme") === "dark");
      await page.waitForFunction(() => window.recipeEvents.length >= 2);
      await page.locator("backend-ready").getByRole("button", { name: "Start the check" }).click();
      await page.waitForFunction(() => window.recipeEvents.includes("quiz-started"));

      await page.getByRole("button", { name: "Home" }).click();
      await page.waitForSelector("h1");
      assert.equal(await page.locator("backend-ready").count(), 0, "the route change removed the widget");
      const heard = await page.evaluate(() => window.recipeEvents.length);
      await page.getByRole("button", { name: "Quiz" }).click();
      assert.equal(await widgetHeading(page), "Is your system backend-ready for scale?");
      await page.waitForFunction((n) => window.recipeEvents.length > n, heard);
      assert.equal(await page.evaluate(() => window.recipeEvents.at(-1)), `mounted:quiz:${version}`);
      assert.deepEqual(log.pageErrors, []);
      await page.close();
    });
  });
}

describe("subresource integrity", () => {
  test("a changed wasm file or glue file is refused with the widget's load error", async () => {
    const { page } = await openPage(env.browser, `${env.host}/tampered.html`);
    for (const id of ["quiz", "scorecard"]) {
      await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector("[role=alert]"), `#${id}`, { timeout: 15000 });
      const message = await page.$eval(`#${id}`, (el) => el.shadowRoot.querySelector("[role=alert]").textContent);
      assert.match(message, /could not load its files/, `${id}: ${message}`);
    }
    assert.equal(await page.evaluate(() => window.tampered), undefined, "the changed glue never ran");
    await page.close();
  });

  test("a changed embed.js pinned with the genuine hash does not run at all", async () => {
    const { page } = await openPage(env.browser, `${env.host}/tampered-embed.html`);
    await page.waitForLoadState("load");
    assert.equal(await page.evaluate(() => typeof window.BackendReady), "undefined");
    await page.close();
  });
});
