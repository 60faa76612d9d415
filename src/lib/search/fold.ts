// Text folding for search: queries and texts take the same form before they are compared, so that a
// user finds what they see however it was typed. One form for the sidebar's search and for Find in
// conversation.
//
// The folded form is: NFKC (full-width ASCII → ASCII, half-width katakana → katakana, ligatures and
// compatibility characters → their plain letters), lower case with the few full case foldings that
// lower-casing misses (ß → ss, final ς → σ), katakana → hiragana, and every run of white space as one
// space (a line break in the source is a space on screen).

// Anything but printable ASCII, tabs and line breaks takes the full path.
const NON_ASCII = /[^\t\n\r -~]/;
// Runs of two or more, and single white space other than a plain space (which needs no change).
const SPACES = /\s{2,}|[^\S ]/g;
const KATAKANA = /[\u30a1-\u30f6\u30fd\u30fe]/;
const FOLDS = /[ßς]/g;
const fullFold = (ch: string) => (ch === "ß" ? "ss" : "σ");
const utf16 = new TextDecoder("utf-16le");

/** Katakana → hiragana, which sits 0x60 code points below (so do the iteration marks ヽヾ → ゝゞ). */
function toHiragana(text: string): string {
  if (!KATAKANA.test(text)) return text;
  // One pass over the code units: far faster than a replace() callback per character of a long reply.
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = (c >= 0x30a1 && c <= 0x30f6) || c === 0x30fd || c === 0x30fe ? c - 0x60 : c;
  }
  return utf16.decode(units);
}

/** The folded form of `text` (see the top of this file). */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(SPACES, " ");
  const folded = text.replace(SPACES, " ").normalize("NFKC").toLowerCase().replace(FOLDS, fullFold);
  return toHiragana(folded);
}

/** A folded text with, for each of its code units, the range of the source it came from. */
export interface FoldedText {
  text: string;
  /** Source offset where the cluster behind folded code unit `i` starts. */
  from: Int32Array;
  /** Source offset where that cluster ends. */
  to: Int32Array;
}

// A cluster is what folds as a unit: a run of white space, or one character with the marks that
// combine with it (including the half-width voiced marks ﾞ ﾟ, which NFKC joins to the kana before).
const CLUSTER = /\s+|[\s\S][\p{M}\uff9e\uff9f]*/gu;
const clusterCache = new Map<string, string>();

function foldCluster(cluster: string): string {
  let folded = clusterCache.get(cluster);
  if (folded === undefined) {
    folded = fold(cluster);
    // Texts use a few thousand distinct characters; the cap keeps hostile input from growing it.
    if (clusterCache.size < 50_000) clusterCache.set(cluster, folded);
  }
  return folded;
}

/**
 * `fold(text)` with a map back to the source, for marking a match in the original text (snippets,
 * highlights). Slower than `fold`; meant for the few texts on screen, not for every stored message.
 */
export function foldWithMap(text: string): FoldedText {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const cluster = m[0];
    const start = m.index;
    const folded = /\s/.test(cluster[0] ?? "") ? " " : foldCluster(cluster);
    parts.push(folded);
    for (let i = 0; i < folded.length; i++) {
      from.push(start);
      to.push(start + cluster.length);
    }
  }
  return { text: parts.join(""), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The source range of the folded range [start, end), which must not be empty. */
export function sourceRange(folded: FoldedText, start: number, end: number): [number, number] {
  return [folded.from[start] ?? 0, folded.to[end - 1] ?? 0];
}

/** The folded query, trimmed; empty when there is nothing to search for. */
export function foldQuery(query: string): string {
  return fold(query).trim();
}

/** Start offsets of the non-overlapping occurrences of `needle` in `haystack` (both folded). */
export function occurrences(haystack: string, needle: string, limit = Infinity): number[] {
  const found: number[] = [];
  if (!needle) return found;
  let at = haystack.indexOf(needle);
  while (at !== -1 && found.length < limit) {
    found.push(at);
    at = haystack.indexOf(needle, at + needle.length);
  }
  return found;
}
