// Plain text is turned into formatted markdown a few milliseconds at a time, nearest the viewport first:
// what is on screen in the next task, the rest when the browser is idle. Each upgrade is rendered and
// committed inside its job (flushSync), so the time a slice takes is the time it really costs, and a
// slice stops as soon as its budget is spent; input and frames run in between.
//
// Where each waiting element is comes from an IntersectionObserver (its entries carry the element's
// position for free), not from reading layout: with thousands of segments waiting (a 10 MB reply),
// measuring them all before each slice cost more than the upgrades.
import { flushSync } from "react-dom";
import { pipeline } from "./pipeline";

/** Main-thread time one slice may spend on on-screen upgrades, and on the rest in idle time (ms). */
const VISIBLE_BUDGET_MS = 24;
const IDLE_BUDGET_MS = 12;

interface Job {
  run: () => void;
  element: Element | null;
  /** On screen, as last reported by the observer. */
  visible: boolean;
  /** Pixels from the viewport when last reported; Infinity until the first report. */
  distance: number;
  order: number;
}

const jobs = new Set<Job>();
const byElement = new Map<Element, Job>();
let observer: IntersectionObserver | null = null;
let scheduled = false;
let counter = 0;

type IdleCallback = (deadline: { timeRemaining(): number }) => void;
const requestIdle: (cb: IdleCallback) => void =
  typeof window !== "undefined" && "requestIdleCallback" in window
    ? (cb) => window.requestIdleCallback(cb, { timeout: 1000 })
    : (cb) => setTimeout(() => cb({ timeRemaining: () => IDLE_BUDGET_MS }), 50);

function distanceOf(rect: DOMRectReadOnly, rootHeight: number): number {
  if (rect.bottom < 0) return -rect.bottom;
  if (rect.top > rootHeight) return rect.top - rootHeight;
  return 0;
}

function observe(job: Job) {
  if (!job.element || typeof IntersectionObserver === "undefined") return;
  observer ??= new IntersectionObserver((entries) => {
    let onScreen = false;
    for (const entry of entries) {
      const job = byElement.get(entry.target);
      if (!job) continue;
      job.visible = entry.isIntersecting;
      job.distance = entry.isIntersecting ? 0 : distanceOf(entry.boundingClientRect, window.innerHeight);
      onScreen ||= job.visible;
    }
    // Scrolled to text that is still plain: format it now rather than when idle.
    schedule(onScreen);
  });
  byElement.set(job.element, job);
  observer.observe(job.element);
}

function forget(job: Job) {
  jobs.delete(job);
  if (job.element) {
    byElement.delete(job.element);
    observer?.unobserve(job.element);
  }
}

/** On-screen jobs first, then by distance from the viewport, then the latest first. */
function ranked(): Job[] {
  return [...jobs].sort((a, b) => a.distance - b.distance || b.order - a.order);
}

function runSlice(onScreenOnly: boolean, remaining: () => number) {
  scheduled = false;
  const start = performance.now();
  const budget = onScreenOnly ? VISIBLE_BUDGET_MS : IDLE_BUDGET_MS;
  for (const job of ranked()) {
    if (onScreenOnly && !job.visible) break;
    if (performance.now() - start >= budget || (!onScreenOnly && remaining() <= 1)) break;
    forget(job);
    flushSync(job.run);
  }
  schedule(false);
}

function schedule(soon: boolean) {
  if (jobs.size === 0 || (scheduled && !soon)) return;
  scheduled = true;
  pipeline.load().then(
    () => {
      const onScreen = [...jobs].some((job) => job.visible);
      if (onScreen || soon) setTimeout(() => runSlice(true, () => Infinity), 0);
      else requestIdle((deadline) => runSlice(false, () => deadline.timeRemaining()));
    },
    () => {
      // The chunk could not be fetched (offline?): the text stays readable as it is. The next request
      // tries again; Chromium keeps a failed module import failed until the page is reloaded.
      scheduled = false;
    },
  );
}

/**
 * Asks for `run` (which re-renders `element`'s plain text as markdown) to be called once the pipeline
 * has loaded and there is time, on-screen elements first, then nearest the viewport. Returns a cancel
 * function.
 */
export function requestUpgrade(element: Element | null, run: () => void): () => void {
  const job: Job = { run, element, visible: false, distance: Infinity, order: counter++ };
  jobs.add(job);
  observe(job);
  schedule(false);
  return () => forget(job);
}
