// The page the browser benchmarks (frame.mjs, scale.mjs) load: a release build served
// as the CDN, and a host page with embed.js and one empty slot the bench mounts into.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveFolder } from "../../scripts/static-server.mjs";

/** Serves `dist` and a slot page named `name`; returns its address and the servers. */
export async function serveSlotPage(dist, name) {
  const cdn = await serveFolder({ root: dist, prefix: "/cdn/", headers: { "access-control-allow-origin": "*" } });
  const pages = mkdtempSync(join(tmpdir(), `br-${name}-`));
  writeFileSync(
    join(pages, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>
<script src="${cdn.origin}/cdn/embed.js"></script></head><body><main><div id="slot"></div></main></body></html>`,
  );
  const host = await serveFolder({ root: pages });
  return { url: `${host.origin}/${name}.html`, servers: [cdn, host] };
}
