import { describe, it, expect } from "vitest";
import { chatCompletion } from "./chat-completions";
import { collect, collectUntilThrow, jsonResponse, scriptedFetch } from "./streams.test-util";
import type { ChatRequest } from "./types";

const endpoint = { baseUrl: "https://api.example.test/v1/", apiKey: "sk-test" };
const request: ChatRequest = { model: "m", messages: [{ role: "user", content: "hi" }], stream: true };

describe("chatCompletion (non-streaming)", () => {
  const plain: ChatRequest = { ...request, stream: false };

  it("reads a Mistral message whose content is an array of thinking and text parts", async () => {
    const body = {
      model: "magistral-small-2509",
      choices: [
        {
          message: {
            role: "assistant",
            content: [
              { type: "thinking", thinking: [{ type: "text", text: "17 × 23 = 391." }] },
              { type: "text", text: "391" },
            ],
          },
          finish_reason: "stop",
        },
      ],
    };
    const { fetch } = scriptedFetch(() => jsonResponse(body));
    const events = await collect(chatCompletion({ endpoint, request: plain, fetch }));
    expect(events).toEqual([
      { type: "model", model: "magistral-small-2509" },
      { type: "reasoning", text: "17 × 23 = 391." },
      { type: "content", text: "391" },
      { type: "finish", reason: "stop" },
      { type: "done" },
    ]);
  });

  it("reads a message that is only tool calls (content null)", async () => {
    const body = {
      choices: [
        {
          message: {
            role: "assistant",
            content: null,
            tool_calls: [
              {
                id: "call_1",
                type: "function",
                function: { name: "get_weather", arguments: '{"location":"Tokyo"}' },
              },
              { id: "call_2", type: "function", function: { name: "get_time", arguments: "{}" } },
            ],
          },
          finish_reason: "tool_calls",
        },
      ],
    };
    const { fetch } = scriptedFetch(() => jsonResponse(body));
    const events = await collect(chatCompletion({ endpoint, request: plain, fetch }));
    expect(events).toEqual([
      { type: "tool-call", index: 0, name: "get_weather", arguments: '{"location":"Tokyo"}' },
      { type: "tool-call", index: 1, name: "get_time", arguments: "{}" },
      { type: "finish", reason: "tool_calls" },
      { type: "done" },
    ]);
  });

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
