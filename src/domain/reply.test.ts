import { describe, expect, it } from "vitest";
import type { ReplyOutcome } from "../lib/openai/run-reply";
import { defaultParamSettings, withParamEnabled, withParamValue } from "./parameters";
import { canKeepRun, finishedReply, keptReply, sentRequest, streamingReply } from "./reply";

const params = withParamEnabled(withParamValue(defaultParamSettings(), "top_k", 12), "temperature", false);

describe("a reply's record", () => {
  it("sends the trimmed model and only the parameters switched on", () => {
    expect(sentRequest(" gpt-x ", params)).toEqual({ model: "gpt-x", params: { top_k: 12 } });
  });

  it("starts empty and streaming, recording what was sent", () => {
    const sent = sentRequest("m", params);
    expect(streamingReply("a1", "u1", sent, 5)).toEqual({
      id: "a1",
      parentId: "u1",
      role: "assistant",
      content: "",
      createdAt: 5,
      updatedAt: 5,
      status: "streaming",
      model: "m",
      params: { top_k: 12 },
    });
  });

  it("finishes with the outcome: the served model replaces the requested one, text stays", () => {
    const sent = sentRequest("alias", params);
    const reply = { ...streamingReply("a1", "u1", sent, 5), content: "Hi" };
    const outcome: ReplyOutcome = {
      status: "complete",
      finishReason: "stop",
      model: "alias-2025",
      usage: { promptTokens: 3, completionTokens: 1, totalTokens: 4 },
      timing: { firstTokenMs: 20, totalMs: 90 },
    };
    expect(finishedReply(reply, outcome, 9)).toEqual({
      ...reply,
      status: "complete",
      finishReason: "stop",
      model: "alias-2025",
      usage: outcome.usage,
      timing: outcome.timing,
      updatedAt: 9,
    });
  });

  it("records what the reply carried besides text (a tool call, unreadable chunks)", () => {
    const sent = sentRequest("m", params);
    const notes = {
      toolCalls: [{ name: "get_weather", arguments: '{"city":"Kyoto"}' }],
      unreadable: { count: 1, sample: "data: {oops" },
    };
    const done = finishedReply(
      streamingReply("a1", "u1", sent, 5),
      { status: "complete", finishReason: "tool_calls", notes, timing: { totalMs: 8 } },
      6,
    );
    expect(done.notes).toEqual(notes);
  });

  it("keeps the requested model when the provider names none, and records an error", () => {
    const sent = sentRequest("m", params);
    const error = { kind: "http" as const, status: 500, message: "boom", retryable: true };
    const done = finishedReply(
      streamingReply("a1", "u1", sent, 5),
      { status: "error", error, timing: { totalMs: 3 } },
      6,
    );
    expect(done).toMatchObject({ status: "error", model: "m", error, timing: { totalMs: 3 } });
  });

  it("builds a kept Compare or sweep reply exactly like a chat reply of the same text", () => {
    const sent = sentRequest("m", params);
    const outcome: ReplyOutcome = { status: "stopped", timing: { totalMs: 40 } };
    const kept = keptReply({ text: "Partial", reasoning: "Why", sent, outcome }, "k1", "u1", 7);
    const chat = finishedReply(
      { ...streamingReply("k1", "u1", sent, 7), content: "Partial", reasoning: "Why" },
      outcome,
      7,
    );
    expect(kept).toEqual(chat);
  });

  it("can keep a finished run, or a stopped one with text", () => {
    expect(canKeepRun("complete", "")).toBe(true);
    expect(canKeepRun("stopped", "some")).toBe(true);
    expect(canKeepRun("stopped", "")).toBe(false);
    expect(canKeepRun("error", "some")).toBe(false);
  });
});
