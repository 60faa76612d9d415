import { describe, it, expect } from "vitest";
import { delta, run, sse, text, types, unreadable, usages } from "./chat-completions.test-util";
import { encode } from "./streams.test-util";
import azureNulls from "./__fixtures__/azure-empty-choices-nulls.chunks.txt?raw";
import gatewayUnreadable from "./__fixtures__/gateway-unreadable-chunks.chunks.txt?raw";
import mistralParts from "./__fixtures__/mistral-magistral-parts.chunks.txt?raw";
import openaiToolCalls from "./__fixtures__/openai-tool-calls.chunks.txt?raw";
import openrouterRelayed from "./__fixtures__/openrouter-relayed-error.chunks.txt?raw";

describe("chatCompletion (chunk shapes from the wild)", () => {
  it("reads Mistral's content parts: thinking to reasoning, text to the answer (391, not 91)", async () => {
    const events = await run([encode(mistralParts)]);
    expect(text(events, "content")).toBe("391 です。");
    expect(text(events, "reasoning")).toBe(
      "The user asks for 17 × 23. 17 × 20 = 340, 17 × 3 = 51, 340 + 51 = 391.",
    );
    expect(unreadable(events)).toEqual([]);
    expect(types(events).slice(-3)).toEqual(["finish", "usage", "done"]);
    // One chunk carries both: its thinking comes before its answer text.
    const both = types(events).indexOf("content");
    expect(types(events)[both - 1]).toBe("reasoning");
  });

  it("reads a reply that is only a tool call: pieces by index, finish_reason tool_calls", async () => {
    const events = await run([encode(openaiToolCalls)]);
    expect(text(events, "content")).toBe("");
    const calls = events.flatMap((e) => (e.type === "tool-call" ? [e] : []));
    expect(calls[0]).toEqual({ type: "tool-call", index: 0, name: "get_weather" });
    expect(calls.map((c) => c.arguments ?? "").join("")).toBe('{"location":"Tokyo"}');
    expect(calls.every((c) => c.index === 0)).toBe(true);
    expect(events).toContainEqual({ type: "finish", reason: "tool_calls" });
    expect(events.at(-1)).toEqual({ type: "done" });
  });

  it("unwraps OpenRouter's relayed Google error and says once that the part that arrived is kept", async () => {
    const events = await run([encode(openrouterRelayed)]);
    expect(text(events, "content")).toBe("京都は日本の古都で");
    const last = events.at(-1);
    expect(last?.type).toBe("error");
    if (last?.type !== "error") return;
    expect(last.error.message).toBe(
      "The provider reported an error during the reply: Resource has been exhausted (e.g. check quota). " +
        "The provider's rate or concurrency limit was reached; try again shortly. " +
        "The part of the reply that arrived is kept.",
    );
    expect(last.error.status).toBe(429);
    expect(last.error.message).not.toContain("{");
  });

  it("reads Azure's empty first chunk and null fields as nothing, with no unreadable chunk", async () => {
    const events = await run([encode(azureNulls)]);
    expect(text(events, "content")).toBe("Null fields mean nothing here.");
    expect(text(events, "reasoning")).toBe("");
    expect(unreadable(events)).toEqual([]);
    expect(events.filter((e) => e.type === "model")).toEqual([{ type: "model", model: "gpt-4o-2024-11-20" }]);
    expect(usages(events)).toEqual([{ promptTokens: 20, completionTokens: 6, totalTokens: 26 }]);
    expect(events.at(-1)).toEqual({ type: "done" });
  });

  it("keeps what a mangled gateway stream could carry and reports each unreadable chunk", async () => {
    const events = await run([encode(gatewayUnreadable)]);
    expect(text(events, "content")).toBe("First, then the end.");
    const samples = unreadable(events);
    expect(samples).toHaveLength(2);
    expect(samples[0]).toMatch(/"content":"a lost pie$/);
    expect(samples[1]).toContain('"choices":{"index":0');
    // The usage of the chunk whose choices were unreadable is still used.
    expect(usages(events)).toEqual([{ promptTokens: 8, completionTokens: 9, totalTokens: 17 }]);
    expect(events.at(-1)).toEqual({ type: "done" });
  });

  it("keeps content parts of unknown types as events, in order with the text", async () => {
    const reference = { type: "reference", reference_ids: [0] };
    const body = sse(delta({ content: [{ type: "text", text: "See [0]." }, reference] }), delta({}, "stop"));
    const events = await run([encode(body)]);
    expect(text(events, "content")).toBe("See [0].");
    expect(events).toContainEqual({ type: "unknown-part", part: reference });
  });

  it("reads a refusal as the answer, and a legacy function_call as a tool call", async () => {
    const body = sse(
      delta({ content: null, refusal: "I can't help with that." }),
      delta({ function_call: { name: "lookup", arguments: "{}" } }, "function_call"),
    );
    const events = await run([encode(body)]);
    expect(text(events, "content")).toBe("I can't help with that.");
    expect(events).toContainEqual({ type: "tool-call", index: 0, name: "lookup", arguments: "{}" });
  });

  it("counts text held back for a possible <think> tag as arrived when the stream then breaks", async () => {
    // "<th" could begin a tag, so it is released only at the end: it still arrived, and is kept.
    for (const cut of [
      sse(delta({ content: "<th" })),
      sse(delta({ content: "<th" }), { error: { message: "Boom" } }),
    ]) {
      const events = await run([encode(cut)]);
      expect(text(events, "content")).toBe("<th");
      const last = events.at(-1);
      expect(last?.type).toBe("error");
      if (last?.type !== "error") return;
      expect(last.error.message).toMatch(/ The part of the reply that arrived is kept\.$/);
    }
  });
});
