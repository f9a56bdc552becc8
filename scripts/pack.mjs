// Packs the publishable npm package `backend-ready` from the release build: stages
// npm/package.json, npm/README.md, CHANGELOG.md, npm/types/ and the files host pages load
// from dist/ (those listed in dist/integrity.json, and that file) in target/npm/package,
// runs `npm pack`, and checks the tarball holds exactly the expected files and that the
// versions of package.json, Cargo.toml and the build agree.
// Usage: node scripts/pack.mjs (after `trunk build --release`); prints the tarball's path.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../", import.meta.url).pathname;
const OUT = join(ROOT, "target/npm");
const STAGE = join(OUT, "package");

const manifest = JSON.parse(readFileSync(join(ROOT, "npm/package.json"), "utf8"));
const cargoVersion = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, "Cargo.toml"), "utf8"))[1];
const integrityPath = join(ROOT, "dist/integrity.json");
if (!existsSync(integrityPath)) fail("dist/integrity.json is missing: run `trunk build --release` first");
const built = JSON.parse(readFileSync(integrityPath, "utf8"));
if (manifest.version !== cargoVersion) fail(`npm/package.json ${manifest.version} != Cargo.toml ${cargoVersion}`);
if (built.version !== manifest.version) fail(`dist/ was built as ${built.version}, the package is ${manifest.version}`);
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(manifest.version)) fail(`${manifest.version} is not semver`);

const TYPES = ["index.d.ts", "preact.d.ts", "react.d.ts", "vue.d.ts"];
const BUILDS = ["quiz", "quiz-de", "scorecard", "scorecard-de"];
const DIST = [
  "embed.js",
  "integrity.json",
  "widget.css",
  "scorecard.css",
  ...BUILDS.flatMap((build) => [`backend-ready-${build}.js`, `backend-ready-${build}_bg.wasm`]),
];
const expected = [
  "package.json",
  "README.md",
  "CHANGELOG.md",
  ...TYPES.map((file) => `types/${file}`),
  ...DIST.map((file) => `dist/${file}`),
].sort();

const listed = Object.keys(built.files);
const unknown = listed.filter((file) => !DIST.includes(file));
if (unknown.length) fail(`dist/integrity.json lists files the package does not ship: ${unknown.join(", ")}`);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(STAGE, "dist"), { recursive: true });
cpSync(join(ROOT, "npm/package.json"), join(STAGE, "package.json"));
cpSync(join(ROOT, "npm/README.md"), join(STAGE, "README.md"));
cpSync(join(ROOT, "CHANGELOG.md"), join(STAGE, "CHANGELOG.md"));
cpSync(join(ROOT, "npm/types"), join(STAGE, "types"), { recursive: true });
for (const file of DIST) cpSync(join(ROOT, "dist", file), join(STAGE, "dist", file));

const [packed] = JSON.parse(
  execFileSync("npm", ["pack", "--json", "--pack-destination", OUT], { cwd: STAGE, encoding: "utf8" }),
);
const files = packed.files.map((file) => file.path).sort();
const missing = expected.filter((file) => !files.includes(file));
const extra = files.filter((file) => !expected.includes(file));
if (missing.length || extra.length) {
  fail(`the tarball's files differ: missing ${missing.join(", ") || "none"}; extra ${extra.join(", ") || "none"}`);
}
console.log(`${join(OUT, packed.filename)}: ${files.length} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);

function fail(message) {
  console.error(`pack: ${message}`);
  process.exit(1);
}
