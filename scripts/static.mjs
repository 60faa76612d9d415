// The built app from dist/: hashed assets cached for a year, everything else revalidated, SPA routes
// answered with index.html. Every response carries the app's security headers (guard.mjs).
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream";
import { APP_HEADERS } from "./guard.mjs";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

const IMMUTABLE = "public, max-age=31536000, immutable";

/** Plain-text answers from the server itself (errors, refusals). */
export function sendText(res, status, text, extra = {}) {
  res.writeHead(status, {
    ...APP_HEADERS,
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...extra,
  });
  res.end(text);
}

/** @param {string} distDir */
export function createStaticFiles(distDir) {
  const root = path.resolve(distDir);

  function sendFile(req, res, file, stat, cacheControl) {
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = {
      ...APP_HEADERS,
      "content-type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "cache-control": cacheControl,
      etag,
      "last-modified": stat.mtime.toUTCString(),
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(200, { ...headers, "content-length": stat.size });
    if (req.method === "HEAD") return res.end();
    pipeline(fs.createReadStream(file), res, () => {});
  }

  /** @param {string} pathname the request path without its query */
  return function serveStatic(req, res, pathname) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendText(res, 405, "Method Not Allowed", { allow: "GET, HEAD" });
    }
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return sendText(res, 400, "Bad Request");
    }
    if (decoded.includes("\0")) return sendText(res, 400, "Bad Request");
    const file = path.resolve(root, "." + decoded);
    if (file !== root && !file.startsWith(root + path.sep)) return sendText(res, 400, "Bad Request");

    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      const isAsset = decoded.startsWith("/assets/");
      return sendFile(req, res, file, stat, isAsset ? IMMUTABLE : "no-cache");
    }
    // A path whose last segment has an extension asks for a file; SPA routes do not.
    const last = decoded.split("/").pop() ?? "";
    if (decoded.startsWith("/assets/") || /\.[a-z0-9]+$/i.test(last)) return sendText(res, 404, "Not Found");
    const index = path.join(root, "index.html");
    const indexStat = fs.statSync(index, { throwIfNoEntry: false });
    if (!indexStat) return sendText(res, 503, "dist/index.html is missing: run `npm run build` first.");
    return sendFile(req, res, index, indexStat, "no-cache");
  };
}
