// The same-origin /api proxy: forwards to UPSTREAM_URL only, streams event streams through (grouped per
// SSE_WINDOW_MS), limits request bodies, and makes sure nothing it relays can act as the app's own page.
// Zero dependencies on purpose, so `npm start` works from a bare `npm ci --omit=dev` install.
import http from "node:http";
import https from "node:https";
import { pipeline } from "node:stream";
import { coalescer } from "./coalesce.mjs";
import { PROXIED_HEADERS } from "./guard.mjs";

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

// Headers that would act on this origin rather than describe the data: the provider's cookies, its own
// policies (ours replace them), HSTS and Alt-Svc for the provider's host, site-data wiping, error reporting.
const RESPONSE_DROP = new Set([
  "set-cookie",
  "content-security-policy",
  "content-security-policy-report-only",
  "strict-transport-security",
  "alt-svc",
  "clear-site-data",
  "service-worker-allowed",
  "nel",
  "report-to",
  "reporting-endpoints",
  "refresh",
]);

// The app shows streamed text at most every 50 ms; grouping events per 25 ms is never seen on screen.
export const DEFAULT_SSE_WINDOW_MS = 25;

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

export function sendJson(res, status, body, extra = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...PROXIED_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...extra,
  });
  res.end(text);
}

const MB = 1024 * 1024;

function formatMb(bytes) {
  const mb = bytes / MB;
  if (mb < 1) return `${Math.ceil(bytes / 1024)} KB`;
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}

/**
 * Refuses a body over the limit with a 413 the app shows, then reads and discards what the client is still
 * sending (up to a bound), so the browser gets the answer instead of a reset connection mid-upload.
 */
function refuseTooLarge(req, res, maxBodyBytes, size) {
  const sizeText = size === undefined ? "more than that" : formatMb(size);
  sendJson(
    res,
    413,
    {
      error: {
        message:
          `The request is ${sizeText}; this server accepts at most ${formatMb(maxBodyBytes)} ` +
          "(MAX_BODY_MB), so it was not sent to the provider",
        type: "request_too_large",
        // The sizes as numbers, so the app can say the same in the user's language.
        limit_bytes: maxBodyBytes,
        ...(size === undefined ? {} : { size_bytes: size }),
      },
    },
    { connection: "close" },
  );
  let drained = 0;
  req.on("data", (/** @type {Buffer} */ chunk) => {
    drained += chunk.length;
    if (drained > maxBodyBytes + 64 * MB) req.destroy();
  });
  req.resume();
}

/**
 * @param {{ upstream: string | URL, sseWindowMs?: number, maxBodyBytes?: number }} options
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, target: URL) => void}
 */
export function createApiProxy({ upstream, sseWindowMs = DEFAULT_SSE_WINDOW_MS, maxBodyBytes = Infinity }) {
  const upstreamBase = new URL(String(upstream));
  if (upstreamBase.protocol !== "http:" && upstreamBase.protocol !== "https:") {
    throw new Error(`UPSTREAM_URL must be http(s), got ${upstreamBase.protocol}`);
  }
  const client = upstreamBase.protocol === "https:" ? https : http;
  const agent = new client.Agent({ keepAlive: true });

  return function proxy(req, res, target) {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      return refuseTooLarge(req, res, maxBodyBytes, declared);
    }
    const headers = forwardable(req.headers, REQUEST_DROP);
    headers.host = target.host;

    const upstreamReq = client.request(target, { method: req.method, headers, agent });
    /** @type {ReturnType<typeof coalescer> | null} */
    let group = null;
    let refused = false;

    // A body without a Content-Length (chunked) is counted as it passes.
    let received = 0;
    req.on("data", (/** @type {Buffer} */ chunk) => {
      received += chunk.length;
      if (received <= maxBodyBytes || refused) return;
      refused = true;
      req.unpipe(upstreamReq);
      upstreamReq.destroy();
      if (!res.headersSent) refuseTooLarge(req, res, maxBodyBytes, undefined);
      else res.destroy();
    });

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
      if (refused) return upstreamRes.resume();
      const out = { ...forwardable(upstreamRes.headers, RESPONSE_DROP), ...PROXIED_HEADERS };
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
      if (refused) return;
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

    // Not pipeline(): refusing an oversized body destroys the upstream request, and the client's request
    // must survive that to receive the 413.
    req.pipe(upstreamReq);
    req.on("error", () => upstreamReq.destroy());
  };
}
