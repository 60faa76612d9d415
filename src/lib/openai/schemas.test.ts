import { describe, it, expect } from "vitest";
import {
  chunkSchema,
  completionSchema,
  parseErrorBody,
  parseModelIds,
  parseStreamError,
  toUsage,
  usageSchema,
} from "./schemas";

describe("chunkSchema", () => {
  it("accepts a role-only first delta, nulls, and unknown fields", () => {
    const r = chunkSchema.safeParse({
      id: "x",
      object: "chat.completion.chunk",
      model: "m",
      system_fingerprint: null,
      choices: [
        { index: 0, delta: { role: "assistant", content: null }, finish_reason: null, logprobs: null },
      ],
      usage: null,
    });
    expect(r.success).toBe(true);
  });

  it("accepts a usage-only chunk with empty choices", () => {
    const r = chunkSchema.safeParse({ choices: [], usage: { prompt_tokens: 1, completion_tokens: 2 } });
    expect(r.success && r.data.usage?.completion_tokens).toBe(2);
  });

  it("rejects wrong types instead of guessing", () => {
    expect(chunkSchema.safeParse({ choices: "nope" }).success).toBe(false);
    expect(chunkSchema.safeParse({ choices: [{ delta: { content: 5 } }] }).success).toBe(false);
  });
});

describe("completionSchema", () => {
  it("reads message content and reasoning", () => {
    const r = completionSchema.safeParse({
      model: "m",
      choices: [
        { message: { role: "assistant", content: "hi", reasoning_content: "why" }, finish_reason: "stop" },
      ],
    });
    expect(r.success && r.data.choices[0]?.message?.reasoning_content).toBe("why");
  });
});

describe("toUsage", () => {
  it("maps token counts and the optional details", () => {
    const raw = usageSchema.parse({
      prompt_tokens: 13,
      completion_tokens: 1891,
      total_tokens: 1904,
      prompt_tokens_details: { cached_tokens: 0, text_tokens: 13 },
      completion_tokens_details: { reasoning_tokens: 1480 },
      input_tokens_details: null,
    });
    expect(toUsage(raw)).toEqual({
      promptTokens: 13,
      completionTokens: 1891,
      totalTokens: 1904,
      cachedTokens: 0,
      reasoningTokens: 1480,
    });
  });

  it("derives the total and leaves absent details out", () => {
    expect(toUsage(usageSchema.parse({ prompt_tokens: 2, completion_tokens: 3 }))).toEqual({
      promptTokens: 2,
      completionTokens: 3,
      totalTokens: 5,
    });
  });
});

describe("error shapes", () => {
  it.each([
    [
      { error: { message: "m", type: "t", param: "p", code: "c" } },
      { message: "m", type: "t", param: "p", code: "c" },
    ],
    [{ error: { message: "m", code: 500 } }, { message: "m", code: 500 }],
    [
      [{ error: { code: 400, message: "m", status: "INVALID_ARGUMENT" } }],
      { message: "m", code: 400, type: "INVALID_ARGUMENT" },
    ],
    [
      { object: "error", message: "m", type: "BadRequestError", code: 400 },
      { message: "m", type: "BadRequestError", code: 400 },
    ],
    [{ message: "m" }, { message: "m" }],
    [{ detail: "m" }, { message: "m" }],
    [{ error: "m" }, { message: "m" }],
  ])("parseErrorBody(%j)", (body, info) => {
    expect(parseErrorBody(body)).toEqual(info);
  });

  it("parseErrorBody returns undefined for non-error JSON", () => {
    expect(parseErrorBody({ choices: [] })).toBeUndefined();
    expect(parseErrorBody("text")).toBeUndefined();
  });

  it("parseStreamError only fires on chunks flagged as errors", () => {
    expect(parseStreamError({ error: { message: "x" } })).toEqual({ message: "x" });
    expect(parseStreamError({ object: "error", message: "y" })).toEqual({ message: "y" });
    expect(parseStreamError({ choices: [], error: null })).toBeUndefined();
    expect(parseStreamError({ message: "a chunk with a stray field", choices: [] })).toBeUndefined();
  });
});

describe("parseModelIds", () => {
  it("reads {data:[{id}]}, sorted and unique", () => {
    expect(parseModelIds({ object: "list", data: [{ id: "b" }, { id: "a" }, { id: "b" }] })).toEqual([
      "a",
      "b",
    ]);
  });

  it("tolerates a bare array and entries without an id", () => {
    expect(parseModelIds([{ id: "x" }, { name: "no id" }, 5])).toEqual(["x"]);
  });

  it("returns undefined for other shapes", () => {
    expect(parseModelIds({ error: { message: "no" } })).toBeUndefined();
  });
});
