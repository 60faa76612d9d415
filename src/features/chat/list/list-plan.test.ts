import { describe, expect, it } from "vitest";
import {
  FULL_LIST_MAX_CHARS,
  FULL_LIST_MAX_MESSAGES,
  batchEnd,
  batchStart,
  blendRate,
  estimateHeight,
  messageCost,
  nextBudget,
  shouldVirtualize,
} from "./list-plan";

const costs = [100, 200, 300, 400, 500];
const cost = (i: number) => costs[i] ?? 0;

describe("batchStart / batchEnd", () => {
  it("take messages from the end backwards, or from a start forwards, up to the budget", () => {
    expect(batchStart(cost, 5, 900)).toBe(3); // 500 + 400
    expect(batchStart(cost, 5, 10_000)).toBe(0);
    expect(batchEnd(cost, 0, 5, 600)).toBe(3); // 100 + 200 + 300
    expect(batchEnd(cost, 2, 5, 10_000)).toBe(5);
  });

  it("always take at least one message, however small the budget", () => {
    expect(batchStart(cost, 5, 1)).toBe(4);
    expect(batchEnd(cost, 4, 5, 1)).toBe(5);
  });

  it("take nothing when there is nothing left", () => {
    expect(batchStart(cost, 0, 1000)).toBe(0);
    expect(batchEnd(cost, 5, 5, 1000)).toBe(5);
  });
});

describe("batch budget", () => {
  it("starts conservative, then aims at the target time from the measured rate, within bounds", () => {
    expect(nextBudget(null)).toBe(4000);
    expect(nextBudget(100)).toBe(2400); // 100 units/ms × 24 ms
    expect(nextBudget(0.001)).toBe(1);
    expect(nextBudget(1e9)).toBe(24_000);
    expect(nextBudget(Number.NaN)).toBe(4000);
  });

  it("blends each measurement into the running rate", () => {
    expect(blendRate(null, 1000, 10)).toBe(100);
    expect(blendRate(100, 1000, 5)).toBe(150);
    // A batch that took no measurable time does not divide by zero.
    expect(blendRate(null, 1000, 0)).toBe(1000);
  });
});

describe("shouldVirtualize", () => {
  it("keeps every message rendered up to the thresholds, and virtualises past either", () => {
    expect(shouldVirtualize(10, 5000)).toBe(false);
    expect(shouldVirtualize(FULL_LIST_MAX_MESSAGES, FULL_LIST_MAX_CHARS)).toBe(false);
    expect(shouldVirtualize(FULL_LIST_MAX_MESSAGES + 1, 1000)).toBe(true);
    expect(shouldVirtualize(20, FULL_LIST_MAX_CHARS + 1)).toBe(true);
  });
});

describe("estimates", () => {
  it("count a message's text and its fixed parts", () => {
    expect(messageCost(undefined)).toBe(0);
    expect(messageCost({ content: "x".repeat(1000) })).toBe(1400);
    expect(estimateHeight({ role: "assistant", content: "x".repeat(800) })).toBeGreaterThan(
      estimateHeight({ role: "assistant", content: "short" }),
    );
  });
});
