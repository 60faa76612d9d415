// Math for remark-math, which only knows `$…$` and `$$…$$` and takes any two dollars as math. Models
// also write `\(…\)` and `\[…\]`, and "$5 and $10" is money, not math. So a block is rewritten before it
// is parsed: LaTeX delimiters become dollars, and a dollar that cannot be math (Pandoc's rule: the opener
// is followed by a non-space, the closer preceded by one and not followed by a digit) is escaped.
// Code is left alone. Blocks without math are reported as such, so they skip the math plugins entirely.

const CODE_FENCE = /^[ \t]*(`{3,}|~{3,})/;
const MAYBE_MATH = /\$|\\[([]/;

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

/** The closing `$` of an inline formula opened at `open`, or -1 when that dollar is not math. */
function inlineCloser(s: string, open: number): number {
  if (isSpace(s[open + 1]) || /[\p{L}\p{N}]/u.test(s[open - 1] ?? "")) return -1;
  let j = open + 1;
  while (j < s.length) {
    j = s.indexOf("$", j);
    if (j === -1) return -1;
    if (s[j - 1] !== "\\") break;
    j++;
  }
  if (j === -1 || j >= s.length) return -1;
  if (isSpace(s[j - 1]) || /\d/.test(s[j + 1] ?? "")) return -1;
  return j;
}

interface Found {
  math: boolean;
}

/** Rewrites one stretch of text outside code spans. */
function rewriteText(s: string, found: Found): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "\\") {
      const n = s[i + 1];
      const closer = n === "(" ? "\\)" : n === "[" ? "\\]" : null;
      const close = closer ? s.indexOf(closer, i + 2) : -1;
      if (close > i + 2) {
        const dollars = n === "(" ? "$" : "$$";
        out += dollars + s.slice(i + 2, close).trim() + dollars;
        found.math = true;
        i = close + 2;
      } else {
        out += s.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    if (c === "$") {
      if (s[i + 1] === "$") {
        const close = s.indexOf("$$", i + 2);
        if (close > i + 2) {
          out += s.slice(i, close + 2);
          found.math = true;
          i = close + 2;
        } else {
          out += "\\$\\$";
          i += 2;
        }
        continue;
      }
      const close = inlineCloser(s, i);
      if (close !== -1) {
        out += s.slice(i, close + 1);
        found.math = true;
        i = close + 1;
      } else {
        out += "\\$";
        i++;
      }
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Rewrites a line, leaving inline code spans as they are. */
function rewriteLine(line: string, found: Found): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const start = line.indexOf("`", i);
    if (start === -1) break;
    let run = start;
    while (line[run] === "`") run++;
    const ticks = line.slice(start, run);
    const close = line.indexOf(ticks, run);
    if (close === -1) break;
    out += rewriteText(line.slice(i, start), found) + line.slice(start, close + ticks.length);
    i = close + ticks.length;
  }
  return out + rewriteText(line.slice(i), found);
}

/**
 * The block rewritten for remark-math (with `singleDollarTextMath`), or null when it holds no math, so the
 * caller can render it unchanged without the math plugins.
 */
export function prepareMath(block: string): string | null {
  if (!MAYBE_MATH.test(block)) return null;
  const found: Found = { math: false };
  const out: string[] = [];
  let codeFence: string | null = null;
  let display: "$$" | "\\]" | null = null;
  for (const line of block.split("\n")) {
    const t = line.trim();
    if (codeFence) {
      if (t.startsWith(codeFence) && t.replaceAll(codeFence[0] ?? "`", "") === "") codeFence = null;
      out.push(line);
    } else if (display) {
      const closes = display === "$$" ? t.endsWith("$$") : t.endsWith("\\]");
      out.push(display === "\\]" && closes ? line.replace(/\\\]\s*$/, "$$$$") : line);
      if (closes) display = null;
    } else if (CODE_FENCE.test(line)) {
      codeFence = CODE_FENCE.exec(line)?.[1] ?? "```";
      out.push(line);
    } else if (t.startsWith("$$") && !(t.length > 2 && t.endsWith("$$"))) {
      display = "$$";
      found.math = true;
      out.push(line);
    } else if (t.startsWith("\\[") && !t.includes("\\]")) {
      display = "\\]";
      found.math = true;
      out.push(line.replace("\\[", "$$$$"));
    } else {
      out.push(rewriteLine(line, found));
    }
  }
  return found.math ? out.join("\n") : null;
}

/** Whether the text defines link references or footnotes, which only resolve within one document. */
export function hasDefinitions(text: string): boolean {
  return /^ {0,3}\[[^\]\n]+\]:/m.test(text);
}
