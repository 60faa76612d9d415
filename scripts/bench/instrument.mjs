// Runs in the page before the app (page.addInitScript): counts localStorage writes, records animation
// frame times, and notes on the wall clock when a reply stops being busy.
export function instrumentPage() {
  const bench = {
    written: 0,
    frames: [],
    recording: false,
    busyFalseAt: 0,
  };
  window.__bench = bench;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (this === window.localStorage) bench.written += String(key).length + String(value).length;
    return setItem.call(this, key, value);
  };
  const frame = (t) => {
    if (bench.recording) bench.frames.push(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (
        r.attributeName === "aria-busy" &&
        el instanceof Element &&
        el.getAttribute("aria-label") === "Assistant" &&
        el.getAttribute("aria-busy") === "false" &&
        r.oldValue === "true"
      ) {
        bench.busyFalseAt = performance.timeOrigin + performance.now();
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

/** Characters stored under the app's keys right now. */
export function storedChars() {
  let n = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith("chat-studio:")) n += key.length + (localStorage.getItem(key)?.length ?? 0);
  }
  return n;
}

/**
 * Runs in the page before the app: keeps every long task (over 50 ms, the Long Tasks API) and, given
 * what to look for, notes when the conversation's last screen and all of its messages' text are in
 * the page (checked once per frame: the frame in which they are painted).
 */
export function watchConversation(target) {
  const watch = { longTasks: [], lastScreen: null, allText: null, allFormatted: null, t0: 0, active: false };
  window.__watch = watch;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) watch.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  watch.start = (t0) => {
    watch.t0 = t0;
    watch.lastScreen = null;
    watch.allText = null;
    watch.allFormatted = null;
    watch.active = true;
  };
  const check = () => {
    // The time the check runs, not the frame's timestamp (which can be earlier than the task that
    // rendered the content).
    const now = performance.now();
    if (watch.active && target) {
      const articles = document.querySelectorAll('[role="log"] article');
      const last = articles[articles.length - 1];
      if (watch.lastScreen === null && last?.textContent?.includes(target.lastText)) {
        const r = last.getBoundingClientRect();
        if (r.bottom > 0 && r.top < window.innerHeight) watch.lastScreen = now - watch.t0;
      }
      if (
        watch.allText === null &&
        watch.lastScreen !== null &&
        articles.length === target.count &&
        articles[0]?.textContent?.includes(target.firstText)
      ) {
        watch.allText = now - watch.t0;
      }
      // Replies show as plain text first (.md-pending) and are formatted in idle time.
      if (watch.allText !== null && document.querySelector('[role="log"] .md-pending') === null) {
        watch.allFormatted = now - watch.t0;
        watch.active = false;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  // A page load is watched from the navigation's start.
  if (target?.fromLoad) watch.start(0);
}
