// Notices silence on an open connection: only the client can tell that a stream has stalled. Every sign
// of life (response headers, any bytes read, keep-alive comments included) resets it.

export interface Timers {
  now(): number;
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => performance.now(),
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Watchdog {
  /** Bytes arrived. Cheap enough to call on every read: it only records the time. */
  alive(): void;
  stop(): void;
}

/**
 * Calls `onStall(true)` once `stallMs` pass without a sign of life, and `onStall(false)` when life returns.
 * One timer at a time: a read only notes the time, and the timer re-arms itself for the remainder.
 */
export function createWatchdog(
  stallMs: number,
  onStall: (stalled: boolean) => void,
  timers = realTimers,
): Watchdog {
  let last = timers.now();
  let stalled = false;
  let handle: unknown = null;
  let stopped = false;

  const arm = (ms: number) => {
    handle = timers.set(check, ms);
  };
  function check() {
    handle = null;
    if (stopped) return;
    const silent = timers.now() - last;
    if (silent >= stallMs) {
      stalled = true;
      onStall(true);
      return;
    }
    arm(stallMs - silent);
  }
  if (stallMs > 0) arm(stallMs);

  return {
    alive() {
      if (stopped || stallMs <= 0) return;
      last = timers.now();
      if (stalled) {
        stalled = false;
        onStall(false);
      }
      if (handle === null) arm(stallMs);
    },
    stop() {
      stopped = true;
      if (handle !== null) timers.clear(handle);
      handle = null;
      if (stalled) {
        stalled = false;
        onStall(false);
      }
    },
  };
}
