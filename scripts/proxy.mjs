// Production request handling: static files from dist/ plus a same-origin /api proxy.
// Zero dependencies on purpose, so `npm start` works from a bare `npm ci --omit=dev` install.
import http from "node:http";
import https from "node:https";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream";
import { coalescer } from "./coalesce.mjs";

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

// Never forwarded upstream: they identify the browser session or name hosts the client chose.
const REQUEST_DROP = new Set([
  "host",
  "origin",
  "referer",
  "cookie",
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
]);

// Cookies set by the provider belong to the provider's domain, not to this origin.
const RESPONSE_DROP = new Set(["set-cookie"]);

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

// The app shows streamed text at most every 50 ms; grouping events per 25 ms is never seen on screen.
export const DEFAULT_SSE_WINDOW_MS = 25;

const IMMUTABLE = "public, max-age=31536000, immutable";

/** @param {import("node:http").IncomingHttpHeaders} headers */
function connectionTokens(headers) {
  const value = headers.connection;
  const list = Array.isArray(value) ? value.join(",") : (value ?? "");
  return new Set(
    list
      .split(",")
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * The headers one side may pass on to the other: without hop-by-hop headers, those the Connection
 * header names, and `drop` (what this direction never forwards).
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {Set<string>} drop
 */
function forwardable(headers, drop) {
  const named = connectionTokens(headers);
  /** @type {Record<string, string | string[]>} */
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (HOP_BY_HOP.has(name) || drop.has(name) || named.has(name)) continue;
    out[name] = value;
  }
  return out;
}

/**
 * The request target reduced to path + query. An absolute-form target (`GET http://evil/x`) keeps only its
 * path, so a client can never choose where the proxy connects.
 * @param {string | undefined} rawUrl
 * @returns {string | null}
 */
export function requestPath(rawUrl) {
  if (!rawUrl) return null;
  if (rawUrl.startsWith("/")) return rawUrl;
  try {
    const u = new URL(rawUrl);
    return u.pathname + u.search;
  } catch {
    return null;
  }
}

/**
 * `..`/`.` segments, raw or percent-encoded, backslashes (WHATWG URL treats them as `/`) and encoded slashes
 * (some upstream servers decode them before routing, which would re-open traversal there).
 */
function hasTraversal(pathname) {
  if (pathname.includes("\\") || /%(?:5c|2f|00)/i.test(pathname)) return true;
  return pathname.split("/").some((seg) => /^(?:\.|%2e){1,2}$/i.test(seg));
}

/**
 * Maps `/api/<rest>?q` onto the upstream, or returns null when the result would leave the upstream's origin.
 * @param {string} pathAndQuery starts with `/api/` or equals `/api`
 * @param {URL} upstream
 * @returns {URL | null}
 */
export function upstreamUrl(pathAndQuery, upstream) {
  const q = pathAndQuery.indexOf("?");
  const pathname = q === -1 ? pathAndQuery : pathAndQuery.slice(0, q);
  const search = q === -1 ? "" : pathAndQuery.slice(q);
  if (pathname !== "/api" && !pathname.startsWith("/api/")) return null;
  if (hasTraversal(pathname)) return null;
  const rest = pathname.slice("/api".length) || "/";
  const basePath = upstream.pathname.replace(/\/+$/, "");
  let target;
  try {
    target = new URL(basePath + rest + search, upstream.origin);
  } catch {
    return null;
  }
  // `//evil.com/x` style paths parse as a new authority; the origin check is what actually stops them.
  if (target.origin !== upstream.origin) return null;
  if (!target.pathname.startsWith(basePath + "/") && target.pathname !== basePath) return null;
  return target;
}

function sendJson(res, status, body, extra = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...extra,
  });
  res.end(text);
}

function sendText(res, status, text) {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * @param {{ distDir: string, upstream: string | URL, log?: (line: string) => void, sseWindowMs?: number }} options
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void}
 */
export function createHandler({
  distDir,
  upstream,
  log = (line) => console.log(line),
  sseWindowMs = DEFAULT_SSE_WINDOW_MS,
}) {
  const upstreamBase = new URL(String(upstream));
  if (upstreamBase.protocol !== "http:" && upstreamBase.protocol !== "https:") {
    throw new Error(`UPSTREAM_URL must be http(s), got ${upstreamBase.protocol}`);
  }
  const root = path.resolve(distDir);
  const client = upstreamBase.protocol === "https:" ? https : http;
  const agent = new client.Agent({ keepAlive: true });

  function proxy(req, res, target) {
    const headers = forwardable(req.headers, REQUEST_DROP);
    headers.host = target.host;

    const upstreamReq = client.request(target, { method: req.method, headers, agent });
    /** @type {ReturnType<typeof coalescer> | null} */
    let group = null;

    // Mid-stream failure: hand on what arrived, then cut the client connection so it sees a truncated
    // stream, not a clean end.
    const cut = () => {
      if (group) {
        group.flush();
        // Node sends a response's writes at the end of the tick (it corks the socket to join chunk
        // header and data); destroying now would drop them.
        setImmediate(() => res.destroy());
      } else {
        res.destroy();
      }
    };

    // `close` on the response fires both on normal end and on client disconnect; only the latter aborts.
    res.on("close", () => {
      group?.cancel();
      if (!res.writableFinished) upstreamReq.destroy();
    });

    upstreamReq.on("response", (upstreamRes) => {
      const out = forwardable(upstreamRes.headers, RESPONSE_DROP);
      // Tell any buffering reverse proxy in front of us (nginx) to pass SSE through as it comes.
      out["x-accel-buffering"] = "no";
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, out);
      res.flushHeaders();
      // The body is relayed raw (still compressed if the upstream compressed it). Event streams are
      // grouped into at most one write per SSE_WINDOW_MS (first and last bytes at once); the rest as is.
      const type = String(upstreamRes.headers["content-type"] ?? "");
      if (!(sseWindowMs > 0 && type.startsWith("text/event-stream"))) {
        pipeline(upstreamRes, res, () => {});
        return;
      }
      const events = coalescer(res, sseWindowMs);
      group = events;
      upstreamRes.on("data", (/** @type {Buffer} */ chunk) => {
        if (events.write(chunk)) return;
        upstreamRes.pause();
        res.once("drain", () => upstreamRes.resume());
      });
      upstreamRes.on("end", () => events.end());
      upstreamRes.on("error", cut);
      upstreamRes.on("close", () => {
        if (!upstreamRes.complete) cut();
      });
    });

    upstreamReq.on("error", (err) => {
      if (res.headersSent) {
        cut();
        return;
      }
      if (req.destroyed && res.destroyed) return;
      const reason = err.message || /** @type {NodeJS.ErrnoException} */ (err).code || String(err);
      sendJson(res, 502, {
        error: {
          message: `The proxy could not reach ${upstreamBase.origin}: ${reason}`,
          type: "proxy_error",
        },
      });
    });

    pipeline(req, upstreamReq, () => {});
  }

  function serveStatic(req, res, pathname) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return sendText(res, 405, "Method Not Allowed");
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
  }

  function sendFile(req, res, file, stat, cacheControl) {
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = {
      "content-type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "cache-control": cacheControl,
      etag,
      "last-modified": stat.mtime.toUTCString(),
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(200, { ...headers, "content-length": stat.size });
    if (req.method === "HEAD") return res.end();
    pipeline(fs.createReadStream(file), res, () => {});
  }

  return function handle(req, res) {
    const started = performance.now();
    const target = requestPath(req.url);
    const pathname = target ? (target.split("?")[0] ?? "/") : "?";
    // Only method, path (no query: it may carry keys), status and time. Never headers or bodies.
    res.on("close", () => {
      const ms = Math.round(performance.now() - started);
      const aborted = res.writableFinished ? "" : " (aborted)";
      log(`${req.method} ${pathname} ${res.statusCode} ${ms}ms${aborted}`);
    });

    if (!target) return sendText(res, 400, "Bad Request");
    if (pathname === "/api" || pathname.startsWith("/api/")) {
      const url = upstreamUrl(target, upstreamBase);
      if (!url) {
        return sendJson(res, 400, {
          error: { message: "The proxy refused this path.", type: "proxy_error" },
        });
      }
      return proxy(req, res, url);
    }
    return serveStatic(req, res, pathname);
  };
}

/**
 * @param {{ distDir: string, upstream: string | URL, log?: (line: string) => void, sseWindowMs?: number }} options
 */
export function createServer(options) {
  return http.createServer({ noDelay: true }, createHandler(options));
}
