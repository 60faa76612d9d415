// GitHub-flavoured markdown for rendering only. remark-gfm also registers the mdast -> markdown
// serializer (mdast-util-to-markdown and friends), which a renderer never calls; this plugin registers
// just the two parser halves, so tables, task lists, strikethrough, autolinks and footnotes parse the same.
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

// The fields remark-parse reads from the processor's data (unified's `this.data()`).
interface ParserData {
  micromarkExtensions?: ReturnType<typeof gfm>[];
  fromMarkdownExtensions?: ReturnType<typeof gfmFromMarkdown>[];
}

// Built once: both are plain, stateless descriptions of syntax and tree handlers. react-markdown makes a
// processor per render (per block of a streaming reply), and building them there each time (gfm()
// merges five syntax extensions) was a visible share of every update.
const syntax = gfm();
const handlers = gfmFromMarkdown();

/** A unified plugin: use it in place of remark-gfm in `remarkPlugins`. */
export function remarkGfmParse(this: { data(): unknown }): undefined {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(handlers);
}
