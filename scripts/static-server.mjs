// A small static file server for the demo page and the end-to-end tests.
// Usage: node scripts/static-server.mjs <folder> [host] [port]
// As a module: `serveFolder({ root, host, port, prefix, headers, headersFor, transform })`
// resolves to { server, origin }; `headersFor(path)` adds headers for one path.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Maps a URL path to a file under `root`, refusing anything outside it. */
function fileFor(root, urlPath, prefix) {
  if (!urlPath.startsWith(prefix)) return null;
  let relative = decodeURIComponent(urlPath.slice(prefix.length));
  if (relative === "" || relative.endsWith("/")) relative += "index.html";
  const path = normalize(join(root, relative));
  return path === root || path.startsWith(root + sep) ? path : null;
}

export function serveFolder({ root, host = "127.0.0.1", port = 0, prefix = "/", headers = {}, headersFor, transform }) {
  const absoluteRoot = resolve(root);
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url, "http://x").pathname;
    const path = fileFor(absoluteRoot, urlPath, prefix);
    try {
      if (!path || !(await stat(path)).isFile()) throw new Error("not a file");
      let body = await readFile(path);
      if (transform) body = transform(urlPath, body);
      const type = CONTENT_TYPES[extname(path)] ?? "application/octet-stream";
      const extra = headersFor ? headersFor(urlPath) : {};
      response.writeHead(200, { "content-type": type, "cache-control": "no-cache", ...headers, ...extra });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain", ...headers });
      response.end("not found");
    }
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      done({ server, origin: `http://${host}:${server.address().port}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = "dist", host = "127.0.0.1", port = "8080"] = process.argv.slice(2);
  const { origin } = await serveFolder({ root, host, port: Number(port) });
  console.log(`serving ${root} at ${origin}/`);
}
