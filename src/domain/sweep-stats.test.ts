import { describe, expect, it } from "vitest";
import type { ReplyOutcome } from "../lib/openai/run-reply";
import { diversity, median, sampleStats, summarize } from "./sweep-stats";

const outcome = (completion: number, first: number, total: number, finishReason = "stop"): ReplyOutcome => ({
  status: "complete",
  finishReason,
  usage: { promptTokens: 10, completionTokens: completion, totalTokens: 10 + completion },
  timing: { firstTokenMs: first, totalMs: total },
});

describe("diversity", () => {
  it("is 0 for identical samples and 1 for samples sharing no two consecutive words", () => {
    expect(diversity(["the cat sat on the mat", "The cat sat on the mat."])).toBe(0);
    expect(diversity(["alpha beta gamma", "delta epsilon zeta"])).toBe(1);
  });

  it("is the mean of every pair's Jaccard distance of word bigrams", () => {
    // a: {a b, b c}; b: {a b, b d}; c: {x y}
    // d(a,b) = 1 - 1/3; d(a,c) = 1; d(b,c) = 1  -> mean = (2/3 + 2) / 3
    expect(diversity(["a b c", "a b d", "x y"])).toBeCloseTo((2 / 3 + 2) / 3, 3);
  });

  it("needs two samples, and counts one-word replies and Japanese words", () => {
    expect(diversity(["only one"])).toBeNull();
    expect(diversity(["Yes", "No"])).toBe(1);
    expect(diversity(["今日は晴れです", "今日は晴れです"])).toBe(0);
  });
});

describe("sample statistics", () => {
  it("read tokens, first token, speed after the first token, and the finish reason", () => {
    expect(sampleStats(outcome(100, 500, 2500, "length"))).toEqual({
      tokens: 100,
      firstTokenMs: 500,
      tokensPerSecond: 50,
      finishReason: "length",
    });
    expect(sampleStats(undefined)).toEqual({
      tokens: null,
      firstTokenMs: null,
      tokensPerSecond: null,
      finishReason: null,
    });
  });

  it("take medians per step, and leave failed samples out", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    const failed: ReplyOutcome = { status: "error", timing: { totalMs: 1 } };
    const summary = summarize([
      { step: 1, value: 1, text: "b c d", outcome: outcome(30, 100, 1100, "length") },
      { step: 0, value: 0, text: "a b c", outcome: outcome(10, 100, 1100) },
      { step: 0, value: 0, text: "a b c", outcome: outcome(20, 300, 1300) },
      { step: 1, value: 1, text: "", outcome: failed },
    ]);
    expect(summary).toEqual([
      {
        step: 0,
        value: 0,
        medians: { tokens: 15, firstTokenMs: 200, tokensPerSecond: 15 },
        diversity: 0,
        finishReasons: { stop: 2 },
      },
      {
        step: 1,
        value: 1,
        medians: { tokens: 30, firstTokenMs: 100, tokensPerSecond: 30 },
        diversity: null,
        finishReasons: { length: 1 },
      },
    ]);
  });
});
