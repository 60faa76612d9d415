// Splits markdown into top-level blocks that render the same alone as inside the whole document, so a
// streaming renderer can freeze finished blocks and re-parse only the tail. Splitting is incremental: the
// state remembers where the last finished block ended and how far the tail was scanned, so each update
// reads only the text that arrived since.

export interface SplitState {
  /** Finished blocks; `blocks.join("") + tail` is the whole text. Same array while nothing new finishes. */
  readonly blocks: readonly string[];
  /** The text after the finished blocks: the block still being written (maybe more than one). */
  readonly tail: string;
  /** Internal: the text the blocks were cut from, to detect edits and to resume scanning. */
  readonly text: string;
  readonly scan: ScanState;
}

interface Fence {
  /** "`", "~", "$$" or "\\[" */
  kind: string;
  size: number;
}

interface ScanState {
  /** Offset where the unfinished block starts (= length of blocks.join("")). */
  blockStart: number;
  /** Offset of the first line not yet scanned; always a line start. */
  lineStart: number;
  /** Whether the current block may continue past a blank line (a list, indented code). */
  continues: boolean;
  fence: Fence | null;
  /** After a blank line outside a fence: the next line decides whether the block ended. */
  afterBlank: boolean;
  /** Whether the current block has a non-blank line yet (leading blank lines belong to it). */
  hasContent: boolean;
}

const EMPTY_BLOCKS: readonly string[] = [];
const INITIAL_SCAN: ScanState = {
  blockStart: 0,
  lineStart: 0,
  continues: false,
  fence: null,
  afterBlank: false,
  hasContent: false,
};

export const emptySplit: SplitState = { blocks: EMPTY_BLOCKS, tail: "", text: "", scan: INITIAL_SCAN };

const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const INDENTED = /^(?: {4}|\t)/;

function isBlank(line: string): boolean {
  return line.trim() === "";
}

function openFence(line: string, inList: boolean): Fence | null {
  // Four spaces of indent make an indented code block, unless the line belongs to a list item.
  if (!inList && INDENTED.test(line)) return null;
  const m = FENCE_OPEN.exec(line);
  if (m?.[1]) {
    const marker = m[1];
    // A backtick fence's info string cannot contain a backtick (that would be an inline code span).
    if (marker[0] === "`" && (m[2] ?? "").includes("`")) return null;
    return { kind: marker[0] ?? "`", size: marker.length };
  }
  const t = line.trim();
  if (t.startsWith("$$") && !(t.length > 2 && t.endsWith("$$"))) return { kind: "$$", size: 2 };
  if (t.startsWith("\\[") && !t.includes("\\]")) return { kind: "\\[", size: 2 };
  return null;
}

function closesFence(line: string, fence: Fence): boolean {
  const t = line.trim();
  if (fence.kind === "$$") return t.endsWith("$$");
  if (fence.kind === "\\[") return t.includes("\\]");
  if (t.length < fence.size) return false;
  for (const c of t) if (c !== fence.kind) return false;
  return true;
}

/** Whether a block that starts with this line may span blank lines and stay one block. */
function mayContinue(line: string): boolean {
  return LIST_ITEM.test(line) || INDENTED.test(line);
}

/** Whether, after a blank line, this line still belongs to the block before it. */
function continuesBlock(line: string): boolean {
  return /^[ \t]/.test(line) || LIST_ITEM.test(line);
}

/** Up to this length `text` is compared whole with the previous text; longer ones are sampled. */
const FULL_COMPARE_MAX = 262_144;
const SAMPLE = 256;

/**
 * Whether `text` starts with `previous`. A long text is compared at both ends of `previous` and at three
 * points between: comparing megabytes on every update of a streaming reply cost more than the update,
 * and a text that is not an extension (an edit, another message) differs at its end or its start.
 */
export function extendsText(text: string, previous: string): boolean {
  if (text.length < previous.length) return false;
  if (previous.length <= FULL_COMPARE_MAX) return text.startsWith(previous);
  const last = previous.length - SAMPLE;
  return [0, last >> 2, last >> 1, (last >> 2) * 3, last].every((at) =>
    text.startsWith(previous.slice(at, at + SAMPLE), at),
  );
}

/**
 * Advances `prev` to `text`. When `text` extends the text `prev` was made from, only the new lines are
 * scanned; otherwise (an edit, another message) it starts over. The result depends only on `text`, never
 * on how it arrived, so a finished answer splits the same whether it streamed or was loaded.
 */
export function splitBlocks(text: string, prev: SplitState = emptySplit): SplitState {
  const extends_ = extendsText(text, prev.text);
  if (!extends_) prev = emptySplit;
  if (text === prev.text) return prev;

  const scan: ScanState = { ...prev.scan };
  let blocks = prev.blocks;
  const added: string[] = [];

  while (true) {
    const end = text.indexOf("\n", scan.lineStart);
    // An unterminated line may still change (a list marker, a fence), so it waits for its newline.
    if (end === -1) break;
    const line = text.slice(scan.lineStart, end);
    const next = end + 1;

    if (scan.fence) {
      if (closesFence(line, scan.fence)) scan.fence = null;
    } else if (isBlank(line)) {
      if (scan.hasContent) scan.afterBlank = true;
    } else {
      if (scan.afterBlank && !(scan.continues && continuesBlock(line))) {
        added.push(text.slice(scan.blockStart, scan.lineStart));
        scan.blockStart = scan.lineStart;
        scan.hasContent = false;
      }
      if (!scan.hasContent) scan.continues = mayContinue(line);
      scan.hasContent = true;
      scan.afterBlank = false;
      scan.fence = openFence(line, scan.continues);
    }
    scan.lineStart = next;
  }

  if (added.length > 0) blocks = blocks.concat(added);
  return { blocks, tail: text.slice(scan.blockStart), text, scan };
}
