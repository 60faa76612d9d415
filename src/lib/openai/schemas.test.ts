import { describe, it, expect } from "vitest";
import {
  chunkSchema,
  completionSchema,
  parseErrorBody,
  parseModelIds,
  parseStreamError,
  readChunk,
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

  it("rejects wrong structure instead of guessing", () => {
    expect(chunkSchema.safeParse({ choices: "nope" }).success).toBe(false);
    expect(chunkSchema.safeParse({ choices: [{ finish_reason: 5 }] }).success).toBe(false);
    expect(chunkSchema.safeParse({ choices: [], usage: { prompt_tokens: "12" } }).success).toBe(false);
  });

  it("leaves content of any shape to the content reader (parts, numbers)", () => {
    const parts = [{ type: "thinking", thinking: [{ type: "text", text: "t" }] }];
    const r = chunkSchema.safeParse({ choices: [{ delta: { content: parts } }] });
    expect(r.success && r.data.choices?.[0]?.delta?.content).toEqual(parts);
    expect(chunkSchema.safeParse({ choices: [{ delta: { content: 5 } }] }).success).toBe(true);
  });

  it("reads tool-call pieces and the legacy function_call", () => {
    const r = chunkSchema.safeParse({
      choices: [
        {
          delta: {
            tool_calls: [
              { index: 0, id: "call_1", type: "function", function: { name: "f", arguments: "" } },
            ],
            function_call: { name: "g", arguments: "{}" },
          },
        },
      ],
    });
    expect(r.success && r.data.choices?.[0]?.delta?.tool_calls?.[0]?.function?.name).toBe("f");
    expect(r.success && r.data.choices?.[0]?.delta?.function_call?.name).toBe("g");
  });
});

describe("readChunk", () => {
  it("reads a whole chunk as complete", () => {
    const read = readChunk({ choices: [{ delta: { content: "a" } }] });
    expect(read?.complete).toBe(true);
    expect(read?.chunk.choices?.[0]?.delta?.content).toBe("a");
  });

  it("keeps the readable fields of a chunk that does not fit, marked incomplete", () => {
    const usage = { prompt_tokens: 8, completion_tokens: 9, total_tokens: 17 };
    const read = readChunk({ model: "m", choices: [{ delta: { content: "ok" } }, { delta: 7 }], usage });
    expect(read?.complete).toBe(false);
    expect(read?.chunk).toEqual({ model: "m", choices: [{ delta: { content: "ok" } }], usage });
    const objectChoices = readChunk({ choices: { delta: { content: "x" } }, usage });
    expect(objectChoices).toEqual({ chunk: { usage }, complete: false });
  });

  it("returns undefined for JSON that is not a chunk at all", () => {
    expect(readChunk({ type: "ping" })).toBeUndefined();
    expect(readChunk([1, 2])).toBeUndefined();
    expect(readChunk("text")).toBeUndefined();
    expect(readChunk(undefined)).toBeUndefined();
  });

  it("accepts a chunk without choices when it says it is one", () => {
    expect(readChunk({ object: "chat.completion.chunk", model: "m" })?.complete).toBe(true);
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

  it("unwraps a message that is itself an error document (OpenRouter relaying Google)", () => {
    const google = JSON.stringify(
      {
        error: {
          code: 429,
          message: "Resource has been exhausted (e.g. check quota).",
          status: "RESOURCE_EXHAUSTED",
        },
      },
      null,
      2,
    );
    expect(parseErrorBody({ error: { message: google } })).toEqual({
      message: "Resource has been exhausted (e.g. check quota).",
      code: 429,
      type: "RESOURCE_EXHAUSTED",
    });
    // The outer code wins; a Google array and a bare string `error` unwrap the same way.
    expect(parseErrorBody({ error: { code: 502, message: `[${google}]` } })).toMatchObject({
      code: 502,
      message: "Resource has been exhausted (e.g. check quota).",
    });
    expect(parseErrorBody({ error: google })).toEqual({
      message: "Resource has been exhausted (e.g. check quota).",
    });
  });

  it("adds OpenRouter's metadata.raw (and who sent it) to a generic message", () => {
    const body = {
      error: {
        code: 429,
        message: "Provider returned error",
        metadata: { raw: '{"error":{"code":429,"message":"Resource exhausted"}}', provider_name: "Google" },
      },
    };
    expect(parseErrorBody(body)).toEqual({
      code: 429,
      message: "Provider returned error (Google): Resource exhausted",
    });
    const plain = {
      error: { code: 502, message: "Provider returned error", metadata: { raw: "upstream reset" } },
    };
    expect(parseErrorBody(plain)?.message).toBe("Provider returned error: upstream reset");
  });

  it("keeps a message that only looks like JSON, and stops unwrapping after a few levels", () => {
    expect(parseErrorBody({ error: { message: "{not json" } })).toEqual({ message: "{not json" });
    let doc: unknown = { error: { message: "innermost" } };
    for (let i = 0; i < 6; i++) doc = { error: { message: JSON.stringify(doc) } };
    const message = parseErrorBody(doc)?.message ?? "";
    expect(message.startsWith("{")).toBe(true);
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
