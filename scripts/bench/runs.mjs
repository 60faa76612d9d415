// One measured run of each benchmark scenario. Task time is Chromium's own account of main-thread work
// (CDP Performance.getMetrics "TaskDuration", in seconds), read before and after the part measured.
import { instrumentPage, storedChars, watchConversation } from "./instrument.mjs";

const FRAME_LIMIT_MS = 50;

export async function taskSeconds(cdp) {
  return (await metricSeconds(cdp)).TaskDuration;
}

// Where the task time went: script, layout and style recalculation, for finding the next bottleneck.
export async function metricSeconds(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const out = {};
  for (const name of ["TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration"])
    out[name] = get(name);
  return out;
}

export async function openPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return { page, cdp };
}

/**
 * Polled once per frame by waitForFunction: is `text` inside the last element matching `selector`, and
 * formatted (no part still plain text waiting for the markdown pipeline: replies show as plain text
 * first)? A cheap check, unlike a text or role locator, whose every poll walks the whole page.
 */
export function formattedIn([selector, text]) {
  const all = document.querySelectorAll(selector);
  const last = all[all.length - 1];
  return (last?.textContent?.includes(text) ?? false) && last?.querySelector(".md-pending") === null;
}

/** Resolves once the browser has rendered a frame (style, layout, paint) after the current DOM. */
export function afterNextFrame(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Types `keystrokes` characters into `box`, 30 ms apart (a fast typist), and returns task time per key. */
async function taskPerKey(page, cdp, box, keystrokes) {
  await box.focus();
  await page.waitForTimeout(300);
  const start = await taskSeconds(cdp);
  await page.keyboard.type("x".repeat(keystrokes), { delay: 30 });
  await page.waitForFunction((n) => document.activeElement?.value?.length === n, keystrokes);
  return (((await taskSeconds(cdp)) - start) * 1000) / keystrokes;
}

/** Streams the long answer into a fresh app; returns the stream metrics and the context (stored). */
export async function streamRun({ browser, baseUrl, upstream, answerLength }) {
  const context = await browser.newContext();
  await context.addInitScript(instrumentPage);
  const { page, cdp } = await openPage(context);
  await page.goto(baseUrl);
  const box = page.getByRole("textbox", { name: "Message" });
  await box.fill("Write the long answer, please.");
  // Nobody sends within milliseconds of the page loading: let the start-up's idle work finish, so the
  // stream's numbers are the stream's.
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.__bench.written = 0;
    window.__bench.frames = [];
    window.__bench.recording = true;
  });
  const before = await metricSeconds(cdp);
  await page.getByRole("button", { name: "Send" }).click();
  const reply = page.getByRole("article", { name: "Assistant" }).last();
  // The page's own observer notes the end; polling a flag keeps Playwright's selector engine (a walk of
  // the whole DOM per poll) out of the measured task time.
  await page.waitForFunction(() => window.__bench.busyFalseAt > 0, undefined, { timeout: 180_000 });
  // Work the reply's completion schedules (saving, deferred highlighting) counts too.
  await page.waitForTimeout(500);
  const after = await metricSeconds(cdp);
  const bench = await page.evaluate(() => {
    const b = window.__bench;
    b.recording = false;
    return { written: b.written, frames: b.frames, busyFalseAt: b.busyFalseAt };
  });
  const stored = await page.evaluate(storedChars);
  const shown = (await reply.innerText()).length;
  let longFrames = 0;
  let worstFrame = 0;
  for (let i = 1; i < bench.frames.length; i++) {
    const gap = bench.frames[i] - bench.frames[i - 1];
    worstFrame = Math.max(worstFrame, gap);
    if (gap > FRAME_LIMIT_MS) longFrames++;
  }
  await page.close();
  if (shown < answerLength * 0.5) throw new Error(`reply looks incomplete: ${shown} characters shown`);
  return {
    context,
    metrics: {
      streamTaskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      streamScriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      streamLayoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
      streamStyleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
      longFrames,
      worstFrameMs: worstFrame,
      lastByteToRenderMs: bench.busyFalseAt - upstream.state.lastByteAt,
      storageWrittenRatio: bench.written / stored,
    },
  };
}

/** Opens the app with the answer already stored and measures until it is on screen. */
export async function reloadRun({ context, baseUrl, lastLine }) {
  const { page, cdp } = await openPage(context);
  // A same-origin page first, so the app's navigation stays in the renderer being measured.
  await page.goto(`${baseUrl}/favicon.svg`);
  const before = await taskSeconds(cdp);
  await page.goto(baseUrl);
  await page.waitForFunction(formattedIn, ['article[aria-label="Assistant"]', lastLine]);
  await afterNextFrame(page);
  const after = await taskSeconds(cdp);
  await page.close();
  return { showOnceTaskMs: (after - before) * 1000 };
}

/** Opens a stored conversation of many messages, then types into the composer. */
export async function longConversationRun({ browser, baseUrl, seed, lastText, keystrokes }) {
  const context = await browser.newContext();
  const { page, cdp } = await openPage(context);
  await page.goto(`${baseUrl}/favicon.svg`);
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, seed);
  const before = await taskSeconds(cdp);
  await page.goto(baseUrl);
  await page.waitForFunction(formattedIn, ['[role="log"] article', lastText], { timeout: 120_000 });
  await afterNextFrame(page);
  const opened = await taskSeconds(cdp);
  const keystrokeTaskMs = await taskPerKey(
    page,
    cdp,
    page.getByRole("textbox", { name: "Message" }),
    keystrokes,
  );
  await context.close();
  return { openTaskMs: (opened - before) * 1000, keystrokeTaskMs };
}

/**
 * Reference points measured the same way in the same browser, so each run shows what is the app's and
 * what is the browser's: the app with nothing stored (start-up alone), and typing into a bare
 * <textarea> on an otherwise empty page (the browser's own cost of a key press).
 */
export async function referenceRun({ browser, baseUrl, keystrokes }) {
  const context = await browser.newContext();
  const { page, cdp } = await openPage(context);
  await page.goto(`${baseUrl}/favicon.svg`);
  const before = await taskSeconds(cdp);
  await page.goto(baseUrl);
  await page.waitForFunction(() => document.querySelector('textarea[aria-label="Message"]') !== null);
  await afterNextFrame(page);
  const opened = await taskSeconds(cdp);
  await page.close();
  const bare = await openPage(context);
  await bare.page.setContent('<textarea aria-label="Bare"></textarea>');
  const bareKeystrokeTaskMs = await taskPerKey(
    bare.page,
    bare.cdp,
    bare.page.locator("textarea"),
    keystrokes,
  );
  await context.close();
  return { emptyOpenTaskMs: (opened - before) * 1000, bareKeystrokeTaskMs };
}

function longTaskFigures(watch, from, to) {
  const tasks = watch.longTasks.filter(([start]) => start >= from && start <= to);
  return { count: tasks.length, longest: Math.max(0, ...tasks.map(([, duration]) => duration)) };
}

/**
 * A conversation of realistic replies (seed.mjs): chosen in the sidebar of a running app (the
 * targets), and opened by a page load (for reference). Times are to the frame in which the last
 * screen, then every message's text, are in the page; long tasks are those over 50 ms in between.
 */
export async function realisticConversationRun({ browser, baseUrl, seed }) {
  const target = { lastText: seed.lastText, firstText: seed.firstText, count: seed.count };
  const context = await browser.newContext();
  await context.addInitScript(watchConversation, target);
  const { page, cdp } = await openPage(context);
  await page.goto(`${baseUrl}/favicon.svg`);
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, seed.openShort);
  await page.goto(baseUrl);
  await page.waitForFunction(() => document.querySelector('textarea[aria-label="Message"]') !== null);
  // The start-up's idle work (preloads, warm-up) is over before anyone picks a conversation.
  await page.waitForTimeout(1500);
  const before = await taskSeconds(cdp);
  const t0 = await page.evaluate((title) => {
    const nav = document.querySelector('nav[aria-label="Conversations"]');
    const button = [...(nav?.querySelectorAll("button") ?? [])].find((b) => b.textContent?.trim() === title);
    const start = performance.now();
    window.__watch.start(start);
    button?.click();
    return start;
  }, seed.title);
  // A build that never puts every message in the page (an older one, when comparing) times out here.
  await page
    .waitForFunction(() => window.__watch.allFormatted !== null, undefined, { timeout: 30_000 })
    .catch(() => {});
  await afterNextFrame(page);
  const after = await taskSeconds(cdp);
  const watch = await page.evaluate(() => window.__watch);
  const switched = longTaskFigures(watch, t0, t0 + (watch.allText ?? 30_000));
  const formatting = longTaskFigures(
    watch,
    t0 + (watch.allText ?? 30_000),
    t0 + (watch.allFormatted ?? 30_000),
  );
  await context.close();

  const loadContext = await browser.newContext();
  await loadContext.addInitScript(watchConversation, { ...target, fromLoad: true });
  const load = await openPage(loadContext);
  await load.page.goto(`${baseUrl}/favicon.svg`);
  await load.page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, seed.openLong);
  await load.page.goto(baseUrl);
  await load.page
    .waitForFunction(() => window.__watch.allText !== null, undefined, { timeout: 30_000 })
    .catch(() => {});
  const loaded = await load.page.evaluate(() => window.__watch);
  // The app's own start (evaluating its script) is one long task whatever is stored; counted are
  // those after the conversation's first screen.
  const afterFirstScreen = longTaskFigures(loaded, loaded.lastScreen ?? 0, loaded.allText ?? 30_000);
  await loadContext.close();

  // null (not measured) when the build never got there.
  return {
    switchLastScreenMs: watch.lastScreen,
    switchAllTextMs: watch.allText,
    switchLongTasks: switched.count,
    switchLongestTaskMs: switched.longest,
    switchTaskMs: (after - before) * 1000,
    switchAllFormattedMs: watch.allFormatted,
    switchFormattingLongTasks: formatting.count,
    loadLastScreenMs: loaded.lastScreen,
    loadAllTextMs: loaded.allText,
    loadLongTasksAfterScreen: afterFirstScreen.count,
  };
}
