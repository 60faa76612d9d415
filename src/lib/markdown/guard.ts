// What the markdown parser is allowed to see. micromark's cost grows with nesting (every line re-checks
// every open quote and list), with the number of emphasis runs in one paragraph (openers are matched
// pairwise), and with a block's size; a hostile reply (5,000 nested quotes, a list nested 2,000 deep, a
// 1 MB line) would take seconds or minutes and then overflow the call stack in the tree transforms.
// A block is therefore formatted only up to the first line that would pass these limits; the rest of it
// is shown as plain text. The limits sit far above what people write and keep one block's parse to tens
// of milliseconds on a slow machine.

export const LIMITS = {
  /** Quote and list levels on one line (each list marker, `>`, and two columns of list indentation). */
  depth: 12,
  /** Levels summed over the lines of one block: the parser's work on its open containers. */
  work: 1500,
  /** Characters of one block outside code fences. */
  chars: 16_384,
  /** Characters of one block including its code fences (code is cheap to parse). */
  codeChars: 131_072,
  /** Runs of `*`, `_` or `~` in one block: emphasis candidates, matched pairwise. */
  delimiterRuns: 500,
} as const;

export type PlainReason = "depth" | "size";

export interface GuardedBlock {
  /** The part that may be parsed as markdown (whole lines from the start), maybe "". */
  format: string;
  /** The part shown as plain text, "" when the whole block may be formatted. */
  plain: string;
  /** Why `plain` is not formatted, null when it is "". */
  reason: PlainReason | null;
}

const FENCE = /^(`{3,}|~{3,})(.*)$/;

interface Prefix {
  /** Quote and list markers before the text. */
  markers: number;
  listMarkers: number;
  /** Columns of indentation in the prefix (tabs to the next multiple of four). */
  columns: number;
  /** Where the text after the prefix starts. */
  end: number;
}

/** Reads the container prefix of a line: indentation, `>` and list markers, in any order. */
function readPrefix(line: string): Prefix {
  let markers = 0;
  let listMarkers = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      columns++;
      i++;
    } else if (c === 9) {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === 62 /* > */) {
      markers++;
      // The space after a marker separates it from the text; it is not indentation.
      i += line.charCodeAt(i + 1) === 32 ? 2 : 1;
    } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpace(line.charCodeAt(i + 1))) {
      markers++;
      listMarkers++;
      i += line.charCodeAt(i + 1) === 32 ? 2 : 1;
    } else {
      let j = i;
      while (j < line.length && j - i < 9 && isDigit(line.charCodeAt(j))) j++;
      const after = line.charCodeAt(j);
      if (j > i && (after === 46 || after === 41) /* . ) */ && isSpace(line.charCodeAt(j + 1))) {
        markers++;
        listMarkers++;
        i = line.charCodeAt(j + 1) === 32 ? j + 2 : j + 1;
      } else break;
    }
  }
  return { markers, listMarkers, columns, end: i };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Runs of `*`, `_` or `~` in a line. */
function delimiterRuns(line: string, from: number): number {
  let runs = 0;
  let previous = -1;
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c === 42 || c === 95 || c === 126) && c !== previous) runs++;
    previous = c === 42 || c === 95 || c === 126 ? c : -1;
  }
  return runs;
}

/**
 * Splits a top-level block (see split-blocks.ts) into the part the parser may see and the part shown as
 * plain text, at the first line that passes a limit. Lines are never cut, so the formatted part renders
 * as it would inside the whole block.
 */
export function guardBlock(block: string): GuardedBlock {
  let work = 0;
  let chars = 0;
  let runs = 0;
  /** Depth of the last line with a list marker: its continuation lines are nested as deep. */
  let listDepth = 0;
  let fence: { char: string; size: number; start: number } | null = null;
  let start = 0;
  const cut = (at: number, reason: PlainReason): GuardedBlock => ({
    format: block.slice(0, at),
    plain: block.slice(at),
    reason,
  });
  while (start < block.length) {
    const newline = block.indexOf("\n", start);
    const end = newline === -1 ? block.length : newline + 1;
    const line = block.slice(start, newline === -1 ? block.length : newline);
    // Past this line the block is too long even for code: cut before it, or before its open fence.
    if (end > LIMITS.codeChars) return cut(fence ? fence.start : start, "size");
    const prefix = readPrefix(line);
    const rest = line.slice(prefix.end);
    if (fence) {
      const closer = rest.trimEnd();
      if (closer.length >= fence.size && [...closer].every((c) => c === fence?.char)) fence = null;
    } else {
      const listed = prefix.listMarkers > 0 || (listDepth > 0 && prefix.columns >= 2);
      const depth = prefix.markers + (listed ? Math.floor(prefix.columns / 2) : 0);
      if (prefix.listMarkers > 0) listDepth = depth;
      else if (rest.trim() !== "" && prefix.columns < 2) listDepth = 0;
      work += depth;
      chars += line.length + 1;
      runs += delimiterRuns(rest, 0);
      if (depth > LIMITS.depth || work > LIMITS.work) return cut(start, "depth");
      if (chars > LIMITS.chars || runs > LIMITS.delimiterRuns) return cut(start, "size");
      const open = FENCE.exec(rest);
      const marker = open?.[1];
      if (marker && !(marker[0] === "`" && (open[2] ?? "").includes("`"))) {
        fence = { char: marker[0] ?? "`", size: marker.length, start };
      }
    }
    start = end;
  }
  return { format: block, plain: "", reason: null };
}
