import { emptySplit, extendsText, splitBlocks } from "./split-blocks";

// Finished blocks are rendered in segments: runs of consecutive blocks that are formatted, memoized and
// (in very long replies) skipped by layout together. A segment ends after SEGMENT_BLOCKS blocks or once
// it holds SEGMENT_CHARS characters, so one segment's parse stays short and an update compares a few
// segments instead of every block. Boundaries depend only on the blocks before them, so appending blocks
// (a streaming reply) never moves an earlier boundary.

export const SEGMENT_BLOCKS = 16;
export const SEGMENT_CHARS = 8192;

export interface Segment {
  readonly blocks: readonly string[];
  readonly chars: number;
}

function sameBlocks(segment: Segment, blocks: readonly string[], from: number, count: number): boolean {
  if (segment.blocks.length !== count) return false;
  for (let i = 0; i < count; i++) if (segment.blocks[i] !== blocks[from + i]) return false;
  return true;
}

/**
 * Groups `blocks` into segments. Segments equal to those in `previous` (same blocks) are returned as the
 * same objects, so memoized components skip them.
 */
export function segmentBlocks(
  blocks: readonly string[],
  previous: readonly Segment[] = [],
  /** How many of `previous`'s segments are known to begin `blocks` (the blocks were only appended to). */
  kept = 0,
): Segment[] {
  // All but the last kept segment are complete; the last may grow, so it is rebuilt.
  const segments: Segment[] = previous.slice(0, Math.max(0, kept - 1));
  let from = segments.reduce((n, segment) => n + segment.blocks.length, 0);
  while (from < blocks.length) {
    let to = from;
    let chars = 0;
    while (to < blocks.length && to - from < SEGMENT_BLOCKS && chars < SEGMENT_CHARS) {
      chars += (blocks[to] as string).length;
      to++;
    }
    const before = previous[segments.length];
    segments.push(
      before && sameBlocks(before, blocks, from, to - from)
        ? before
        : { blocks: blocks.slice(from, to), chars },
    );
    from = to;
  }
  return segments;
}

/** Where to cut plain text into pieces of about `size` characters: after a line break or space if one is near. */
export function plainChunks(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const window = text.slice(end - 512, end);
      const lineBreak = window.lastIndexOf("\n");
      const space = window.lastIndexOf(" ");
      const at = lineBreak !== -1 ? lineBreak : space;
      if (at !== -1) end = end - 512 + at + 1;
      // Never between the two halves of a surrogate pair.
      else if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? "")) end--;
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

export interface Layout {
  segments: readonly Segment[];
  /** The text after the last finished block (the block still being written, when streaming). */
  tail: string;
}

/**
 * A function from a reply's text to its segments and tail that remembers its last answer: when the text
 * extends the previous one (a streaming reply), only the new lines are scanned and unchanged segments are
 * the same objects.
 */
export function createLayout(): (text: string) => Layout {
  let split = emptySplit;
  let segments: Segment[] = [];
  return (text) => {
    // The text grew: blocks were only appended, so the segments before them still hold.
    const appended = extendsText(text, split.text);
    split = splitBlocks(text, split);
    segments = segmentBlocks(split.blocks, segments, appended ? segments.length : 0);
    return { segments, tail: split.tail };
  };
}
