import { describe, expect, it } from "vitest";
import { manualTimers } from "./streams.test-util";
import { createWatchdog } from "./watchdog";

describe("createWatchdog", () => {
  it("reports a stall after stallMs of silence, and its end when life returns", () => {
    const timers = manualTimers();
    const calls: boolean[] = [];
    const dog = createWatchdog(20_000, (s) => calls.push(s), timers);
    timers.advance(19_999);
    expect(calls).toEqual([]);
    timers.advance(1);
    expect(calls).toEqual([true]);
    timers.advance(60_000);
    expect(calls).toEqual([true]);
    dog.alive();
    expect(calls).toEqual([true, false]);
    timers.advance(20_000);
    expect(calls).toEqual([true, false, true]);
  });

  it("counts from the last sign of life, with one timer however many reads arrive", () => {
    const timers = manualTimers();
    const calls: boolean[] = [];
    const dog = createWatchdog(20_000, (s) => calls.push(s), timers);
    for (let t = 0; t < 100; t++) {
      timers.advance(150);
      dog.alive();
    }
    expect(timers.pending()).toBe(1);
    timers.advance(19_999);
    expect(calls).toEqual([]);
    timers.advance(1);
    expect(calls).toEqual([true]);
  });

  it("clears a shown stall and its timer when stopped, and then stays quiet", () => {
    const timers = manualTimers();
    const calls: boolean[] = [];
    const dog = createWatchdog(1000, (s) => calls.push(s), timers);
    timers.advance(1000);
    dog.stop();
    expect(calls).toEqual([true, false]);
    expect(timers.pending()).toBe(0);
    dog.alive();
    timers.advance(5000);
    expect(calls).toEqual([true, false]);
  });

  it("does nothing when off (0)", () => {
    const timers = manualTimers();
    const calls: boolean[] = [];
    const dog = createWatchdog(0, (s) => calls.push(s), timers);
    dog.alive();
    timers.advance(1_000_000);
    expect(calls).toEqual([]);
    expect(timers.pending()).toBe(0);
  });
});
