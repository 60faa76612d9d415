import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown, { type Options } from "react-markdown";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { remarkGfmParse } from "./gfm";

// remark-gfm is the reference: the parser-only plugin must read every GFM construct the same way.
const render = (plugin: NonNullable<Options["remarkPlugins"]>[number], text: string) =>
  renderToStaticMarkup(<ReactMarkdown remarkPlugins={[plugin]}>{text}</ReactMarkdown>);

const GFM = [
  "| Left | Center | Right |",
  "| :--- | :----: | ----: |",
  "| a | **b** | `c` |",
  "| d \\| e | | f |",
  "",
  "- [ ] open task",
  "- [x] done task",
  "",
  "~~struck~~ and ~single~ tilde, not ~~~ a fence",
  "",
  "Autolinks: www.example.com, https://example.org/path?q=1, mail@example.com.",
  "",
  "A note.[^n] Another.[^long]",
  "",
  "[^n]: The note.",
  "[^long]: A longer note",
  "    with a second paragraph line.",
  "",
  "<b>raw html</b> is text here",
].join("\n");

describe("remarkGfmParse", () => {
  it("renders tables, task lists, strikethrough, autolinks and footnotes like remark-gfm", () => {
    const html = render(remarkGfmParse, GFM);
    expect(html).toBe(render(remarkGfm, GFM));
    for (const part of ["<table>", 'type="checkbox"', "<del>", 'href="http://www.example.com"', "footnote"]) {
      expect(html).toContain(part);
    }
  });
});
