import { describe, expect, it } from "vitest";
import { guardBlock, LIMITS } from "./guard";

const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => line(i)).join("\n") + "\n";

describe("guardBlock", () => {
  it.each([
    ["a paragraph", "Some **bold** and *italic* text with `code`.\nA second line.\n\n"],
    ["a nested list", "- a\n  - b\n    - c\n      - d\n        1. e\n           - f\n"],
    ["a quote with a list", "> quoted\n> - item\n>   - nested\n>\n> more\n"],
    ["a code fence with deep indentation", "```lisp\n" + " ".repeat(200) + "(x)\n```\n"],
    ["indented code", "    code\n" + " ".repeat(120) + "more code\n"],
    ["a table", "| a | b |\n| - | - |\n" + "| **x** | y |\n".repeat(200)],
  ])("lets %s through whole", (_, block) => {
    expect(guardBlock(block)).toEqual({ format: block, plain: "", reason: null });
  });

  it("cuts 5,000 nested quotes on one line before the parser sees them", () => {
    const block = ">".repeat(5000) + " deep\n";
    expect(guardBlock(block)).toEqual({ format: "", plain: block, reason: "depth" });
  });

  it("keeps the shallow lines of deepening quotes and cuts at the first line past the limit", () => {
    const block = lines(5000, (i) => ">".repeat(i + 1) + " level " + (i + 1));
    const { format, plain, reason } = guardBlock(block);
    expect(reason).toBe("depth");
    expect(format + plain).toBe(block);
    expect(format.split("\n").filter(Boolean)).toHaveLength(LIMITS.depth);
    expect(plain.startsWith(">".repeat(LIMITS.depth + 1) + " ")).toBe(true);
  });

  it("cuts a list nested 2,000 deep, and lines indented 1,000 levels, at the depth limit", () => {
    for (const block of [
      lines(2000, (i) => "  ".repeat(i) + "- item " + i),
      lines(1000, (i) => " ".repeat(i) + "- x"),
      lines(2000, (i) => "   ".repeat(i) + `${i + 1}. step`),
    ]) {
      const { format, plain, reason } = guardBlock(block);
      expect(reason).toBe("depth");
      expect(format + plain).toBe(block);
      expect(format.length).toBeGreaterThan(0);
      expect(format.split("\n").length).toBeLessThan(40);
    }
  });

  it("cuts list markers stacked on one line", () => {
    const block = "- ".repeat(LIMITS.depth + 1) + "deep\n";
    expect(guardBlock(block).reason).toBe("depth");
    expect(guardBlock("- ".repeat(LIMITS.depth) + "ok\n").reason).toBeNull();
  });

  it("bounds the summed nesting of a long block", () => {
    const block = lines(400, () => ">".repeat(10) + " text");
    const { format, reason } = guardBlock(block);
    expect(reason).toBe("depth");
    expect(format.split("\n").length - 1).toBe(Math.floor(LIMITS.work / 10));
  });

  it("cuts a 1 MB line and an oversized paragraph as too large", () => {
    const line = "word **bold** and `code` and [link](https://x.y) ".repeat(20000);
    expect(guardBlock(line)).toEqual({ format: "", plain: line, reason: "size" });
    const paragraph = lines(1000, (i) => `Line ${i} of a very long paragraph without a blank line.`);
    const { format, plain, reason } = guardBlock(paragraph);
    expect(reason).toBe("size");
    expect(format.length).toBeLessThanOrEqual(LIMITS.chars);
    expect(format + plain).toBe(paragraph);
  });

  it("lets a large code fence through, up to the code limit, and cuts a larger one at its fence", () => {
    const fence = (size: number) => "```ts\n" + "const value = 1; // a line of code\n".repeat(size) + "```\n";
    const large = fence(2000);
    expect(large.length).toBeGreaterThan(LIMITS.chars);
    expect(guardBlock(large).reason).toBeNull();
    const huge = "Intro line\n" + fence(5000);
    expect(guardBlock(huge)).toEqual({ format: "Intro line\n", plain: huge.slice(11), reason: "size" });
  });

  it("bounds the emphasis runs the parser must pair up", () => {
    const nested = "*a ".repeat(3000) + "x" + " a*".repeat(3000);
    expect(guardBlock(nested).reason).toBe("size");
    expect(guardBlock("**bold** ".repeat(200)).reason).toBeNull();
  });
});
