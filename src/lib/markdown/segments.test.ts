import { describe, expect, it } from "vitest";
import { createLayout, plainChunks, SEGMENT_BLOCKS, SEGMENT_CHARS, segmentBlocks } from "./segments";

const blocks = (count: number, size = 10) =>
  Array.from({ length: count }, (_, i) => `${String(i).padEnd(size - 2, "x")}\n\n`);

describe("segmentBlocks", () => {
  it("groups at most 16 blocks, or fewer once a segment holds 8 KB", () => {
    const small = segmentBlocks(blocks(40));
    expect(small.map((s) => s.blocks.length)).toEqual([SEGMENT_BLOCKS, SEGMENT_BLOCKS, 8]);
    const large = segmentBlocks(blocks(10, 3000));
    expect(large.every((s) => s.chars - 3000 < SEGMENT_CHARS)).toBe(true);
    expect(large.flatMap((s) => s.blocks)).toEqual(blocks(10, 3000));
  });

  it("keeps earlier segments (same objects) when blocks are appended", () => {
    const first = segmentBlocks(blocks(20));
    const second = segmentBlocks(blocks(37), first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.blocks).toEqual(blocks(37).slice(16, 32));
  });
});

describe("createLayout", () => {
  it("gives the same segments whether the text arrived at once or in pieces", () => {
    const text = Array.from({ length: 60 }, (_, i) => `## Part ${i}\n\nText of part ${i}.\n`).join("\n");
    const streamed = createLayout();
    for (let i = 0; i < text.length; i += 7) streamed(text.slice(0, i));
    const last = streamed(text);
    const once = createLayout()(text);
    expect(last.segments.map((s) => s.blocks)).toEqual(once.segments.map((s) => s.blocks));
    expect(last.tail).toBe(once.tail);
    expect(last.segments.flatMap((s) => s.blocks).join("") + last.tail).toBe(text);
  });
});

describe("plainChunks", () => {
  it("cuts long text after a line break or space near the size, and loses nothing", () => {
    const text = "word ".repeat(10_000);
    const chunks = plainChunks(text, 4096);
    expect(chunks.join("")).toBe(text);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeLessThanOrEqual(4096);
      expect(chunk.endsWith(" ")).toBe(true);
    }
  });

  it("never splits a surrogate pair when there is nowhere better to cut", () => {
    const text = "🎌".repeat(5000);
    const chunks = plainChunks(text, 1001);
    expect(chunks.join("")).toBe(text);
    for (const chunk of chunks) expect(chunk.length % 2).toBe(0);
  });

  it("keeps earlier chunks unchanged as the text grows", () => {
    const text = "a line of text\n".repeat(3000);
    const before = plainChunks(text.slice(0, 20_000), 4096);
    const after = plainChunks(text, 4096);
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
  });
});
