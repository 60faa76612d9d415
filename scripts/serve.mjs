#!/usr/bin/env node
// `npm start`: serves the built app and proxies /api to the provider so the browser never needs CORS.
// Environment: see the README's table (PORT, HOST, UPSTREAM_URL, SSE_WINDOW_MS, MAX_BODY_MB, ALLOWED_HOSTS,
// ACCESS_TOKEN).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { allowedHostSet, DEFAULT_MAX_BODY_MB, isLoopback, isWildcard, parseList } from "./guard.mjs";
import { createServer } from "./server.mjs";

const env = process.env;
const distDir = path.resolve(
  env.DIST_DIR || path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist"),
);
const host = env.HOST || "127.0.0.1";
const port = Number(env.PORT || 4173);
const upstream = env.UPSTREAM_URL || "https://api.evolink.ai";
// Event streams reach the browser in at most one write per this many ms (0: every chunk as it comes).
const sseWindowMs = env.SSE_WINDOW_MS === undefined ? undefined : Number(env.SSE_WINDOW_MS);
const maxBodyMb = env.MAX_BODY_MB === undefined ? DEFAULT_MAX_BODY_MB : Number(env.MAX_BODY_MB);
const accessToken = env.ACCESS_TOKEN ?? "";
const extraHosts = parseList(env.ALLOWED_HOSTS);

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!Number.isFinite(maxBodyMb) || maxBodyMb <= 0)
  fail(`MAX_BODY_MB must be a positive number, got "${env.MAX_BODY_MB}".`);
if (accessToken && accessToken.length < 16) fail("ACCESS_TOKEN must be at least 16 characters long.");
if (!fs.existsSync(path.join(distDir, "index.html"))) {
  console.warn(`warning: ${distDir}/index.html not found; run \`npm run build\` (or use \`npm start\`).`);
}

let server;
try {
  server = createServer({
    distDir,
    upstream,
    maxBodyBytes: Math.round(maxBodyMb * 1024 * 1024),
    allowedHosts: allowedHostSet(host, extraHosts),
    accessToken,
    ...(sseWindowMs === undefined ? {} : { sseWindowMs }),
  });
} catch (err) {
  fail(String(err instanceof Error ? err.message : err));
}

server.on("error", (err) => fail(`Cannot listen on ${host}:${port}: ${err.message}`));

server.listen(port, host, () => {
  const actualPort = server.address().port;
  const shown = host.includes(":") ? `[${host}]` : host;
  const url = `http://${isWildcard(host) ? "localhost" : shown}:${actualPort}`;
  console.log(
    `Chat Studio on http://${shown}:${actualPort} — proxying /api → ${upstream.replace(/\/+$/, "")}`,
  );
  if (!isLoopback(host)) {
    console.warn(
      accessToken
        ? `Listening beyond this machine (${host}). Only browsers that opened the access link get in.`
        : `warning: listening beyond this machine (${host}) without ACCESS_TOKEN: anyone who can reach port ` +
            `${actualPort} can use this app and its proxy to ${upstream}. Set ACCESS_TOKEN to require an ` +
            "access link, and ALLOWED_HOSTS to the names the server is reached by.",
    );
  }
  if (accessToken)
    console.log(
      `Access link (share it only with the people who may use this server): ${url}/?access_token=${accessToken}`,
    );
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open SSE streams would keep close() waiting forever.
    server.closeAllConnections();
  });
}
