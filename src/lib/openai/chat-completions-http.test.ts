import { describe, it, expect } from "vitest";
import { ApiError } from "./errors";
import { chatCompletion } from "./chat-completions";
import type { StreamEvent } from "./stream-events";
import {
  collect,
  collectUntilThrow,
  encode,
  jsonResponse,
  scriptedFetch,
  sseResponse,
  streamOf,
} from "./streams.test-util";
import type { ChatRequest } from "./types";

const endpoint = { baseUrl: "https://api.example.test/v1/", apiKey: "sk-test" };
const request: ChatRequest = {
  model: "m",
  messages: [{ role: "user", content: "hi" }],
  stream: true,
  top_k: 40,
};
const okStream = () =>
  sseResponse('data: {"choices":[{"delta":{"content":"x"},"finish_reason":"stop"}]}\n\n');

async function failure(response: Response | (() => never)): Promise<ApiError> {
  const { fetch } = scriptedFetch(() => (typeof response === "function" ? response() : response));
  const { error } = await collectUntilThrow(chatCompletion({ endpoint, request, fetch }));
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("chatCompletion request", () => {
  it("POSTs JSON to {base}/chat/completions with a bearer key, trimming the trailing slash", async () => {
    const { fetch, calls } = scriptedFetch(okStream);
    await collect(chatCompletion({ endpoint, request, fetch }));
    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call?.url).toBe("https://api.example.test/v1/chat/completions");
    expect(call?.init.method).toBe("POST");
    expect(call?.init.headers).toMatchObject({
      "Content-Type": "application/json",
      Accept: "text/event-stream",
      Authorization: "Bearer sk-test",
    });
    expect(JSON.parse(String(call?.init.body))).toEqual(request);
  });

  it("omits Authorization when no key is set, and works with the relative proxy base", async () => {
    const { fetch, calls } = scriptedFetch(okStream);
    await collect(chatCompletion({ endpoint: { baseUrl: "/api/v1//", apiKey: " " }, request, fetch }));
    expect(calls[0]?.url).toBe("/api/v1/chat/completions");
    expect(calls[0]?.init.headers).not.toHaveProperty("Authorization");
  });

  it("passes the abort signal to fetch", async () => {
    const { fetch, calls } = scriptedFetch(okStream);
    const controller = new AbortController();
    await collect(chatCompletion({ endpoint, request, fetch, signal: controller.signal }));
    expect(calls[0]?.init.signal).toBe(controller.signal);
  });
});

describe("chatCompletion HTTP and transport errors", () => {
  it("400 with Google's array body and the top_k message", async () => {
    const body = [
      {
        error: { code: 400, message: 'Unknown name "top_k": Cannot find field.', status: "INVALID_ARGUMENT" },
      },
    ];
    const e = await failure(jsonResponse(body, 400));
    expect(e).toMatchObject({ kind: "http", status: 400 });
    expect(e.message).toContain('turn off "Send Top K"');
  });

  it.each([
    [401, { error: { message: "Invalid API key", code: "invalid_api_key" } }, /API key in Settings/],
    [402, { error: { message: "Insufficient balance", code: 402 } }, /balance/],
    [404, { error: { message: "model foo not found" } }, /model id may be unknown/],
    [413, { error: { message: "too big" } }, /too large/],
    [500, { error: { message: "internal" } }, /try again later/],
    [503, { error: { message: "overloaded" } }, /try again later/],
  ])("%i", async (status, body, pattern) => {
    const e = await failure(jsonResponse(body, status));
    expect(e).toMatchObject({ kind: "http", status });
    expect(e.message).toMatch(pattern);
  });

  it("429 with Retry-After seconds", async () => {
    const e = await failure(jsonResponse({ error: { message: "Too many" } }, 429, { "Retry-After": "7" }));
    expect(e).toMatchObject({ kind: "http", status: 429, retryAfterMs: 7000, retryable: true });
    expect(e.message).toContain("try again in 7 s");
  });

  it("429 with a Retry-After HTTP date", async () => {
    const date = new Date(Date.now() + 3_600_000).toUTCString();
    const e = await failure(jsonResponse({ error: { message: "Too many" } }, 429, { "Retry-After": date }));
    // The date has one-second resolution, so allow for the rounding.
    expect(e.retryAfterMs).toBeGreaterThan(3_590_000);
    expect(e.message).toMatch(/try again in 3\d{3} s/);
  });

  it("502 HTML page from a gateway", async () => {
    const html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body>\r\n</html>";
    const e = await failure(new Response(html, { status: 502, headers: { "Content-Type": "text/html" } }));
    expect(e.message).toMatch(/^HTTP 502 Bad Gateway \(the server sent an HTML page: "502 Bad Gateway"\)\./);
    expect(e.message).not.toContain("<");
  });

  it("fetch TypeError (CORS or network) -> network error with the /api/v1 hint", async () => {
    const e = await failure(() => {
      throw new TypeError("Failed to fetch");
    });
    expect(e.kind).toBe("network");
    expect(e.message).toContain("CORS");
    expect(e.message).toContain("/api/v1");
  });

  it("abort before the response -> aborted", async () => {
    const controller = new AbortController();
    const { fetch } = scriptedFetch(({ init }) => {
      controller.abort();
      throw init.signal?.reason ?? new DOMException("aborted", "AbortError");
    });
    const { error } = await collectUntilThrow(
      chatCompletion({ endpoint, request, fetch, signal: controller.signal }),
    );
    expect(error).toMatchObject({ kind: "aborted" });
  });

  it("an already-aborted signal never calls fetch", async () => {
    const controller = new AbortController();
    controller.abort();
    const { fetch, calls } = scriptedFetch(okStream);
    const { error } = await collectUntilThrow(
      chatCompletion({ endpoint, request, fetch, signal: controller.signal }),
    );
    expect(error).toMatchObject({ kind: "aborted" });
    expect(calls).toHaveLength(0);
  });

  it("abort mid-stream -> the deltas so far, then aborted is thrown and the body is cancelled", async () => {
    const controller = new AbortController();
    let cancelled = false;
    const body = streamOf([encode('data: {"choices":[{"delta":{"content":"part"}}]}\n\n')], {
      then: "hang",
      onCancel: () => (cancelled = true),
    });
    const { fetch } = scriptedFetch(() => sseResponse(body));
    const seen: StreamEvent[] = [];
    let thrown: unknown;
    try {
      for await (const event of chatCompletion({ endpoint, request, fetch, signal: controller.signal })) {
        seen.push(event);
        if (event.type === "content") controller.abort();
      }
    } catch (error) {
      thrown = error;
    }
    expect(seen).toEqual([{ type: "content", text: "part" }]);
    expect(thrown).toMatchObject({ kind: "aborted" });
    expect(cancelled).toBe(true);
  });
});
