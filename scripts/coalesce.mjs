// Groups a fast event stream into fewer, larger writes for the browser. A provider may send hundreds of
// tiny SSE chunks a second; every network read costs the page's main thread about half a millisecond
// before any script runs (IPC, the body loader, a microtask), while the app shows new text at most
// every 50 ms. Bytes are only concatenated, never parsed, so SSE framing and compression are untouched.

/**
 * Writes to `target` the first chunk at once and then at most one write per `windowMs`. `end()` and
 * `flush()` write what is pending at once, so neither the last byte nor the bytes before a cut
 * connection wait or get lost.
 * @param {{ write(chunk: Buffer): boolean, end(): void }} target
 * @param {number} windowMs
 * @param {() => number} [now]
 */
export function coalescer(target, windowMs, now = () => performance.now()) {
  /** @type {Buffer[]} */
  let pending = [];
  /** @type {ReturnType<typeof setTimeout> | null} */
  let timer = null;
  let lastWrite = -Infinity;

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** Writes what is pending now; returns false when the target asks to wait for 'drain'. */
  const flush = () => {
    stopTimer();
    if (pending.length === 0) return true;
    const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending);
    pending = [];
    lastWrite = now();
    return target.write(chunk);
  };

  return {
    /** @param {Buffer} chunk @returns {boolean} false when the target asks to wait for 'drain' */
    write(chunk) {
      const wait = lastWrite + windowMs - now();
      if (timer === null && wait <= 0) {
        lastWrite = now();
        return target.write(chunk);
      }
      pending.push(chunk);
      timer ??= setTimeout(flush, Math.max(0, wait));
      return true;
    },
    flush,
    end() {
      flush();
      target.end();
    },
    /** Drops what is pending (the client went away). */
    cancel() {
      stopTimer();
      pending = [];
    },
  };
}
