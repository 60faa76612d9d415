// Compare with four columns streaming the long answer at once (issue 13): the four replies are the
// stream row's answer, each in its own request, rendered by the chat's markdown renderer side by side.
// Measured like the stream row: frames over 50 ms (gaps between animation frames recorded in the
// page) from the click on "Run comparison" until every column has finished, plus 500 ms; task time too.
import { instrumentPage } from "./instrument.mjs";
import { metricSeconds, openPage } from "./runs.mjs";

const FRAME_LIMIT_MS = 50;
const COLUMNS = 4;

/**
 * Runs in the page before the app: counts Compare columns that stop being busy, so waiting for the end
 * polls a number instead of querying the page (which would count as the page's work).
 */
function watchColumns() {
  window.__columnsDone = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (
        el instanceof Element &&
        el.getAttribute("aria-label")?.startsWith("Column ") &&
        r.oldValue === "true" &&
        el.getAttribute("aria-busy") === "false"
      ) {
        window.__columnsDone++;
      }
    }
  });
  const start = () =>
    observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ["aria-busy"],
      attributeOldValue: true,
    });
  if (document.documentElement) start();
  else document.addEventListener("DOMContentLoaded", start);
}

export async function compareRun({ browser, baseUrl, answerLength }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(instrumentPage);
  await context.addInitScript(watchColumns);
  try {
    const { page, cdp } = await openPage(context);
    await page.goto(baseUrl);
    // Compare opens on a conversation: one short exchange first (its own answer, not the long one).
    await page.getByRole("textbox", { name: "Message" }).fill("Hello [[bench:short]]");
    await page.getByRole("button", { name: "Send" }).click();
    await page.waitForFunction(() => window.__bench.busyFalseAt > 0);

    await page.getByRole("button", { name: "Compare", exact: true }).click();
    const compare = page.getByRole("region", { name: "Compare", exact: true });
    await compare.getByRole("button", { name: "New message", exact: true }).click();
    await compare.getByRole("textbox", { name: "Prompt to compare" }).fill("Write the long answer, please.");
    for (let n = 2; n < COLUMNS; n++) await compare.getByRole("button", { name: "Add column" }).click();
    await compare.getByRole("region", { name: `Column ${COLUMNS}`, exact: true }).waitFor();
    // As in the stream row: the page's idle work after opening is over before the run starts.
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      window.__columnsDone = 0;
      window.__bench.frames = [];
      window.__bench.recording = true;
    });
    const before = await metricSeconds(cdp);
    await compare.getByRole("button", { name: "Run comparison", exact: true }).click();
    await page.waitForFunction((n) => window.__columnsDone >= n, COLUMNS, { timeout: 240_000 });
    await page.waitForTimeout(500);
    const after = await metricSeconds(cdp);
    const frames = await page.evaluate(() => {
      window.__bench.recording = false;
      return window.__bench.frames;
    });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('section[aria-label^="Column "] .markdown')].map(
        (el) => el.textContent?.length ?? 0,
      ),
    );
    if (shown.length !== COLUMNS || shown.some((n) => n < answerLength * 0.5)) {
      throw new Error(`Compare columns look incomplete: ${shown.join(", ")} characters shown`);
    }
    let longFrames = 0;
    let worst = 0;
    for (let i = 1; i < frames.length; i++) {
      const gap = frames[i] - frames[i - 1];
      worst = Math.max(worst, gap);
      if (gap > FRAME_LIMIT_MS) longFrames++;
    }
    return {
      compareLongFrames: longFrames,
      compareWorstFrameMs: worst,
      compareTaskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      compareScriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      compareLayoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
      compareStyleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    };
  } finally {
    await context.close();
  }
}
