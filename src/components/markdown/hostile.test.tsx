import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_TREE_DEPTH } from "../../lib/markdown/depth-cap";
import { Markdown } from "./Markdown";
import { preloadMarkdown } from "./pipeline";

beforeAll(async () => {
  await preloadMarkdown();
});

const render = (text: string, streaming = false) =>
  renderToStaticMarkup(<Markdown text={text} streaming={streaming} />);
const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => line(i)).join("\n") + "\n";

describe("Markdown with hostile replies", () => {
  it.each([
    ["5,000 nested quotes", ">".repeat(5000) + " the bottom\n", "nested too deeply"],
    [
      "quotes deepening line by line",
      lines(300, (i) => ">".repeat(i + 1) + ` level ${i + 1}`),
      "nested too deeply",
    ],
    ["a list nested 200 deep", lines(200, (i) => "  ".repeat(i) + `- item ${i}`), "nested too deeply"],
    ["list markers stacked on lines", lines(300, () => "- ".repeat(40) + "x"), "nested too deeply"],
    ["emphasis nested 3,000 deep", "*a ".repeat(3000) + "x" + " a*".repeat(3000), "too large"],
  ])("renders %s with the deep part as plain text and a note", (_, text, note) => {
    for (const streaming of [false, true]) {
      const html = render(text, streaming);
      expect(html).toContain(`Shown as plain text: ${note} to format.`);
      expect(html).toContain('class="md-plain"');
    }
  });

  it("keeps the shallow start of a deep list formatted", () => {
    const html = render(lines(200, (i) => "  ".repeat(i) + `- item ${i}`));
    expect(html).toContain("<li>item 0");
    expect(html).toContain("- item 199");
  });

  it("caps inline nesting that passes the guard: deeper emphasis shows as its source", () => {
    const text = "*a ".repeat(200) + "x" + " a*".repeat(200);
    const html = render(text);
    expect(html.match(/<em>/g)?.length ?? 0).toBeLessThan(MAX_TREE_DEPTH);
    expect(html).toContain("*a *a");
  });

  it("shows a reply of 3,000 code blocks", () => {
    const text = Array.from({ length: 3000 }, (_, i) => "```js\nconst x" + i + " = 1;\n```\n").join("\n");
    const html = renderToStaticMarkup(<Markdown text={text} />);
    // Too long to format in one render: it starts as plain text, formatted later near the viewport.
    expect(html).toContain("const x2999 = 1;");
    expect(html).toContain("md-pending");
  });
});
