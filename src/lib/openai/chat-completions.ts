import {
  abortedError,
  connectionCutError,
  isAbortLike,
  isApiError,
  parseError,
  providerError,
} from "./errors";
import { baseHeaders, endpointUrl, parseJsonBody, readText, send } from "./http";
import { completionSchema, parseErrorBody, parseStreamError, readChunk } from "./schemas";
import { readSseEvents } from "./sse";
import { createEventMapper } from "./stream-events";
import type { StreamEvent } from "./stream-events";
import type { ChatRequest, Endpoint } from "./types";

export interface ChatCallOptions {
  endpoint: Endpoint;
  request: ChatRequest;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Called when the response headers arrive and on every read that brings bytes: signs of life. */
  onActivity?: () => void;
  /** Whether the browser believes it is online (decides how a failed request is explained). */
  isOnline?: () => boolean;
}

// Also matches `data:[DONE]` and padded variants once the data is trimmed.
const DONE = /^\[DONE\]$/;

/**
 * POSTs a chat completion and yields the reply as events. Failures before any reply (HTTP status, network,
 * abort) are thrown as ApiError; trouble after the reply started is yielded as an `error` event so the
 * consumer keeps what arrived. An abort mid-stream is thrown (kind "aborted") after the deltas already yielded.
 */
export async function* chatCompletion(opts: ChatCallOptions): AsyncGenerator<StreamEvent> {
  const { endpoint, request, signal } = opts;
  // Called unbound: `opts.fetch(...)` would run window.fetch with `this === opts` ("Illegal invocation").
  const fetchFn = opts.fetch ?? globalThis.fetch;
  const headers = baseHeaders(endpoint, request.stream ? "text/event-stream" : "application/json");
  headers["Content-Type"] = "application/json";
  const response = await send(
    fetchFn,
    endpointUrl(endpoint, "chat/completions"),
    { method: "POST", headers, body: JSON.stringify(request) },
    signal,
    opts.isOnline,
  );
  opts.onActivity?.();
  // Some servers ignore `stream: true` (or report an error) with a plain JSON body.
  const isJson = /\bjson\b/i.test(response.headers.get("content-type") ?? "");
  if (!request.stream || isJson || !response.body) {
    yield* completionEvents(await readText(response, signal));
    return;
  }
  yield* streamEvents(response.body, signal, opts.onActivity);
}

function completionEvents(text: string): StreamEvent[] {
  const json = parseJsonBody(text, { code: "replyNotJson" });
  const flagged = parseStreamError(json);
  if (flagged) throw providerError("http", flagged);
  const parsed = completionSchema.safeParse(json);
  if (!parsed.success) {
    const info = parseErrorBody(json);
    if (info) throw providerError("http", info);
    throw parseError({ code: "replyNotCompletion" }, parsed.error);
  }
  const events = createEventMapper().fromCompletion(parsed.data);
  return [...events, { type: "done" }];
}

async function* streamEvents(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  onBytes?: () => void,
): AsyncGenerator<StreamEvent> {
  const mapper = createEventMapper();
  let usable = 0;
  let unreadable = 0;
  let delivered = 0;
  // Every text event counts as arrived, also text the think-tag splitter releases only at the end.
  function* counted(events: Iterable<StreamEvent>): Generator<StreamEvent> {
    for (const event of events) {
      if (event.type === "content" || event.type === "reasoning") delivered++;
      yield event;
    }
  }
  let readFailure: unknown;
  try {
    for await (const sse of readSseEvents(body, signal, onBytes)) {
      const data = sse.data.trim();
      if (DONE.test(data)) {
        yield* counted(mapper.flush());
        yield { type: "done" };
        return;
      }
      let json: unknown;
      try {
        json = data === "" ? undefined : JSON.parse(data);
      } catch {
        json = undefined;
      }
      if (sse.event === "error") {
        yield* counted(mapper.flush());
        const info = parseErrorBody(json) ?? { message: data };
        yield { type: "error", error: providerError("stream", info, delivered > 0) };
        return;
      }
      const inStreamError = parseStreamError(json);
      if (inStreamError) {
        yield* counted(mapper.flush());
        yield { type: "error", error: providerError("stream", inStreamError, delivered > 0) };
        return;
      }
      if (data === "") continue;
      const read = readChunk(json);
      // A chunk that cannot be read is never dropped silently: it is reported (with what it said), and
      // whatever part of it could be read is used; stopping would lose the rest of the reply.
      if (!read?.complete) {
        unreadable++;
        yield { type: "unreadable", data };
      }
      if (!read) continue;
      if (read.complete) usable++;
      yield* counted(mapper.fromChunk(read.chunk));
    }
  } catch (error) {
    if (isApiError(error) && error.kind === "aborted") throw error;
    if (isAbortLike(error, signal)) throw abortedError(error);
    readFailure = error;
  }
  yield* counted(mapper.flush());
  if (mapper.finishSeen) {
    yield { type: "done" };
  } else if (usable === 0 && unreadable > 0) {
    yield {
      type: "error",
      error: parseError({ code: "streamNoChunks", count: unreadable }),
    };
  } else {
    yield { type: "error", error: connectionCutError(delivered > 0, readFailure) };
  }
}
