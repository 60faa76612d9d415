// The text a reader sees in rendered markdown, without rendering it: what search matches against, so
// that a query finds the words on screen and not link addresses or `**` markers. Line based and
// approximate by design (it runs over every stored reply); code keeps its characters exactly.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const BLOCK_PREFIX = /^(\s*(>\s?|[-*+]\s+(\[[ xX]\]\s+)?|\d{1,9}[.)]\s+(\[[ xX]\]\s+)?))+/;
const HEADING = /^ {0,3}#{1,6}(\s+|$)/;
const CLOSING_HASHES = /\s+#+\s*$/;

// Emphasis markers go where they open or close a span. "Word" characters are Latin letters and
// digits: next to them a lone `*` or `_` may be literal (2*3, snake_case); next to CJK text or
// punctuation it is markup (`*強調*です`).
const STRONG_STARS = /\*{2,}/g;
const OPENING = /(^|[^A-Za-z0-9\u00c0-\u024f*_])[*_]+(?=\S)/g;
const CLOSING = /(?<=\S)[*_]+(?=$|[^A-Za-z0-9\u00c0-\u024f*_])/g;
const MARKUP = /[<[`~*_\\]/;

// Escaped punctuation is set aside as private-use characters while markup is removed, then restored.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const SET_ASIDE = /[\ue000-\ue07f]/g;
const setAside = (_: string, ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0));
const restore = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0xe000);

/** Inline markup → its text: links and images keep their words, markers and escapes go. */
function inlineText(line: string): string {
  // Most lines of prose have no markup at all; each step below runs only when its marker is there.
  if (!MARKUP.test(line)) return line;
  let s = line;
  const escaped = s.includes("\\");
  if (escaped) s = s.replace(ESCAPE, setAside);
  if (s.includes("<")) {
    // Autolinks show their address; raw HTML is not rendered.
    s = s.replace(/<((?:https?|mailto):[^\s>]+)>/g, "$1").replace(/<\/?[A-Za-z][^>]*>/g, "");
  }
  if (s.includes("[")) {
    s = s
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/\[\^([^\]]+)\]/g, "$1");
  }
  if (s.includes("`")) s = s.replace(/`+/g, "");
  if (s.includes("~~")) s = s.replace(/~~/g, "");
  if (s.includes("*") || s.includes("_")) {
    s = s.replace(STRONG_STARS, "").replace(OPENING, "$1").replace(CLOSING, "");
  }
  return escaped ? s.replace(SET_ASIDE, restore) : s;
}

function tableRowText(line: string): string {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => inlineText(cell.trim()))
    .join(" ");
}

const isDelimiterRow = (line: string | undefined) =>
  line !== undefined && line.includes("-") && TABLE_DELIMITER.test(line);

/** The readable text of a markdown document, one output line per source line that shows anything. */
export function markdownText(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  const out: string[] = [];
  let fence: string | null = null;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const open = FENCE.exec(line);
    if (fence !== null) {
      if (open?.[1] && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
      else out.push(line);
      continue;
    }
    if (open?.[1]) {
      fence = open[1];
      continue;
    }
    if (line.trim() === "") {
      inTable = false;
      out.push("");
      continue;
    }
    // A table starts at a row followed by the delimiter row and runs to the first blank line.
    if (!inTable && line.includes("|") && isDelimiterRow(lines[i + 1])) {
      out.push(tableRowText(line.replace(BLOCK_PREFIX, "")));
      inTable = true;
      i++;
      continue;
    }
    if (inTable) {
      out.push(tableRowText(line.replace(BLOCK_PREFIX, "")));
      continue;
    }
    if (RULE.test(line) || SETEXT.test(line)) continue;
    let text = line.replace(BLOCK_PREFIX, "");
    if (HEADING.test(text)) text = text.replace(HEADING, "").replace(CLOSING_HASHES, "");
    out.push(inlineText(text));
  }
  return out.join("\n");
}
