// Groups a fast event stream into fewer, larger writes for the browser. A provider may send hundreds of
// tiny SSE chunks a second; every network read costs the page's main thread about half a millisecond
// before any script runs (IPC, the body loader, a microtask), while the app shows new text at most
// every 50 ms. Bytes are only concatenated, never parsed, so SSE framing and compression are untouched.
import { Transform } from "node:stream";

/**
 * A pass-through that writes the first chunk at once and then at most one write per `windowMs`; the
 * end of the stream flushes immediately, so neither the first token nor the last byte waits.
 * @param {number} windowMs
 * @param {() => number} [now]
 */
export function coalesce(windowMs, now = () => performance.now()) {
  /** @type {Buffer[]} */
  let pending = [];
  /** @type {ReturnType<typeof setTimeout> | null} */
  let timer = null;
  let lastWrite = -Infinity;

  const stream = new Transform({
    transform(chunk, _encoding, done) {
      const wait = lastWrite + windowMs - now();
      if (timer === null && wait <= 0) {
        lastWrite = now();
        done(null, chunk);
        return;
      }
      pending.push(chunk);
      timer ??= setTimeout(release, Math.max(0, wait));
      done();
    },
    flush(done) {
      cancel();
      done(null, pending.length > 0 ? take() : undefined);
    },
  });

  function take() {
    const out = pending.length === 1 ? pending[0] : Buffer.concat(pending);
    pending = [];
    return out;
  }

  function cancel() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function release() {
    timer = null;
    if (pending.length === 0 || stream.destroyed) return;
    lastWrite = now();
    stream.push(take());
  }

  stream.on("close", cancel);
  return stream;
}
