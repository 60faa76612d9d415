import { describe, expect, it } from "vitest";
import { readContent, readReasoning } from "./content-parts";

describe("readContent", () => {
  it("reads a string as answer text, and null or absent as nothing", () => {
    expect(readContent("391")).toEqual({ text: "391", reasoning: "", unknown: [] });
    expect(readContent(null)).toEqual({ text: "", reasoning: "", unknown: [] });
    expect(readContent(undefined)).toEqual({ text: "", reasoning: "", unknown: [] });
    expect(readContent("")).toEqual({ text: "", reasoning: "", unknown: [] });
  });

  it("reads Mistral's thinking part (an array of text parts) and a text part in one array", () => {
    const parts = [
      { type: "thinking", thinking: [{ type: "text", text: "340 + 51 = 391." }] },
      { type: "text", text: "3" },
    ];
    expect(readContent(parts)).toEqual({ text: "3", reasoning: "340 + 51 = 391.", unknown: [] });
  });

  it("reads a thinking part whose `thinking` is a string, and reasoning parts", () => {
    expect(
      readContent([
        { type: "thinking", thinking: "hmm" },
        { type: "reasoning", text: " ok" },
      ]),
    ).toEqual({
      text: "",
      reasoning: "hmm ok",
      unknown: [],
    });
    expect(readContent([{ type: "reasoning", summary: [{ type: "text", text: "short" }] }]).reasoning).toBe(
      "short",
    );
  });

  it("keeps parts of unknown types, inside thinking too, and reads the rest", () => {
    const reference = { type: "reference", reference_ids: [1, 2] };
    const image = { type: "image_url", image_url: { url: "https://x.test/a.png" } };
    const read = readContent([
      { type: "thinking", thinking: [{ type: "text", text: "see " }, reference] },
      image,
      { type: "text", text: "done" },
    ]);
    expect(read).toEqual({ text: "done", reasoning: "see ", unknown: [reference, image] });
  });

  it("keeps a value that is neither a string nor parts, and text parts without text", () => {
    expect(readContent(42)).toEqual({ text: "", reasoning: "", unknown: [42] });
    expect(readContent({ type: "text" }).unknown).toEqual([{ type: "text" }]);
    expect(readContent([null, "plain"])).toEqual({ text: "plain", reasoning: "", unknown: [null] });
  });

  it("accepts a single part object and output_text parts", () => {
    expect(readContent({ type: "text", text: "a" }).text).toBe("a");
    expect(readContent([{ type: "output_text", text: "b" }]).text).toBe("b");
  });

  it("stops at absurd nesting instead of recursing without end", () => {
    let deep: unknown = { type: "text", text: "bottom" };
    for (let i = 0; i < 50; i++) deep = { type: "thinking", thinking: [deep] };
    const read = readContent([deep]);
    expect(read.text).toBe("");
    expect(read.unknown).toHaveLength(1);
  });
});

describe("readReasoning", () => {
  it("treats every readable part of a reasoning field as reasoning", () => {
    expect(readReasoning("why")).toEqual({ text: "", reasoning: "why", unknown: [] });
    expect(
      readReasoning([
        { type: "text", text: "a" },
        { type: "thinking", thinking: "b" },
      ]),
    ).toEqual({
      text: "",
      reasoning: "ab",
      unknown: [],
    });
    expect(readReasoning(null)).toEqual({ text: "", reasoning: "", unknown: [] });
  });
});
