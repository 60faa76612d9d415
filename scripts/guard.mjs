// What the server refuses and the headers it always sends: the one place for the app's security policy.
// Zero dependencies, like the rest of scripts/ used by `npm start`.
import crypto from "node:crypto";
import os from "node:os";

/**
 * The app's Content-Security-Policy. Scripts and style sheets only from the app itself; the API may be any
 * absolute http(s) base URL the user types in Settings (connect-src); images in replies may come from the
 * web, attachments are data: and blob: URLs; KaTeX's fonts are partly inlined as data: URLs.
 * Inline style *attributes* are allowed (never <style> elements): KaTeX's math is HTML whose layout
 * (heights, vertical alignment) lives in style attributes, and it is parsed as HTML in the page.
 * docs/deploy.md documents the same string for nginx and Caddy (a test keeps them equal).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob: http: https:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers on everything the app itself serves. */
export const APP_HEADERS = {
  "content-security-policy": APP_CSP,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

/**
 * Headers on every response relayed from /api: whatever the upstream (or a gateway's error page) sends is
 * data for the app's fetch, never a document or script running in the app's origin.
 */
export const PROXIED_HEADERS = {
  "content-security-policy": "sandbox; default-src 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

/** Default request body limit: several full-size images (each at most 2048 px, sent as base64). */
export const DEFAULT_MAX_BODY_MB = 50;

const LOOPBACK = ["localhost", "127.0.0.1", "::1"];

/** `[::1]:4173` → `::1`, `Example.COM.:80` → `example.com`; `null` for an empty or malformed header. */
export function hostName(header) {
  if (typeof header !== "string" || header === "") return null;
  const value = header.trim().toLowerCase();
  const name = value.startsWith("[") ? value.slice(1, value.indexOf("]")) : value.replace(/:\d*$/, "");
  if (name === "" || /[\s/@]/.test(name)) return null;
  return name.replace(/\.$/, "");
}

export function isWildcard(bindHost) {
  return bindHost === "0.0.0.0" || bindHost === "::" || bindHost === "";
}

export function isLoopback(bindHost) {
  return LOOPBACK.includes(bindHost) || /^127\./.test(bindHost) || bindHost === "::ffff:127.0.0.1";
}

/**
 * The names the server answers to: loopback, its bind address (every interface address when bound to all
 * of them), and ALLOWED_HOSTS (a leading dot allows subdomains: `.example.com`).
 * @param {string} bindHost
 * @param {string[]} extra
 */
export function allowedHostSet(bindHost, extra = []) {
  const hosts = new Set(LOOPBACK);
  if (isWildcard(bindHost)) {
    for (const list of Object.values(os.networkInterfaces())) {
      for (const info of list ?? []) hosts.add(info.address.toLowerCase());
    }
  } else {
    hosts.add(bindHost.toLowerCase());
  }
  for (const name of extra) {
    const trimmed = name.trim().toLowerCase();
    if (trimmed) hosts.add(trimmed);
  }
  return hosts;
}

/**
 * A request naming a Host the server does not answer to is refused: that is how a DNS-rebinding page (its
 * own name resolved to this machine) would reach the app and its proxy.
 * @param {string | undefined} header
 * @param {Set<string>} allowed
 */
export function hostAllowed(header, allowed) {
  const name = hostName(header);
  if (name === null) return false;
  if (allowed.has(name)) return true;
  for (const entry of allowed) {
    if (entry.startsWith(".") && (name.endsWith(entry) || name === entry.slice(1))) return true;
  }
  return false;
}

export const ACCESS_COOKIE = "chat_studio_access";
export const ACCESS_PARAM = "access_token";

/** What the cookie holds: a digest of the token, so the token itself is not kept in the browser. */
export function accessDigest(token) {
  return crypto.createHash("sha256").update(`chat-studio-access:${token}`).digest("hex");
}

function sameSecret(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** @param {string | undefined} cookieHeader */
export function cookieValue(cookieHeader, name) {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * The opt-in access token. A link carrying `?access_token=…` sets an HttpOnly cookie and redirects to the
 * same address without the token; after that the browser's own requests (page, assets, /api) carry the
 * cookie. It never touches `Authorization`, which stays the provider's key, and the proxy drops cookies.
 * @param {string} token
 */
export function accessGate(token) {
  const digest = accessDigest(token);
  return {
    /** @returns {"ok" | "missing" | "wrong"} */
    check(cookieHeader) {
      const value = cookieValue(cookieHeader, ACCESS_COOKIE);
      if (value === null) return "missing";
      return sameSecret(value, digest) ? "ok" : "wrong";
    },
    /** The token given in a link: `null` when it does not match. */
    cookieFor(given, secure) {
      if (!sameSecret(accessDigest(given), digest)) return null;
      const attributes = ["Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${30 * 24 * 3600}`];
      if (secure) attributes.push("Secure");
      return `${ACCESS_COOKIE}=${digest}; ${attributes.join("; ")}`;
    },
  };
}

/** `ALLOWED_HOSTS=a.example,.b.example` → names. */
export function parseList(value) {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
