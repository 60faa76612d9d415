import { describe, expect, it } from "vitest";
import { markdownText } from "./markdown-text";

describe("markdownText", () => {
  it("keeps the words of emphasis, links, images and code, without their markup", () => {
    expect(markdownText("Some **bold**, *italic*, __strong__, ~~gone~~ and `code`.")).toBe(
      "Some bold, italic, strong, gone and code.",
    );
    expect(markdownText("See [the docs](https://example.com/top) and ![a chart](c.png).")).toBe(
      "See the docs and a chart.",
    );
    expect(markdownText("Visit <https://example.com> now")).toBe("Visit https://example.com now");
    expect(markdownText("A [ref link][r] and a note[^1].")).toBe("A ref link and a note1.");
  });

  it("keeps literal stars and underscores inside words and numbers", () => {
    expect(markdownText("2*3 = 6 and snake_case_name")).toBe("2*3 = 6 and snake_case_name");
    expect(markdownText("escaped \\*stars\\*")).toBe("escaped *stars*");
  });

  it("removes emphasis next to Japanese text and brackets", () => {
    expect(markdownText("これは**「重要」**という意味です。")).toBe("これは「重要」という意味です。");
    expect(markdownText("*強調*です")).toBe("強調です");
  });

  it("drops block markers: headings, quotes, list bullets, numbers and task boxes", () => {
    const md = ["# Title #", "", "> quoted", "- item", "  * nested", "1. first", "- [x] done"].join("\n");
    expect(markdownText(md)).toBe(["Title", "", "quoted", "item", "nested", "first", "done"].join("\n"));
  });

  it("keeps code blocks exactly and drops their fences", () => {
    const md = ["Before", "```python", "def f(**kwargs):", "    return `x`", "```", "After"].join("\n");
    expect(markdownText(md)).toBe(["Before", "def f(**kwargs):", "    return `x`", "After"].join("\n"));
  });

  it("turns table rows into their cells and drops the delimiter row", () => {
    const md = [
      "| Name | **Value** |",
      "| --- | ---: |",
      "| top_p | 0.9 |",
      "",
      "a | b outside a table",
    ].join("\n");
    expect(markdownText(md)).toBe(["Name Value", "top_p 0.9", "", "a | b outside a table"].join("\n"));
  });

  it("drops rules and setext underlines", () => {
    expect(markdownText(["Heading", "===", "", "* * *", "", "text"].join("\n"))).toBe(
      ["Heading", "", "", "text"].join("\n"),
    );
  });

  it("leaves raw HTML tags out, as the renderer does", () => {
    expect(markdownText("ok <b>x</b> <br/>")).toBe("ok x ");
  });
});
