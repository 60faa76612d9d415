#!/usr/bin/env node
// Where rendering every message of a conversation starts to cost: builds the app with the list's
// virtualisation thresholds out of the way, opens conversations of N realistic messages (replies of a
// few hundred words with tables and code) with every message rendered, and measures what grows with
// N once they are all in the page — a relayout of the whole list (the window narrowed, as when the
// sidebar or the Parameters panel opens), a style pass over it (the colour scheme switched), and a
// key press in the composer. Usage: node scripts/bench/list-threshold.mjs [N ...] (BENCH_RUNS, 3;
// BENCH_CONTENT=short for the 2,000-message row's short messages instead).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { createServer } from "../proxy.mjs";
import { chromiumArgs, chromiumExecutable } from "../chromium.mjs";
import { median } from "./report.mjs";
import { longConversationTexts } from "../../e2e/server/bench-content.mjs";
import { realisticConversationSeed } from "./seed.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const distDir = path.join(root, "node_modules", ".cache", "bench-threshold-dist");
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length > 0 ? sizes : [50, 100, 200, 300, 400];
const runs = Math.max(1, Number(process.env.BENCH_RUNS || 3));

function build() {
  const args = ["vite", "build", "--logLevel", "error", "--outDir", distDir, "--emptyOutDir"];
  const env = { ...process.env, VITE_FULL_LIST_MAX_MESSAGES: "100000", VITE_FULL_LIST_MAX_CHARS: "1e12" };
  const r = spawnSync("npx", args, { cwd: root, stdio: "inherit", env });
  if (r.status !== 0) throw new Error("vite build failed");
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  const get = (name) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get("TaskDuration"), layout: get("LayoutDuration"), style: get("RecalcStyleDuration") };
}

const diff = (a, b) => ({ task: b.task - a.task, layout: b.layout - a.layout, style: b.style - a.style });
const frame = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

async function measure(browser, baseUrl, count) {
  const seed = realisticConversationSeed(
    count,
    process.env.BENCH_CONTENT === "short" ? longConversationTexts : undefined,
  );
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${baseUrl}/favicon.svg`);
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, seed.openLong);
  const opened = await metrics(cdp);
  await page.goto(baseUrl);
  await page.waitForFunction((n) => document.querySelectorAll('[role="log"] article').length === n, count, {
    timeout: 120_000,
  });
  const mounted = await metrics(cdp);
  // Highlighting and other deferred work settle before measuring.
  await page.waitForTimeout(2000);
  let m = await metrics(cdp);
  await page.setViewportSize({ width: 1300, height: 900 });
  await frame(page);
  const relayout = diff(m, await metrics(cdp));
  m = await metrics(cdp);
  await page.emulateMedia({ colorScheme: "dark" });
  await frame(page);
  const restyle = diff(m, await metrics(cdp));
  const box = page.getByRole("textbox", { name: "Message" });
  await box.focus();
  await page.waitForTimeout(300);
  m = await metrics(cdp);
  await page.keyboard.type("x".repeat(20), { delay: 30 });
  await frame(page);
  const key = diff(m, await metrics(cdp)).task / 20;
  const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  await context.close();
  return {
    chars: seed.chars,
    nodes,
    mountMs: mounted.task - opened.task,
    relayoutMs: relayout.task,
    relayoutLayoutMs: relayout.layout,
    restyleMs: restyle.task,
    keyMs: key,
  };
}

async function main() {
  build();
  const server = createServer({ distDir, upstream: "http://127.0.0.1:9", log: () => {} });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumExecutable,
    headless: true,
    args: chromiumArgs,
  });
  const rows = [];
  try {
    for (const count of counts) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await measure(browser, baseUrl, count));
      const med = (key) => median(results.map((r) => r[key]));
      const row = { count, chars: results[0].chars };
      for (const key of ["nodes", "mountMs", "relayoutMs", "relayoutLayoutMs", "restyleMs", "keyMs"])
        row[key] = med(key);
      rows.push(row);
      console.log(JSON.stringify(row, (_, v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v)));
    }
  } finally {
    await browser.close();
    server.close();
    server.closeAllConnections();
  }
  console.log("\nmessages  chars  DOM nodes  mount task  relayout task (layout)  restyle task  task per key");
  for (const r of rows) {
    console.log(
      `${String(r.count).padStart(8)}  ${String(Math.round(r.chars / 1000)).padStart(4)}K  ${String(r.nodes).padStart(9)}  ` +
        `${r.mountMs.toFixed(0).padStart(7)} ms  ${r.relayoutMs.toFixed(0).padStart(9)} ms (${r.relayoutLayoutMs.toFixed(0)})  ` +
        `${r.restyleMs.toFixed(0).padStart(9)} ms  ${r.keyMs.toFixed(2).padStart(9)} ms`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
