// Initial JS = the entry script plus every chunk index.html preloads (what the browser must fetch and
// parse before the app can start); lazily imported chunks only count toward the total.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

export function bundleSizes(distDir) {
  const html = fs.readFileSync(path.join(distDir, "index.html"), "utf8");
  const initial = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) initial.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) initial.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]+rel="modulepreload"/g)) initial.add(m[1]);
  const assets = path.join(distDir, "assets");
  const all = fs.readdirSync(assets).filter((f) => f.endsWith(".js"));
  const initialFiles = [...initial].map((src) => path.join(distDir, src.replace(/^\//, "")));
  const sum = (files) => files.reduce((n, f) => n + gzipSize(f), 0);
  return {
    initialJsGzipKB: sum(initialFiles) / 1024,
    totalJsGzipKB: sum(all.map((f) => path.join(assets, f))) / 1024,
    initialFiles: initialFiles.map((f) => path.relative(distDir, f)),
    chunks: all.length,
  };
}
