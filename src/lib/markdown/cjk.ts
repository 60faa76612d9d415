// Emphasis next to CJK punctuation. CommonMark decides whether `**` opens or closes from the characters
// around it, and counts `」`, `（` or `。` as punctuation: so `これは**「重要」**という意味です。` — Gemini's
// most common Japanese pattern — shows its asterisks. micromark-extension-cjk-friendly implements the
// proposed amendment (https://github.com/tats-u/markdown-cjk-friendly): emphasis and GFM strikethrough
// work beside CJK text, and text without CJK characters parses exactly as before.
import { cjkFriendlyExtension } from "micromark-extension-cjk-friendly";
import { gfmStrikethroughCjkFriendly } from "micromark-extension-cjk-friendly-gfm-strikethrough";

interface ParserData {
  micromarkExtensions?: unknown[];
}

// Built once, like the GFM syntax (see gfm.ts).
const attention = cjkFriendlyExtension();
const strikethrough = gfmStrikethroughCjkFriendly();

/** A unified plugin; use it after remarkGfmParse (its strikethrough replaces GFM's). */
export function remarkCjkFriendly(this: { data(): unknown }): undefined {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(attention, strikethrough);
}
