import {
  abortedError,
  connectionCutError,
  isAbortLike,
  isApiError,
  parseError,
  providerError,
} from "./errors";
import { baseHeaders, endpointUrl, readText, send } from "./http";
import { chunkSchema, completionSchema, parseErrorBody, parseModelIds, parseStreamError } from "./schemas";
import { readSseEvents } from "./sse";
import { createEventMapper } from "./stream-events";
import type { StreamEvent } from "./stream-events";
import type { ChatRequest, Endpoint } from "./types";

export type { StreamEvent } from "./stream-events";

export interface ChatCallOptions {
  endpoint: Endpoint;
  request: ChatRequest;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export interface ListModelsOptions {
  endpoint: Endpoint;
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
    throw parseError({ code: "replyNotJson" }, error);
  }
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
        const info = parseErrorBody(json) ?? { message: data };
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
      error: parseError({ code: "streamNoChunks", count: skipped }),
    };
  } else {
    yield { type: "error", error: connectionCutError(delivered > 0, readFailure) };
  }
}

/** GET `{base}/models`: the ids the provider serves, sorted and unique. */
export async function listModels(opts: ListModelsOptions): Promise<string[]> {
  const fetchFn = opts.fetch ?? globalThis.fetch;
  const response = await send(
    fetchFn,
    endpointUrl(opts.endpoint, "models"),
    { method: "GET", headers: baseHeaders(opts.endpoint, "application/json") },
    opts.signal,
  );
  const text = await readText(response, opts.signal);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw parseError({ code: "modelsNotJson" }, error);
  }
  const ids = parseModelIds(json);
  if (ids) return ids;
  const info = parseErrorBody(json);
  if (info) throw providerError("http", info);
  throw parseError({ code: "modelsShape" });
}
