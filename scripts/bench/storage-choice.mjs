#!/usr/bin/env node
// `node scripts/bench/storage-choice.mjs`: the measurements behind where conversations are stored
// (docs/performance.md, "Where conversations live"). In Debian Chromium, on a blank same-origin page:
// how much localStorage holds (ASCII and Japanese text), and for the 50 MB history of
// e2e/server/history-content.mjs, the main-thread cost and the size of keeping it in IndexedDB as JSON
// text, as structured objects, and gzip-compressed (CompressionStream). Medians over BENCH_RUNS (3).
import http from "node:http";
import { chromium } from "@playwright/test";
import { realisticHistory } from "../../e2e/server/history-content.mjs";
import { chromiumArgs, chromiumExecutable } from "../chromium.mjs";
import { median } from "./report.mjs";

const runs = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const history = realisticHistory({ targetBytes: 50_000_000 });
const body = JSON.stringify(history.conversations);

const server = http.createServer((req, res) => {
  if (req.url === "/history.json") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
    return;
  }
  res.writeHead(200, { "content-type": "text/html" });
  res.end("<!doctype html><title>probe</title>");
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumExecutable,
  headless: true,
  args: chromiumArgs,
});

async function fresh() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${base}/`);
  return { context, page, cdp };
}

async function task(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration").value * 1000;
}

/** Main-thread task time and wall time of an async function run in the page. */
async function measure(page, cdp, fn, arg) {
  const before = await task(cdp);
  const wall = await page.evaluate(fn, arg);
  return { task: (await task(cdp)) - before, wall };
}

// --- localStorage capacity --------------------------------------------------------------------------
async function capacity(sample) {
  const { context, page } = await fresh();
  const chars = await page.evaluate((unit) => {
    const block = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    let n = 0;
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`k${i}`, block);
        n += block.length + `k${i}`.length;
      } catch {
        // Fill the rest in smaller steps.
        let step = 10_000;
        while (step >= 10) {
          try {
            localStorage.setItem(`r${n}`, block.slice(0, step));
            n += step + `r${n}`.length;
          } catch {
            step = Math.floor(step / 10);
          }
        }
        return n;
      }
    }
  }, sample);
  await context.close();
  return chars;
}

const ascii = await capacity("Plain ASCII text, like most code. ");
const japanese = await capacity("日本語の文章はUTF-16で保存されます。");
console.log(
  `localStorage holds ${ascii.toLocaleString()} ASCII characters, ${japanese.toLocaleString()} with Japanese`,
);

// --- IndexedDB: JSON text, structured objects, gzip --------------------------------------------------
function openDb() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open("probe", 1);
    req.onupgradeneeded = () => req.result.createObjectStore("s");
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const rows = {
  textWrite: [],
  textRead: [],
  textParse: [],
  objWrite: [],
  objRead: [],
  gzWrite: [],
  gzRead: [],
};
let sizes = {};
for (let run = 0; run < runs; run++) {
  const { context, page, cdp } = await fresh();
  await page.evaluate(async (openDbSource) => {
    window.openDb = new Function(`return (${openDbSource})`)();
    const list = await (await fetch("/history.json")).json();
    window.texts = list.map((c) => JSON.stringify(c));
    window.objects = list;
  }, openDb.toString());

  const put = async (values) => {
    const db = await window.openDb();
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction("s", "readwrite");
      values.forEach((v, i) => tx.objectStore("s").put(v, i));
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return performance.now() - started;
  };
  const getAll = async () => {
    const db = await window.openDb();
    const started = performance.now();
    window.read = await new Promise((resolve, reject) => {
      const req = db.transaction("s").objectStore("s").getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return performance.now() - started;
  };
  const clear = () =>
    window.openDb().then(
      (db) =>
        new Promise((resolve) => {
          const tx = db.transaction("s", "readwrite");
          tx.objectStore("s").clear();
          tx.oncomplete = () => (db.close(), resolve());
        }),
    );
  const usage = () => navigator.storage.estimate().then((e) => e.usage);

  const run1 = (fn, arg) => measure(page, cdp, fn, arg);

  rows.textWrite.push(await run1(`(${put})(window.texts)`));
  const textUsage = await page.evaluate(usage);
  rows.textRead.push(await run1(`(${getAll})()`));
  rows.textParse.push(
    await run1(() => {
      const started = performance.now();
      window.parsed = window.read.map((t) => JSON.parse(t));
      return performance.now() - started;
    }),
  );
  await page.evaluate(clear);

  rows.objWrite.push(await run1(`(${put})(window.objects)`));
  const objUsage = await page.evaluate(usage);
  rows.objRead.push(await run1(`(${getAll})()`));
  await page.evaluate(clear);

  // gzip each conversation's JSON (CompressionStream), store the bytes; read back and decompress.
  const gz = await measure(
    page,
    cdp,
    `(async () => {
      const started = performance.now();
      const gzip = async (t) => new Uint8Array(await new Response(new Blob([t]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
      window.zipped = await Promise.all(window.texts.map(gzip));
      const ms = (${put})(window.zipped);
      await ms;
      return performance.now() - started;
    })()`,
  );
  rows.gzWrite.push(gz);
  const gzUsage = await page.evaluate(usage);
  const gzBytes = await page.evaluate(() => window.zipped.reduce((n, z) => n + z.byteLength, 0));
  rows.gzRead.push(
    await run1(`(async () => {
      const started = performance.now();
      await (${getAll})();
      window.unzipped = await Promise.all(window.read.map((z) => new Response(new Blob([z]).stream().pipeThrough(new DecompressionStream("gzip"))).text()));
      return performance.now() - started;
    })()`),
  );
  const chars = await page.evaluate(() => window.texts.reduce((n, t) => n + t.length, 0));
  sizes = { conversations: history.conversations.length, chars, textUsage, objUsage, gzUsage, gzBytes };
  await context.close();
  console.log(`run ${run + 1}/${runs} done`);
}
await browser.close();
server.close();

const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`\n${sizes.conversations} conversations, ${mb(sizes.chars)} characters of JSON`);
console.log(
  `IndexedDB usage: JSON text ${mb(sizes.textUsage)}, objects ${mb(sizes.objUsage)}, gzip ${mb(sizes.gzUsage)} (${mb(sizes.gzBytes)} compressed bytes)`,
);
console.log(`\nmedians over ${runs} runs: main-thread task ms / wall ms`);
for (const [key, values] of Object.entries(rows)) {
  const t = median(values.map((v) => v.task)).toFixed(0);
  const w = median(values.map((v) => v.wall)).toFixed(0);
  console.log(`  ${key.padEnd(10)} ${t.padStart(6)} / ${w.padStart(6)}`);
}
