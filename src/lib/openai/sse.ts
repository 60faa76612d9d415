import { createParser } from "eventsource-parser";
import { abortedError, isAbortLike } from "./errors";

export interface SseEvent {
  event?: string;
  data: string;
}

/**
 * Bytes -> Server-Sent Events. Decodes UTF-8 across reads (a character may straddle two chunks) and hands
 * line splitting (LF, CRLF, CR, a CRLF cut between reads), comments and multi-line data to eventsource-parser.
 * Aborting, or the consumer stopping early, cancels the body so the connection is released.
 */
export async function* readSseEvents(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  /** Called for every read that brought bytes (keep-alive comments included): a sign of life. */
  onBytes?: () => void,
): AsyncGenerator<SseEvent> {
  const queue: SseEvent[] = [];
  const parser = createParser({
    onEvent: (e) => queue.push(e.event === undefined ? { data: e.data } : { event: e.event, data: e.data }),
    // Unknown fields and bad `retry` values are noise from odd servers, not a reason to stop reading.
    onError: () => {},
  });
  const decoder = new TextDecoder("utf-8");
  const reader = body.getReader();
  let finished = false;
  const onAbort = () => {
    // Resolves a pending read() with done, so the loop below notices the abort without waiting for bytes.
    reader.cancel(signal?.reason).catch(() => {});
  };

  if (signal?.aborted) {
    await reader.cancel(signal.reason).catch(() => {});
    reader.releaseLock();
    throw abortedError(signal.reason);
  }
  signal?.addEventListener("abort", onAbort, { once: true });

  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (isAbortLike(error, signal)) throw abortedError(error);
        throw error;
      }
      if (signal?.aborted) throw abortedError(signal.reason);
      if (result.done) break;
      onBytes?.();
      parser.feed(decoder.decode(result.value, { stream: true }));
      for (const e of queue.splice(0)) yield e;
    }
    finished = true;
    // End of stream: flush the decoder, then two line breaks so a last event sent without its closing
    // blank line (or with a lone CR pending) is still dispatched. Already-closed events are unaffected.
    parser.feed(`${decoder.decode()}\n\n`);
    for (const e of queue.splice(0)) yield e;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
