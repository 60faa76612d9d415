// Production request handling: checks first (Host, access token), then /api to the proxy and the rest
// to the static files. `npm start` (serve.mjs) and the benchmark build their server here.
import http from "node:http";
import { ACCESS_PARAM, accessGate, allowedHostSet, hostAllowed, hostName } from "./guard.mjs";
import { createApiProxy, DEFAULT_SSE_WINDOW_MS, sendJson, upstreamUrl } from "./proxy.mjs";
import { createStaticFiles, sendText } from "./static.mjs";

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

const isApi = (pathname) => pathname === "/api" || pathname.startsWith("/api/");

/** The target without `access_token`, for the redirect that follows a sign-in link. */
function withoutAccessParam(target) {
  const url = new URL(target, "http://local");
  url.searchParams.delete(ACCESS_PARAM);
  return url.pathname + url.search;
}

/**
 * @typedef {{
 *   distDir: string,
 *   upstream: string | URL,
 *   log?: (line: string) => void,
 *   sseWindowMs?: number,
 *   maxBodyBytes?: number,
 *   allowedHosts?: Set<string>,
 *   accessToken?: string,
 * }} ServerOptions
 */

/**
 * @param {ServerOptions} options
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void}
 */
export function createHandler({
  distDir,
  upstream,
  log = (line) => console.log(line),
  sseWindowMs = DEFAULT_SSE_WINDOW_MS,
  maxBodyBytes = Infinity,
  allowedHosts = allowedHostSet("127.0.0.1"),
  accessToken = "",
}) {
  const proxy = createApiProxy({ upstream, sseWindowMs, maxBodyBytes });
  const upstreamBase = new URL(String(upstream));
  const serveStatic = createStaticFiles(distDir);
  const gate = accessToken ? accessGate(accessToken) : null;

  /** With ACCESS_TOKEN: true when the request may go on; otherwise it has been answered. */
  function admitted(req, res, target, pathname) {
    if (!gate) return true;
    const given = new URL(target, "http://local").searchParams.get(ACCESS_PARAM);
    if (given !== null && !isApi(pathname)) {
      const secure = req.headers["x-forwarded-proto"] === "https";
      const cookie = gate.cookieFor(given, secure);
      if (!cookie) {
        sendText(
          res,
          403,
          "This access link is not valid. Ask the person who runs this server for a new one.",
        );
        return false;
      }
      // The token leaves the address bar (and the history) at once.
      res.writeHead(303, {
        location: withoutAccessParam(target),
        "set-cookie": cookie,
        "cache-control": "no-store",
      });
      res.end();
      return false;
    }
    if (gate.check(req.headers.cookie) === "ok") return true;
    const message =
      "This Chat Studio server is private: open it once with the access link (…/?access_token=…) " +
      "given by the person who runs it.";
    if (isApi(pathname)) sendJson(res, 401, { error: { message, type: "access_denied" } });
    else sendText(res, 401, message);
    return false;
  }

  return function handle(req, res) {
    const started = performance.now();
    const target = requestPath(req.url);
    const pathname = target ? (target.split("?")[0] ?? "/") : "?";
    // Only method, path (no query: it may carry keys or the access token), status and time.
    res.on("close", () => {
      const ms = Math.round(performance.now() - started);
      const aborted = res.writableFinished ? "" : " (aborted)";
      log(`${req.method} ${pathname} ${res.statusCode} ${ms}ms${aborted}`);
    });

    if (!target) return sendText(res, 400, "Bad Request");
    if (!hostAllowed(req.headers.host, allowedHosts)) {
      const name = hostName(req.headers.host);
      return sendText(
        res,
        name === null ? 400 : 421,
        name === null
          ? "Bad Request: no valid Host header."
          : `This server does not answer to the host name "${name}". If that is how it is reached, add it to ALLOWED_HOSTS.`,
      );
    }
    if (!admitted(req, res, target, pathname)) return;
    if (isApi(pathname)) {
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

/** @param {ServerOptions} options */
export function createServer(options) {
  return http.createServer({ noDelay: true }, createHandler(options));
}
