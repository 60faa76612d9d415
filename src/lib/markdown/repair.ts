// While a reply streams, its last block is often cut mid-syntax: an open code fence turns the rest into
// code only once it closes, a lone `**` shows as asterisks until its partner arrives. These repairs close
// what is open so the partial block looks like it will when finished. They apply to the display of the
// unfinished tail only; finished blocks and the stored text are never changed.

const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const INLINE_MARKERS = ["**", "~~", "*"] as const;

interface OpenFence {
  /** A code fence marker, or "$$" / "\\[" for display math. */
  marker: string;
}

function openFenceAtEnd(lines: readonly string[]): OpenFence | null {
  let open: OpenFence | null = null;
  for (const line of lines) {
    const t = line.trim();
    if (open) {
      if (
        open.marker === "$$"
          ? t.endsWith("$$")
          : open.marker === "\\["
            ? t.includes("\\]")
            : isCloser(t, open)
      )
        open = null;
      continue;
    }
    const m = FENCE.exec(line);
    if (m?.[1] && !(m[1][0] === "`" && (m[2] ?? "").includes("`"))) open = { marker: m[1] };
    else if (t.startsWith("$$") && !(t.length > 2 && t.endsWith("$$"))) open = { marker: "$$" };
    else if (t.startsWith("\\[") && !t.includes("\\]")) open = { marker: "\\[" };
  }
  return open;
}

function isCloser(trimmed: string, open: OpenFence): boolean {
  const c = open.marker[0];
  return trimmed.length >= open.marker.length && [...trimmed].every((ch) => ch === c);
}

/** Replaces inline code spans by a placeholder so their content does not count as emphasis markers. */
function withoutCodeSpans(text: string): { rest: string; openTicks: string | null } {
  let rest = "";
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf("`", i);
    if (start === -1) {
      rest += text.slice(i);
      break;
    }
    // A code span stands in as one letter: markers beside it are not spaced, so they still count.
    rest += `${text.slice(i, start)}c`;
    let run = start;
    while (text[run] === "`") run++;
    const ticks = text.slice(start, run);
    const close = findRun(text, ticks, run);
    if (close === -1) return { rest, openTicks: ticks };
    i = close + ticks.length;
  }
  return { rest, openTicks: null };
}

/** Finds a backtick run of exactly `ticks.length` at or after `from`. */
function findRun(text: string, ticks: string, from: number): number {
  let at = text.indexOf(ticks, from);
  while (at !== -1) {
    let end = at + ticks.length;
    if (text[end] !== "`" && text[at - 1] !== "`") return at;
    while (text[end] === "`") end++;
    at = text.indexOf(ticks, end);
  }
  return -1;
}

/**
 * The offset of an unmatched `marker` run (runs spaced on both sides cannot open or close emphasis, and a
 * line-leading "* " is a bullet), or -1 when every run has a partner.
 */
function unmatchedAt(text: string, marker: string): number {
  const c = marker[0] ?? "*";
  let count = 0;
  let last = -1;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== c || text[i - 1] === "\\") {
      i++;
      continue;
    }
    let end = i;
    while (text[end] === c) end++;
    const run = end - i;
    const before = text[i - 1] ?? " ";
    const after = text[end] ?? " ";
    const spaced = /\s/.test(before) && /\s/.test(after);
    const bullet = c === "*" && (i === 0 || before === "\n") && after === " ";
    // A run of three counts as both `**` and `*`.
    const counts = marker.length === 2 ? run >= 2 : run % 2 === 1;
    if (!spaced && !bullet && counts) {
      count++;
      last = i;
    }
    i = end;
  }
  return count % 2 === 1 ? last : -1;
}

/** Whether a run of markers at the end of `before` would close emphasis opened in it. */
function closesSomething(before: string, run: string): boolean {
  const { rest, openTicks } = withoutCodeSpans(before);
  if (run[0] === "`") return openTicks === run;
  if (run === "~~") return unmatchedAt(rest, "~~") !== -1;
  const double = run.length >= 2 && unmatchedAt(rest, "**") !== -1;
  const single = run.length % 2 === 1 && unmatchedAt(rest, "*") !== -1;
  return double || single;
}

/** Removes the runs of markers at the end of `para` that would open emphasis or code onto nothing. */
function dropOpeners(para: string): string {
  for (;;) {
    const m = /(\*{1,3}|~~|`+)$/.exec(para);
    if (!m) return para;
    const before = para.slice(0, m.index);
    const opener = m.index === 0 || /\s/.test(before.at(-1) ?? " ") || !closesSomething(before, m[0]);
    if (!opener) return para;
    para = before;
  }
}

/** Drops a link or image whose URL is still arriving, keeping a link's text. */
function repairHalfLink(text: string): string {
  const m = /(!?)\[([^\]\n]*)\]\([^)\s]*$/.exec(text);
  if (m) return text.slice(0, m.index) + (m[1] ? "" : (m[2] ?? ""));
  return text;
}

/** The paragraph being written: the text after the last blank line. */
function lastParagraphStart(text: string): number {
  const i = text.lastIndexOf("\n\n");
  return i === -1 ? 0 : i + 2;
}

/** Makes the unfinished end of a streaming reply display as it will once finished. */
export function repairMarkdown(tail: string): string {
  if (tail === "") return tail;
  const fence = openFenceAtEnd(tail.split("\n"));
  if (fence) {
    const closer = fence.marker === "\\[" ? "\\]" : fence.marker;
    return `${tail}${tail.endsWith("\n") ? "" : "\n"}${closer}\n`;
  }
  const start = lastParagraphStart(tail);
  let para = tail.slice(start);
  // A table row still being typed would show as a stray line of pipes under the table.
  const lastBreak = para.lastIndexOf("\n");
  const lastLine = para.slice(lastBreak + 1);
  if (lastBreak !== -1 && lastLine.trimStart().startsWith("|")) para = para.slice(0, lastBreak + 1);

  para = repairHalfLink(para);
  // Markers with nothing after them yet would open onto nothing and show literally. Without spaces
  // between words (Japanese, Chinese) an opener is not preceded by a space, so a run that closes
  // nothing before it is taken as an opener too.
  // Dropping one can leave another at the end (`**` then a backtick): repeat until one stays.
  para = dropOpeners(para);
  const { rest, openTicks } = withoutCodeSpans(para);
  // Emphasis opened last closes first.
  const closing = INLINE_MARKERS.map((marker) => ({ marker, at: unmatchedAt(rest, marker) }))
    .filter((o) => o.at !== -1)
    .sort((x, y) => y.at - x.at)
    .map((o) => o.marker)
    .join("");
  // A code span still open closes first (its content is kept as is), then the emphasis around it.
  if (openTicks) return tail.slice(0, start) + para + openTicks + closing;
  // trimEnd, not /\s+$/: the regex is quadratic on a long run of spaces that is not at the end.
  return tail.slice(0, start) + (closing ? para.trimEnd() : para) + closing;
}
