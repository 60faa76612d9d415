// Deferred work (highlighting finished code blocks) runs in slices of a few milliseconds with the event
// loop free in between, so twenty code blocks arriving at once never freeze a frame.
const SLICE_MS = 6;
const jobs: Array<() => void> = [];
let scheduled = false;

function runSlice() {
  scheduled = false;
  const start = performance.now();
  while (jobs.length > 0 && performance.now() - start < SLICE_MS) {
    try {
      jobs.shift()?.();
    } catch (error) {
      // One bad job must not stall the rest; report it without stopping the slice.
      setTimeout(() => {
        throw error;
      });
    }
  }
  if (jobs.length > 0) schedule();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  // A macrotask, unlike a microtask, lets rendering and input run between slices.
  setTimeout(runSlice, 0);
}

/** Queues `job`; returns a function that drops it if it has not run yet. */
export function enqueue(job: () => void): () => void {
  jobs.push(job);
  schedule();
  return () => {
    const i = jobs.indexOf(job);
    if (i !== -1) jobs.splice(i, 1);
  };
}
