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
