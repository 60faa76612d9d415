import {
  abortedError,
  connectionCutError,
  isAbortLike,
  isApiError,
  parseError,
  providerError,
} from "./errors";
import { baseHeaders, endpointUrl, readText, send } from "./http";
import { chunkSchema, completionSchema, parseErrorBody, parseStreamError } from "./schemas";
import { readSseEvents } from "./sse";
import { createEventMapper } from "./stream-events";
import type { StreamEvent } from "./stream-events";
import type { ChatRequest, Endpoint } from "./types";

export interface ChatCallOptions {
  endpoint: Endpoint;
  request: ChatRequest;
  signal?: AbortSignal;
  fetch?: typeof fetch;
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
  );
  // Some servers ignore `stream: true` (or report an error) with a plain JSON body.
  const isJson = /\bjson\b/i.test(response.headers.get("content-type") ?? "");
  if (!request.stream || isJson || !response.body) {
    yield* completionEvents(await readText(response, signal));
    return;
  }
  yield* streamEvents(response.body, signal);
}

function completionEvents(text: string): StreamEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw parseError("The server's reply could not be read: it is not JSON.", error);
  }
  const flagged = parseStreamError(json);
  if (flagged) throw providerError("http", flagged);
  const parsed = completionSchema.safeParse(json);
  if (!parsed.success) {
    const info = parseErrorBody(json);
    if (info) throw providerError("http", info);
    throw parseError("The server's reply could not be read: it is not a chat completion.", parsed.error);
  }
  const events = createEventMapper().fromCompletion(parsed.data);
  return [...events, { type: "done" }];
}

async function* streamEvents(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<StreamEvent> {
  const mapper = createEventMapper();
  let usable = 0;
  let skipped = 0;
  let delivered = 0;
  let readFailure: unknown;
  try {
    for await (const sse of readSseEvents(body, signal)) {
      const data = sse.data.trim();
      if (DONE.test(data)) {
        yield* mapper.flush();
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
        yield* mapper.flush();
        const info = parseErrorBody(json) ?? { message: data || "no details were given" };
        yield { type: "error", error: providerError("stream", info) };
        return;
      }
      const inStreamError = parseStreamError(json);
      if (inStreamError) {
        yield* mapper.flush();
        yield { type: "error", error: providerError("stream", inStreamError) };
        return;
      }
      const chunk = json === undefined ? undefined : chunkSchema.safeParse(json);
      if (!chunk?.success) {
        // A malformed chunk loses one delta at most; stopping would lose the rest of the reply.
        skipped++;
        continue;
      }
      usable++;
      for (const event of mapper.fromChunk(chunk.data)) {
        if (event.type === "content" || event.type === "reasoning") delivered++;
        yield event;
      }
    }
  } catch (error) {
    if (isApiError(error) && error.kind === "aborted") throw error;
    if (isAbortLike(error, signal)) throw abortedError(error);
    readFailure = error;
  }
  yield* mapper.flush();
  if (mapper.finishSeen) {
    yield { type: "done" };
  } else if (usable === 0 && skipped > 0) {
    yield {
      type: "error",
      error: parseError(
        `The server's stream could not be read: none of its ${skipped} event(s) was a chat-completion chunk. ` +
          "Check the API base URL.",
      ),
    };
  } else {
    yield { type: "error", error: connectionCutError(delivered > 0, readFailure) };
  }
}
