import { describe, expect, it } from "vitest";
import { emptySplit, splitBlocks, type SplitState } from "./split-blocks";

const all = (s: SplitState) => [...s.blocks, s.tail].filter((b) => b !== "");

function streamed(text: string, size: number): SplitState {
  let state = emptySplit;
  for (let i = size; i < text.length + size; i += size) state = splitBlocks(text.slice(0, i), state);
  return state;
}

const SAMPLE = [
  "# 見出し",
  "",
  "これは日本語の段落です。**太字**と`コード`を含みます。",
  "",
  "- one",
  "- two",
  "",
  "- three (the list goes on after a blank line)",
  "  continued",
  "",
  "1. first",
  "",
  "   indented paragraph of the first item",
  "2. second",
  "",
  "```ts",
  "const a = 1;",
  "",
  "",
  "const b = 2;",
  "```",
  "",
  "| a | b |",
  "| - | - |",
  "| 1 | 2 |",
  "",
  "> quote",
  "",
  "$$",
  "x = 1",
  "",
  "y = 2",
  "$$",
  "",
  "    indented code",
  "",
  "    more of it",
  "",
  "Last paragraph.",
].join("\n");

describe("splitBlocks", () => {
  it("cuts at blank lines, covering the text exactly", () => {
    const s = splitBlocks(SAMPLE);
    expect(s.blocks.join("") + s.tail).toBe(SAMPLE);
    expect(all(s).map((b) => b.trim().split("\n")[0])).toEqual([
      "# 見出し",
      "これは日本語の段落です。**太字**と`コード`を含みます。",
      // Lists run together across blank lines; keeping them whole is always safe.
      "- one",
      "```ts",
      "| a | b |",
      "> quote",
      "$$",
      // The last line has no newline yet, so it could still continue the indented code.
      "indented code",
    ]);
  });

  it("keeps blank lines inside fences, lists and indented code in one block", () => {
    const blocks = all(splitBlocks(SAMPLE));
    expect(blocks.find((b) => b.startsWith("```"))).toContain("const b = 2;\n```");
    expect(blocks.find((b) => b.startsWith("- one"))).toContain("continued");
    expect(blocks.find((b) => b.startsWith("$$"))).toContain("y = 2\n$$");
  });

  it("gives the same blocks however the text arrived", () => {
    const whole = splitBlocks(SAMPLE);
    for (const size of [1, 2, 3, 7, 50]) {
      const s = streamed(SAMPLE, size);
      expect(s.blocks).toEqual(whole.blocks);
      expect(s.tail).toBe(whole.tail);
    }
  });

  it("scans only what is new: finished blocks keep their identity", () => {
    const a = splitBlocks("one\n\ntwo\n\nthr");
    const b = splitBlocks("one\n\ntwo\n\nthree", a);
    expect(b.blocks).toBe(a.blocks);
    expect(b.tail).toBe("two\n\nthree");
    const c = splitBlocks("one\n\ntwo\n\nthree\n\nfour\n", b);
    expect(c.blocks).toEqual(["one\n\n", "two\n\n", "three\n\n"]);
    expect(c.blocks[0]).toBe(a.blocks[0]);
  });

  it("waits for a complete line before closing a block", () => {
    // "- b" may turn out to continue the list, so the list stays open until the line is complete.
    expect(splitBlocks("- a\n\n-").blocks).toEqual([]);
    expect(splitBlocks("- a\n\n- b\n").blocks).toEqual([]);
    expect(splitBlocks("- a\n\nText\n").blocks).toEqual(["- a\n\n"]);
  });

  it("starts over when the text is not a continuation", () => {
    const a = splitBlocks("one\n\ntwo\n\n");
    const b = splitBlocks("uno\n\ndos\n", a);
    expect(b.blocks).toEqual(["uno\n\n"]);
    expect(b.tail).toBe("dos\n");
  });

  it("does not split an unclosed fence", () => {
    const s = splitBlocks("```\na\n\nb\n\nc");
    expect(s.blocks).toEqual([]);
    expect(s.tail).toBe("```\na\n\nb\n\nc");
  });

  it("handles leading blank lines, tildes and longer closing fences", () => {
    const s = splitBlocks("\n\npara\n\n~~~~\nx\n\n~~~~~\n\nend\n");
    expect(all(s)).toEqual(["\n\npara\n\n", "~~~~\nx\n\n~~~~~\n\n", "end\n"]);
  });

  it("treats \\[ … \\] lines like a math fence", () => {
    const s = splitBlocks("\\[\na\n\nb\n\\]\n\nafter\n");
    expect(all(s)).toEqual(["\\[\na\n\nb\n\\]\n\n", "after\n"]);
  });
});
