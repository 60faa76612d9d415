import { beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { Markdown } from "./Markdown";
import { safeUrl } from "./safe-url";
import { remarkCjkFriendly } from "../../lib/markdown/cjk";
import { components } from "./Block";
import { preloadMarkdown } from "./pipeline";

// The reference: the whole text through react-markdown at once, as before block splitting.
function whole(text: string): string {
  return renderToStaticMarkup(
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkCjkFriendly]}
        components={components}
        urlTransform={safeUrl}
        skipHtml
      >
        {text}
      </ReactMarkdown>
    </div>,
  );
}

// Whole-document rendering puts a newline text node between top-level blocks; it has no effect on
// layout, and per-block rendering has nothing to put it between.
const normalize = (html: string) => html.replace(/>\n</g, "><");

const DOC = [
  "# 長い回答",
  "",
  "最初の段落です。**太字**、*斜体*、`コード`、[リンク](https://example.com)。",
  "",
  "- a",
  "- b",
  "",
  "- c after a blank line (a loose list)",
  "",
  "1. one",
  "2. two",
  "",
  "```ts",
  "const a = 1;",
  "",
  "const b = 2;",
  "```",
  "",
  "| 名前 | 値 |",
  "| --- | ---: |",
  "| x | 1 |",
  "",
  "> 引用",
  "> 続き",
  "",
  "    indented",
  "",
  "    code",
  "",
  "Setext heading",
  "---",
  "",
  "* * *",
  "",
  "- [ ] task",
  "- [x] done",
  "",
  "Last line without a newline",
].join("\n");

// Rendered once the pipeline chunk has loaded, as on a page that has been open a moment.
beforeAll(async () => {
  await preloadMarkdown();
});

describe("Markdown", () => {
  it("renders a finished text exactly like rendering it whole", () => {
    expect(normalize(renderToStaticMarkup(<Markdown text={DOC} />))).toBe(normalize(whole(DOC)));
  });

  it("renders the same at the end of a stream as at once", () => {
    // Static rendering keeps no state between calls, so this checks the split of every prefix too.
    for (const cut of [10, 57, 120, 200, DOC.length]) {
      const prefix = DOC.slice(0, cut);
      expect(normalize(renderToStaticMarkup(<Markdown text={prefix} />))).toBe(normalize(whole(prefix)));
    }
  });

  it("renders a long text (many groups of blocks) like rendering it whole, streaming or not", () => {
    const long = Array.from({ length: 8 }, (_, i) => `## Part ${i + 1}\n\n${DOC}`).join("\n\n");
    expect(long.length).toBeGreaterThan(2000);
    expect(normalize(renderToStaticMarkup(<Markdown text={long} />))).toBe(normalize(whole(long)));
    expect(normalize(renderToStaticMarkup(<Markdown text={long} streaming />))).toBe(normalize(whole(long)));
  });

  it("renders footnotes and reference links whole once finished", () => {
    const text = "See [the site][s] and a note.[^1]\n\n[s]: https://example.com\n\n[^1]: The note.\n";
    expect(normalize(renderToStaticMarkup(<Markdown text={text} />))).toBe(normalize(whole(text)));
  });

  it("repairs the unfinished end only while streaming", () => {
    const text = "Done **bold**.\n\nNow **half";
    expect(renderToStaticMarkup(<Markdown text={text} streaming />)).toContain("<strong>half</strong>");
    expect(renderToStaticMarkup(<Markdown text={text} />)).toContain("**half");
    const fence = renderToStaticMarkup(<Markdown text={"```py\nprint(1)"} streaming />);
    expect(fence).toContain("python".slice(0, 2));
    expect(fence).toContain("print(1)");
  });

  it("keeps links safe and names the code copy button without the word Copy", () => {
    const html = renderToStaticMarkup(
      <Markdown text={"[x](javascript:alert(1)) [y](https://ok.example)\n\n```js\n1\n```\n"} />,
    );
    expect(html).not.toContain("javascript:");
    expect(html).toContain("<span>x</span>");
    expect(html).toContain('href="https://ok.example" target="_blank" rel="noopener noreferrer"');
    expect(html).toContain('aria-label="Code to clipboard"');
    expect(html).not.toMatch(/aria-label="[^"]*Copy/);
  });

  it("ignores raw HTML", () => {
    const html = renderToStaticMarkup(<Markdown text={"<script>alert(1)</script>\n\nok <b>x</b>"} />);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
  });

  it("never flashes asterisks or the wrong bold while a Japanese sentence streams", () => {
    const text =
      "これは**「重要」**という意味です。次に**（注）**を読み、**`npm install`**を実行し、*強調*を確かめます。";
    const strongs = (html: string) =>
      [...html.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""));
    const visible = (html: string) => html.replace(/<code>.*?<\/code>/g, "").replace(/<[^>]+>/g, "");
    const final = renderToStaticMarkup(<Markdown text={text} />);
    expect(strongs(final)).toEqual(["「重要」", "（注）", "npm install"]);
    expect(final).toContain("<em>強調</em>");
    for (let cut = 1; cut <= text.length; cut++) {
      const html = renderToStaticMarkup(<Markdown text={text.slice(0, cut)} streaming />);
      expect(visible(html), `after ${cut} characters`).not.toContain("*");
      strongs(html).forEach((shown, i) => expect(strongs(final)[i]?.startsWith(shown), html).toBe(true));
    }
  });
});
