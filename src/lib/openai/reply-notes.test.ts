import { describe, expect, it } from "vitest";
import { createNotesCollector, MAX_ARGUMENT_CHARS, MAX_TOOL_CALLS, SAMPLE_CHARS } from "./reply-notes";

describe("createNotesCollector", () => {
  it("has nothing to say about a plain reply", () => {
    const c = createNotesCollector();
    c.add({ type: "content", text: "hi" });
    c.add({ type: "finish", reason: "stop" });
    expect(c.notes()).toBeUndefined();
  });

  it("joins tool-call pieces by index, in index order", () => {
    const c = createNotesCollector();
    c.add({ type: "tool-call", index: 1, name: "get_time" });
    c.add({ type: "tool-call", index: 0, name: "get_weather", arguments: '{"loc' });
    c.add({ type: "tool-call", index: 0, arguments: 'ation":"Tokyo"}' });
    c.add({ type: "tool-call", index: 1, arguments: "{}" });
    expect(c.notes()).toEqual({
      toolCalls: [
        { name: "get_weather", arguments: '{"location":"Tokyo"}' },
        { name: "get_time", arguments: "{}" },
      ],
    });
  });

  it("bounds what it keeps: calls, argument text and samples", () => {
    const c = createNotesCollector();
    for (let i = 0; i < MAX_TOOL_CALLS + 5; i++) c.add({ type: "tool-call", index: i, name: `f${i}` });
    for (let i = 0; i < 100; i++) c.add({ type: "tool-call", index: 0, arguments: "x".repeat(100) });
    c.add({ type: "unreadable", data: "y".repeat(SAMPLE_CHARS * 3) });
    const notes = c.notes();
    expect(notes?.toolCalls).toHaveLength(MAX_TOOL_CALLS);
    expect(notes?.toolCalls?.[0]?.arguments).toHaveLength(MAX_ARGUMENT_CHARS + 1);
    expect(notes?.unreadable?.sample).toHaveLength(SAMPLE_CHARS + 1);
    expect(notes?.unreadable?.sample.endsWith("…")).toBe(true);
  });

  it("counts unreadable chunks and unknown parts, keeping the first of each as a sample", () => {
    const c = createNotesCollector();
    c.add({ type: "unreadable", data: "{not json" });
    c.add({ type: "unreadable", data: '{"choices":"nope"}' });
    c.add({ type: "unknown-part", part: { type: "reference", reference_ids: [1] } });
    c.add({ type: "unknown-part", part: 42 });
    expect(c.notes()).toEqual({
      unreadable: { count: 2, sample: "{not json" },
      unknownParts: { count: 2, sample: '{"type":"reference","reference_ids":[1]}' },
    });
  });
});
