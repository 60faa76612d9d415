#!/usr/bin/env node
// `npm start`: serves the built app and proxies /api to the provider so the browser never needs CORS.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "./proxy.mjs";

const distDir = path.resolve(
  process.env.DIST_DIR || path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist"),
);
const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 4173);
const upstream = process.env.UPSTREAM_URL || "https://api.evolink.ai";
// Event streams reach the browser in at most one write per this many ms (0: every chunk as it comes).
const sseWindowMs = process.env.SSE_WINDOW_MS === undefined ? undefined : Number(process.env.SSE_WINDOW_MS);

if (!fs.existsSync(path.join(distDir, "index.html"))) {
  console.warn(`warning: ${distDir}/index.html not found; run \`npm run build\` (or use \`npm start\`).`);
}

let server;
try {
  server = createServer({ distDir, upstream, ...(sseWindowMs === undefined ? {} : { sseWindowMs }) });
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  process.exit(1);
}

server.on("error", (err) => {
  console.error(`Cannot listen on ${host}:${port}: ${err.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(`Chat Studio on http://${shown}:${port} — proxying /api → ${upstream.replace(/\/+$/, "")}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open SSE streams would keep close() waiting forever.
    server.closeAllConnections();
  });
}
