import { describe, it, expect } from "vitest";
import type { StreamEvent } from "./stream-events";
import { delta, run, sse, text, types, unreadable, usages } from "./chat-completions.test-util";
import { encode, oneByteChunks, seededChunks } from "./streams.test-util";
import cutOff from "./__fixtures__/cut-off.chunks.txt?raw";
import errorMidStream from "./__fixtures__/error-mid-stream.chunks.txt?raw";
import gemini from "./__fixtures__/gemini-basic.chunks.txt?raw";
import openrouterCrlf from "./__fixtures__/openrouter-reasoning-crlf.chunks.txt?raw";
import thinkCr from "./__fixtures__/think-tags-cr.chunks.txt?raw";
import usageEveryChunk from "./__fixtures__/usage-every-chunk.chunks.txt?raw";
import azureNulls from "./__fixtures__/azure-empty-choices-nulls.chunks.txt?raw";
import gatewayUnreadable from "./__fixtures__/gateway-unreadable-chunks.chunks.txt?raw";
import mistralParts from "./__fixtures__/mistral-magistral-parts.chunks.txt?raw";
import openaiToolCalls from "./__fixtures__/openai-tool-calls.chunks.txt?raw";
import openrouterRelayed from "./__fixtures__/openrouter-relayed-error.chunks.txt?raw";

describe("chatCompletion (streaming)", () => {
  it("reads a Gemini stream: role-only first delta, Japanese and emoji, usage on a choices:[] chunk", async () => {
    const events = await run([encode(gemini)]);
    expect(events[0]).toEqual({ type: "model", model: "gemini-3.1-pro-preview" });
    expect(text(events, "content")).toBe(
      "こんにちは！私はGoogleによってトレーニングされた大規模言語モデルです。\n\n何でも聞いてください 🙂",
    );
    expect(types(events).slice(-3)).toEqual(["finish", "usage", "done"]);
    expect(events).toContainEqual({ type: "finish", reason: "stop" });
    expect(usages(events)).toEqual([
      { promptTokens: 13, completionTokens: 1891, totalTokens: 1904, cachedTokens: 0, reasoningTokens: 1480 },
    ]);
    expect(types(events).filter((t) => t === "model")).toHaveLength(1);
  });

  it("gives the same events however the bytes are cut (1-byte and seeded random reads)", async () => {
    const fixtures = [gemini, openrouterCrlf, thinkCr, usageEveryChunk, errorMidStream, cutOff];
    fixtures.push(mistralParts, openaiToolCalls, openrouterRelayed, azureNulls, gatewayUnreadable);
    for (const fixture of fixtures) {
      const bytes = encode(fixture);
      const whole = await run([bytes]);
      expect(await run(oneByteChunks(bytes))).toEqual(whole);
      for (let seed = 1; seed <= 10; seed++) expect(await run(seededChunks(bytes, seed))).toEqual(whole);
    }
  });

  it("reads `reasoning` deltas, CRLF, keep-alive comments, usage on the final content chunk and data:[DONE]", async () => {
    const events = await run([encode(openrouterCrlf)]);
    expect(text(events, "reasoning")).toBe("The user greets in Japanese. Reply politely.");
    expect(text(events, "content")).toBe("はい、元気です。");
    expect(types(events).slice(-3)).toEqual(["finish", "usage", "done"]);
    expect(usages(events)).toEqual([
      { promptTokens: 9, completionTokens: 31, totalTokens: 40, reasoningTokens: 24 },
    ]);
  });

  it("emits usage from every chunk as sent; the last one is the final figure (never summed)", async () => {
    const events = await run([encode(usageEveryChunk)]);
    expect(text(events, "reasoning")).toBe("考えています…");
    expect(text(events, "content")).toBe("答えは42です。");
    const all = usages(events);
    expect(all.map((u) => u.completionTokens)).toEqual([0, 3, 5, 8, 9]);
    expect(all.at(-1)).toEqual({ promptTokens: 11, completionTokens: 9, totalTokens: 20, cachedTokens: 8 });
    expect(events.at(-1)).toEqual({ type: "done" });
  });

  it("splits <think> tags cut across deltas (CR line endings), leaving later mentions as content", async () => {
    const events = await run([encode(thinkCr)]);
    expect(text(events, "reasoning")).toBe("\nLet me count: 1, 2, 3. Done.");
    expect(text(events, "content")).toBe("Three. A tag like <think> later is just text.");
    expect(events).toContainEqual({ type: "finish", reason: "length" });
  });

  it("splits <thought> tags and prefers reasoning_content when both reasoning fields are set", async () => {
    const body = sse(
      delta({ content: "<thou" }),
      delta({ content: "ght>why</thought>" }),
      delta({ content: "because", reasoning_content: "rc", reasoning: "r" }),
      delta({}, "stop"),
    );
    const events = await run([encode(body + "data: [DONE]\n\n")]);
    expect(text(events, "reasoning")).toBe("whyrc");
    expect(text(events, "content")).toBe("because");
  });

  it.each(["stop", "length", "content_filter", "SAFETY", "RECITATION", "tool_calls"])(
    "passes finish_reason %s through",
    async (reason) => {
      const events = await run([encode(sse(delta({ content: "x" }, reason)) + "data: [DONE]\n\n")]);
      expect(events.slice(-2)).toEqual([{ type: "finish", reason }, { type: "done" }]);
    },
  );

  it.each(["data: [DONE]\n\n", "data:[DONE]\n\n", "data:   [DONE]  \n\n", "data: [DONE]"])(
    "ends on %j",
    async (done) => {
      const events = await run([encode(sse(delta({ content: "a" })) + done)]);
      expect(events.at(-1)).toEqual({ type: "done" });
    },
  );

  it("stops at [DONE] even if bytes follow", async () => {
    const events = await run([
      encode(sse(delta({ content: "a" })) + "data: [DONE]\n\n" + sse(delta({ content: "b" }))),
    ]);
    expect(text(events, "content")).toBe("a");
  });

  it("emits the model once, and again only when it changes", async () => {
    const body = sse(
      { model: "a", ...delta({ content: "1" }) },
      { model: "a", ...delta({ content: "2" }) },
      {
        model: "b",
        ...delta({}, "stop"),
      },
    );
    const events = await run([encode(body)]);
    expect(events.filter((e) => e.type === "model")).toEqual([
      { type: "model", model: "a" },
      { type: "model", model: "b" },
    ]);
  });

  it("delivers a last event with no closing blank line", async () => {
    const body = sse(delta({ content: "a" })) + `data: ${JSON.stringify(delta({ content: "b" }, "stop"))}`;
    const events = await run(oneByteChunks(encode(body)));
    expect(text(events, "content")).toBe("ab");
    expect(events.at(-1)).toEqual({ type: "done" });
  });

  it("reports a chunk that is not JSON or not a chunk, as received, and keeps going", async () => {
    const body =
      sse(delta({ content: "a" })) +
      "data: {not json\n\n" +
      sse({ choices: "nope" }) +
      sse({ type: "ping" }) +
      sse(delta({ content: "b" }, "stop"));
    const events = await run([encode(body + "data: [DONE]\n\n")]);
    expect(text(events, "content")).toBe("ab");
    expect(unreadable(events)).toEqual(["{not json", '{"choices":"nope"}', '{"type":"ping"}']);
    expect(events.at(-1)).toEqual({ type: "done" });
  });

  it("ignores events with empty data", async () => {
    const events = await run([encode("data:\n\ndata: \n\n" + sse(delta({ content: "a" }, "stop")))]);
    expect(unreadable(events)).toEqual([]);
    expect(text(events, "content")).toBe("a");
  });

  it("reports a parse error when nothing in the stream was readable, after the samples", async () => {
    const events = await run([encode("data: <html>\n\ndata: oops\n\n")]);
    expect(unreadable(events)).toEqual(["<html>", "oops"]);
    const last = events.at(-1);
    expect(last?.type === "error" && last.error.kind).toBe("parse");
    expect(last?.type === "error" && last.error.message).toMatch(/stream could not be read: none of its 2/);
  });
});

describe("chatCompletion (streaming failures)", () => {
  const expectError = (events: StreamEvent[], kind: string, pattern: RegExp) => {
    const last = events.at(-1);
    expect(last?.type).toBe("error");
    if (last?.type !== "error") return;
    expect(last.error.kind).toBe(kind);
    expect(last.error.message).toMatch(pattern);
  };

  it("yields deltas, then a stream error for data: {error:{…}}, and stops", async () => {
    const events = await run([encode(errorMidStream)]);
    expect(text(events, "content")).toBe("途中まで書きました");
    expectError(events, "stream", /upstream model is overloaded/);
    const last = events.at(-1);
    expect(last?.type === "error" && last.error.code).toBe(503);
    expect(types(events).filter((t) => t === "done")).toEqual([]);
  });

  it("yields a stream error for an `event: error` block", async () => {
    const body = sse(delta({ content: "a" })) + 'event: error\r\ndata: {"message":"quota exceeded"}\r\n\r\n';
    const events = await run(oneByteChunks(encode(body)));
    expect(text(events, "content")).toBe("a");
    expectError(events, "stream", /quota exceeded/);
  });

  it("yields a stream error for an `event: error` block with plain-text data, saying nothing arrived", async () => {
    const events = await run([encode("event: error\ndata: upstream timeout\n\n")]);
    expectError(events, "stream", /^The provider reported an error during the reply: upstream timeout\.$/);
  });

  it('yields a stream error for {"object":"error","message":…}', async () => {
    const body = sse(delta({ content: "a" }), {
      object: "error",
      message: "Model crashed",
      type: "InternalError",
    });
    const events = await run([encode(body)]);
    expect(text(events, "content")).toBe("a");
    expectError(events, "stream", /Model crashed/);
  });

  it("reports a cut when the stream ends without [DONE] or finish_reason, after the deltas", async () => {
    const events = await run(oneByteChunks(encode(cutOff)));
    expect(text(events, "content")).toBe("This reply was cut off mid-");
    expectError(
      events,
      "network",
      /^The connection closed before the reply finished\. The part of the reply that arrived is kept\.$/,
    );
  });

  it("reports a cut when a read fails mid-stream (connection reset)", async () => {
    const events = await run([encode(sse(delta({ content: "a" })))], {
      then: { error: new TypeError("terminated") },
    });
    expect(text(events, "content")).toBe("a");
    expectError(events, "network", /connection closed/);
  });

  it("treats the end of the stream after a finish_reason as done even without [DONE]", async () => {
    const events = await run([encode(sse(delta({ content: "a" }, "stop")))]);
    expect(events.at(-1)).toEqual({ type: "done" });
  });

  it("reports an empty stream as a cut", async () => {
    expectError(await run([]), "network", /before any reply arrived/);
  });
});
