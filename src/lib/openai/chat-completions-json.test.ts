import { describe, it, expect } from "vitest";
import { chatCompletion } from "./chat-completions";
import { collect, collectUntilThrow, jsonResponse, scriptedFetch } from "./streams.test-util";
import type { ChatRequest } from "./types";

const endpoint = { baseUrl: "https://api.example.test/v1/", apiKey: "sk-test" };
const request: ChatRequest = { model: "m", messages: [{ role: "user", content: "hi" }], stream: true };

describe("chatCompletion (non-streaming)", () => {
  const plain: ChatRequest = { ...request, stream: false };

  it("yields model, reasoning, content, finish, usage and done from one completion", async () => {
    const body = {
      id: "chatcmpl-1",
      object: "chat.completion",
      model: "gemini-3.1-pro-preview",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "こんにちは", reasoning_content: "挨拶する" },
          finish_reason: "stop",
        },
      ],
      usage: {
        prompt_tokens: 13,
        completion_tokens: 1891,
        total_tokens: 1904,
        prompt_tokens_details: { cached_tokens: 4 },
        completion_tokens_details: { reasoning_tokens: 1480 },
      },
    };
    const { fetch, calls } = scriptedFetch(() => jsonResponse(body));
    const events = await collect(chatCompletion({ endpoint, request: plain, fetch }));
    expect(calls[0]?.init.headers).toMatchObject({ Accept: "application/json" });
    expect(events).toEqual([
      { type: "model", model: "gemini-3.1-pro-preview" },
      { type: "reasoning", text: "挨拶する" },
      { type: "content", text: "こんにちは" },
      { type: "finish", reason: "stop" },
      {
        type: "usage",
        usage: {
          promptTokens: 13,
          completionTokens: 1891,
          totalTokens: 1904,
          cachedTokens: 4,
          reasoningTokens: 1480,
        },
      },
      { type: "done" },
    ]);
  });

  it("applies the think splitter to the content", async () => {
    const body = { choices: [{ message: { content: "<think>hmm</think>\n\nok" }, finish_reason: "stop" }] };
    const { fetch } = scriptedFetch(() => jsonResponse(body));
    const events = await collect(chatCompletion({ endpoint, request: plain, fetch }));
    expect(events.filter((e) => e.type === "reasoning" || e.type === "content")).toEqual([
      { type: "reasoning", text: "hmm" },
      { type: "content", text: "ok" },
    ]);
  });

  it("throws the provider's message for a 200 with an error body", async () => {
    const { fetch } = scriptedFetch(() =>
      jsonResponse({ error: { message: "model overloaded", code: 503 } }),
    );
    const { items, error } = await collectUntilThrow(chatCompletion({ endpoint, request: plain, fetch }));
    expect(items).toEqual([]);
    expect(error).toMatchObject({ kind: "http", status: 503, providerMessage: "model overloaded" });
  });

  it("throws a parse error for a body that is not JSON", async () => {
    const { fetch } = scriptedFetch(() => new Response("<html>oops</html>", { status: 200 }));
    const { error } = await collectUntilThrow(chatCompletion({ endpoint, request: plain, fetch }));
    expect(error).toMatchObject({ kind: "parse" });
  });

  it("reads a JSON answer even when streaming was asked for", async () => {
    const { fetch } = scriptedFetch(() =>
      jsonResponse({ choices: [{ message: { content: "x" }, finish_reason: "stop" }] }),
    );
    const events = await collect(chatCompletion({ endpoint, request, fetch }));
    expect(events.map((e) => e.type)).toEqual(["content", "finish", "done"]);
  });
});
