// The 10 MB answer: streamed into the app (longest task, time from the first byte the upstream sends to
// the first text on screen), then what was stored: after a reload, the conversation is exported with
// the app's own button and the reply read from the file (its length and status), and the reload's
// longest task is kept too.
import fs from "node:fs";
import { openPage } from "./runs.mjs";

/** Runs in the page before the app: the longest task, and when the reply first shows text. */
function watchPage() {
  const watch = { longest: 0, firstTextAt: 0 };
  window.__huge = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.longest = Math.max(watch.longest, entry.duration);
  }).observe({ type: "longtask", buffered: true });
  const observer = new MutationObserver(() => {
    if (watch.firstTextAt) return;
    const reply = document.querySelector('article[aria-label="Assistant"] .markdown');
    if (reply?.textContent) watch.firstTextAt = performance.timeOrigin + performance.now();
  });
  const start = () => observer.observe(document.documentElement, { subtree: true, childList: true });
  if (document.documentElement) start();
  else document.addEventListener("DOMContentLoaded", start);
}

const busyDone = () =>
  document.querySelector('article[aria-label="Assistant"]')?.getAttribute("aria-busy") === "false";

export async function hugeRun({ browser, baseUrl, upstream, answerLength, marker }) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    await context.addInitScript(watchPage);
    const { page } = await openPage(context);
    await page.goto(baseUrl);
    await page.getByRole("textbox", { name: "Message" }).fill(`The ten megabytes, please. ${marker}`);
    await page.waitForTimeout(1000);
    await page.evaluate(() => (window.__huge.longest = 0));
    await page.getByRole("button", { name: "Send" }).click();
    await page.waitForFunction(busyDone, undefined, { timeout: 300_000, polling: 250 });
    // Saving and the formatting that follows in idle time count too.
    await page.waitForTimeout(3000);
    const streamed = await page.evaluate(() => window.__huge);

    await page.reload();
    await page.waitForFunction(busyDone, undefined, { timeout: 120_000, polling: 250 });
    await page.waitForTimeout(3000);
    const reloaded = await page.evaluate(() => window.__huge.longest);

    const download = page.waitForEvent("download", { timeout: 60_000 });
    await page.getByRole("button", { name: "Export conversation" }).click();
    const file = await (await download).path();
    const exported = JSON.parse(fs.readFileSync(file, "utf8"));
    const reply = exported.conversations?.[0]?.messages?.find((m) => m.role === "assistant");
    await page.close();
    return {
      hugeLongestTaskMs: streamed.longest,
      hugeFirstTextMs: streamed.firstTextAt - upstream.state.firstByteAt,
      hugeReloadLongestTaskMs: reloaded,
      hugeStoredRatio: (reply?.content?.length ?? 0) / answerLength,
      hugeStoredComplete: reply?.status === "complete" ? 1 : 0,
    };
  } finally {
    await context.close();
  }
}
