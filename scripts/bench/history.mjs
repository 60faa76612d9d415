// The 50 MB history rows of `npm run bench`: the realistic history of e2e/server/history-content.mjs is
// imported once through the app's own Import (into one browser context, which keeps it), then each run
// opens a new page on it and measures opening the app, switching to an old conversation, and the
// sidebar's search over everything. Waits are cheap in-page checks, as in runs.mjs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { realisticHistory } from "../../e2e/server/history-content.mjs";

const TARGET_BYTES = 50_000_000;
/** An identifier in 14 of the 799 conversations' code and tables (one token, so any matcher agrees). */
const QUERY = "storeState";

async function taskMs(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
}

/** Polled in the page: does the sidebar list exactly `n` rows of the history (titles "History <n>:")? */
function historyRowsAre(n) {
  const nav = document.querySelector('nav[aria-label="Conversations"]');
  let rows = 0;
  for (const b of nav?.querySelectorAll("button") ?? []) if (b.textContent?.startsWith("History ")) rows++;
  return rows === n;
}

function lastUserShows(text) {
  const all = document.querySelectorAll('article[aria-label="You"]');
  return all[all.length - 1]?.textContent?.includes(text) ?? false;
}

const afterNextFrame = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** Case-insensitive, over titles and every message, as the sidebar's search matches. */
function expectedMatches(conversations, query) {
  const q = query.toLocaleLowerCase();
  return conversations.filter(
    (c) =>
      c.title.toLocaleLowerCase().includes(q) ||
      c.messages.some((m) => m.content.toLocaleLowerCase().includes(q)),
  ).length;
}

/** Imports the history into a new context; returns it with what the runs expect to see. */
export async function prepareHistory({ browser, baseUrl }) {
  const history = realisticHistory({ targetBytes: TARGET_BYTES });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-history-")), "history.json");
  const text = JSON.stringify(history, null, 2);
  fs.writeFileSync(file, text);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl);
  const started = Date.now();
  await page.getByLabel("Import conversations").setInputFiles(file);
  await page
    .getByRole("status")
    .filter({ hasText: `Imported ${history.conversations.length} conversations` })
    .waitFor({ timeout: 300_000 });
  const importMs = Date.now() - started;
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  // The newest conversation is the open one, as after a day's use; the oldest is the one switched to.
  const sorted = [...history.conversations].sort((a, b) => b.updatedAt - a.updatedAt);
  const [newest, oldest] = [sorted[0], sorted[sorted.length - 1]];
  await page
    .getByRole("navigation", { name: "Conversations" })
    .getByRole("button", { name: newest.title })
    .click();
  await page.waitForTimeout(1000);
  await page.close();
  const lastQuestion = (c) => c.messages[c.messages.length - 2].content.slice(0, 40);
  return {
    context,
    importMs,
    exportBytes: Buffer.byteLength(text),
    count: history.conversations.length,
    newest: { title: newest.title, text: lastQuestion(newest) },
    oldest: { title: oldest.title, text: lastQuestion(oldest) },
    matches: expectedMatches(history.conversations, QUERY),
  };
}

export async function historyRun({ prepared, baseUrl }) {
  const { context, count, newest, oldest, matches } = prepared;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${baseUrl}/favicon.svg`);

  // Open: until the open conversation is on screen, and until every conversation is listed.
  let before = await taskMs(cdp);
  const navigated = Date.now();
  await page.goto(baseUrl);
  await page.waitForFunction(lastUserShows, newest.text, { timeout: 60_000 });
  await afterNextFrame(page);
  const historyOpenTaskMs = (await taskMs(cdp)) - before;
  await page.waitForFunction(historyRowsAre, count, { timeout: 120_000, polling: 50 });
  const historyListedMs = Date.now() - navigated;
  await page.waitForTimeout(500);

  // Switch: to the oldest conversation (it came from IndexedDB), until its last question shows.
  before = await taskMs(cdp);
  await page
    .getByRole("navigation", { name: "Conversations" })
    .getByRole("button", { name: oldest.title })
    .click();
  await page.waitForFunction(lastUserShows, oldest.text, { timeout: 60_000 });
  await afterNextFrame(page);
  const historySwitchTaskMs = (await taskMs(cdp)) - before;
  await page.waitForTimeout(300);

  // Search: the query typed at once, until the sidebar lists exactly the matching conversations.
  const box = page.getByRole("searchbox", { name: "Search conversations" });
  await box.focus();
  before = await taskMs(cdp);
  const typed = Date.now();
  await box.fill(QUERY);
  await page.waitForFunction(historyRowsAre, matches, { timeout: 60_000, polling: "raf" });
  await afterNextFrame(page);
  const historySearchTaskMs = (await taskMs(cdp)) - before;
  const historySearchWallMs = Date.now() - typed;
  // The next run opens the app on the newest conversation again.
  await box.fill("");
  await page
    .getByRole("navigation", { name: "Conversations" })
    .getByRole("button", { name: newest.title })
    .click();
  await page.waitForFunction(lastUserShows, newest.text, { timeout: 60_000 });
  await page.waitForTimeout(300);
  await page.close();
  return {
    historyOpenTaskMs,
    historyListedMs,
    historySwitchTaskMs,
    historySearchTaskMs,
    historySearchWallMs,
  };
}
