#!/usr/bin/env node
// `npm run bench`: the production build in Debian Chromium, driven by Playwright, against a local
// upstream that streams a ~50 KB answer in 2,000 chunks (and a 10 MB one in 64 KB pieces). Prints medians
// over BENCH_RUNS runs (default 5) with ranges, PASS/FAIL per target, and writes
// bench-results/<timestamp>.json.
// The app is built into its own folder (not dist/, which others may rebuild mid-run) and served by the
// same handler as `npm start` (scripts/server.mjs), with /api proxied to the bench upstream.
// Env: BENCH_RUNS, BENCH_CHUNK_MS (5, pause between chunks), BENCH_DIST (serve this prebuilt folder
// instead of building, e.g. to measure an older build), BENCH_HUGE=0 (skip the 10 MB answer),
// BENCH_HISTORY=0 (skip the 50 MB history rows),
// CHROMIUM_PATH.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { benchAnswer, chunkText } from "../e2e/server/bench-content.mjs";
import { HOSTILE, sizedChunks } from "../e2e/server/hostile-content.mjs";
import { createServer } from "./server.mjs";
import { createBenchUpstream } from "./bench/upstream.mjs";
import { bundleSizes } from "./bench/bundle.mjs";
import { chromiumArgs, chromiumExecutable } from "./chromium.mjs";
import {
  longConversationRun,
  realisticConversationRun,
  referenceRun,
  reloadRun,
  streamRun,
} from "./bench/runs.mjs";
import { compareRun } from "./bench/compare.mjs";
import { floorRun } from "./bench/floor.mjs";
import { hugeRun } from "./bench/huge.mjs";
import { longConversationSeed, realisticConversationSeed } from "./bench/seed.mjs";
import { historyRun, prepareHistory } from "./bench/history.mjs";
import { printTable, summarize } from "./bench/report.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = process.env.BENCH_DIST
  ? path.resolve(process.env.BENCH_DIST)
  : path.join(root, "node_modules", ".cache", "bench-dist");
const runs = Math.max(1, Number(process.env.BENCH_RUNS || 5));
const chunkMs = Number(process.env.BENCH_CHUNK_MS || 5);
// BENCH_HUGE=0 leaves out the 10 MB answer (~1 min a run), e.g. to A/B the other rows quickly.
const withHuge = process.env.BENCH_HUGE !== "0";
// BENCH_HISTORY=0 skips the 50 MB history rows (its import takes a while; builds without IndexedDB
// storage cannot hold it).
const withHistory = process.env.BENCH_HISTORY !== "0";
const executablePath = chromiumExecutable;
const CHUNKS = 2000;
const MESSAGES = 2000;
const REALISTIC_MESSAGES = 100;
const KEYSTROKES = 50;
/** The 10 MB answer arrives in 64 KB pieces, 10 ms apart (~1.6 s), as in the e2e test. */
const HUGE_PIECE = 65_536;
const HUGE_PIECE_MS = 10;

function build() {
  if (process.env.BENCH_DIST) return;
  console.log("Building (npx vite build)…");
  const args = ["vite", "build", "--logLevel", "error", "--outDir", distDir, "--emptyOutDir"];
  const r = spawnSync("npx", args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("vite build failed");
}

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server.address().port));
  });
}

async function startServe(upstreamUrl) {
  const server = createServer({ distDir, upstream: upstreamUrl, log: () => {} });
  const port = await listen(server);
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

async function main() {
  build();
  const answer = benchAnswer();
  const lastLine = "measure, change one thing, measure again.";
  const huge = HOSTILE.huge();
  const upstream = createBenchUpstream({
    answers: {
      default: { chunks: chunkText(answer, CHUNKS), delayMs: chunkMs },
      huge: { chunks: sizedChunks(huge, HUGE_PIECE), delayMs: HUGE_PIECE_MS },
      // The short exchange Compare's row opens on.
      short: { chunks: ["Hello", " there."], delayMs: chunkMs },
    },
  });
  const upstreamPort = await listen(upstream.server);
  const serve = await startServe(`http://127.0.0.1:${upstreamPort}`);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: chromiumArgs,
  });
  const seed = longConversationSeed(MESSAGES);
  const realistic = realisticConversationSeed(REALISTIC_MESSAGES);
  const results = [];
  let history = null;
  try {
    if (withHistory) {
      console.log("Importing the 50 MB history…");
      history = await prepareHistory({ browser, baseUrl: serve.baseUrl });
      console.log(`imported ${history.count} conversations in ${(history.importMs / 1000).toFixed(1)} s`);
    }
    for (let i = 0; i < runs; i++) {
      const { context, metrics } = await streamRun({
        browser,
        baseUrl: serve.baseUrl,
        upstream,
        answerLength: answer.length,
      });
      const once = await reloadRun({ context, baseUrl: serve.baseUrl, lastLine });
      await context.close();
      const floor = await floorRun({
        browser,
        baseUrl: serve.baseUrl,
        answerLength: answer.length,
        lastLine,
      });
      const long = await longConversationRun({
        browser,
        baseUrl: serve.baseUrl,
        seed: seed.entries,
        lastText: seed.lastText,
        keystrokes: KEYSTROKES,
      });
      const reference = await referenceRun({ browser, baseUrl: serve.baseUrl, keystrokes: KEYSTROKES });
      const history50 = history ? await historyRun({ prepared: history, baseUrl: serve.baseUrl }) : null;
      const opened = await realisticConversationRun({ browser, baseUrl: serve.baseUrl, seed: realistic });
      const compared = await compareRun({ browser, baseUrl: serve.baseUrl, answerLength: answer.length });
      const big = withHuge
        ? await hugeRun({
            browser,
            baseUrl: serve.baseUrl,
            upstream,
            answerLength: huge.length,
            marker: "[[bench:huge]]",
          })
        : {};
      const run = {
        ...metrics,
        ...once,
        streamToShowOnceRatio: metrics.streamTaskMs / once.showOnceTaskMs,
        ...floor,
        streamToFloorRatio: metrics.streamTaskMs / floor.floorTaskMs,
        ...long,
        ...reference,
        ...big,
        ...history50,
        ...(history50 ? { historyOpenRatio: history50.historyOpenTaskMs / reference.emptyOpenTaskMs } : {}),
        ...opened,
        ...compared,
      };
      results.push(run);
      console.log(
        `run ${i + 1}/${runs}: stream ${run.streamTaskMs.toFixed(0)} ms, once ${run.showOnceTaskMs.toFixed(0)} ms, ` +
          `floor ${run.floorTaskMs.toFixed(0)} ms (${run.streamToFloorRatio.toFixed(2)}x), ` +
          (withHuge
            ? `10 MB: longest ${run.hugeLongestTaskMs.toFixed(0)} ms, first text ${run.hugeFirstTextMs.toFixed(0)} ms, `
            : "") +
          `open ${run.openTaskMs.toFixed(0)} ms, key ${run.keystrokeTaskMs.toFixed(2)} ms ` +
          `(empty app ${run.emptyOpenTaskMs.toFixed(0)} ms, bare key ${run.bareKeystrokeTaskMs.toFixed(2)} ms), ` +
          `100 realistic: screen ${run.switchLastScreenMs?.toFixed(0)} ms, all ${run.switchAllTextMs?.toFixed(0)} ms, ` +
          `${run.switchLongTasks} long tasks, ` +
          `Compare ×4: ${run.compareLongFrames} frames over 50 ms (worst ${run.compareWorstFrameMs.toFixed(0)} ms)` +
          (history50
            ? `, 50 MB: open ${history50.historyOpenTaskMs.toFixed(0)} ms, ` +
              `switch ${history50.historySwitchTaskMs.toFixed(0)} ms, search ${history50.historySearchTaskMs.toFixed(0)} ms`
            : ""),
      );
    }
  } finally {
    await history?.context.close();
    await browser.close();
    serve.server.close();
    serve.server.closeAllConnections();
    upstream.server.close();
    upstream.server.closeAllConnections();
  }
  const bundle = bundleSizes(distDir);
  for (const r of results) Object.assign(r, bundle);
  const summary = summarize(results);
  console.log("");
  const targets = printTable(summary, runs);
  const outDir = path.join(root, "bench-results");
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const meta = {
    answerBytes: Buffer.byteLength(answer),
    chunks: CHUNKS,
    chunkMs,
    hugeBytes: Buffer.byteLength(huge),
    hugePieces: Math.ceil(huge.length / HUGE_PIECE),
    hugePieceMs: HUGE_PIECE_MS,
    messages: MESSAGES,
    realisticMessages: REALISTIC_MESSAGES,
    realisticChars: realistic.chars,
    runs,
    history: history && {
      exportBytes: history.exportBytes,
      conversations: history.count,
      importMs: history.importMs,
      searchMatches: history.matches,
    },
  };
  fs.writeFileSync(file, JSON.stringify({ meta, bundle, summary, targets, runs: results }, null, 2));
  console.log(`\nResults: ${path.relative(root, file)}`);
  if (targets.some((t) => !t.pass)) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
