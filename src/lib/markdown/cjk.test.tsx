import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { remarkCjkFriendly } from "./cjk";
import { remarkGfmParse } from "./gfm";

const withCjk = (text: string) =>
  renderToStaticMarkup(
    <ReactMarkdown remarkPlugins={[remarkGfmParse, remarkCjkFriendly]}>{text}</ReactMarkdown>,
  );
const without = (text: string) =>
  renderToStaticMarkup(<ReactMarkdown remarkPlugins={[remarkGfmParse]}>{text}</ReactMarkdown>);

// Patterns Gemini writes in Japanese answers, with what a Japanese reader expects to see emphasised.
const GEMINI: Array<[string, string]> = [
  ["これは**「重要」**という意味です。", "<strong>「重要」</strong>"],
  ["**（注）**この機能は実験的です。", "<strong>（注）</strong>"],
  ["*強調*です", "<em>強調</em>"],
  ["**注意：**設定を保存してください。", "<strong>注意：</strong>"],
  ["1. **手順1：**準備します", "<strong>手順1：</strong>"],
  ["**「キャッシュ」**と**「ストレージ」**の違い", "<strong>「ストレージ」</strong>"],
  [
    "**[公式ドキュメント](https://example.com)**を参照",
    '<strong><a href="https://example.com">公式ドキュメント</a></strong>',
  ],
  ["**`npm install`**を実行します。", "<strong><code>npm install</code></strong>"],
  ["~~「古い方法」~~は非推奨です。", "<del>「古い方法」</del>"],
  ["値は**100%**です。", "<strong>100%</strong>"],
  ["これは*「例」*です", "<em>「例」</em>"],
];

describe("remarkCjkFriendly", () => {
  it.each(GEMINI)("emphasises %s", (text, expected) => {
    const html = withCjk(text);
    expect(html).toContain(expected);
    expect(html).not.toMatch(/\*\*|~~/);
  });

  it("fixes what CommonMark alone gets wrong", () => {
    expect(without(GEMINI[0]?.[0] ?? "")).toContain("**「重要」**");
  });

  it("changes nothing for text without CJK characters", () => {
    const english = [
      "Some **bold**, *italic*, ***both***, ~~struck~~ and `code`.",
      "",
      "**Note:**the colon case, and snake_case_words with *stars* inside_words.",
      "",
      "- **Item**: a list with **bold (parenthesised)** text.",
      "- 2 * 3 * 4 = 24, and a*b*c.",
      "",
      "> A quote with __underscores__ and _one_.",
      "",
      "| a | **b** |",
      "| - | - |",
      "| *c* | ~~d~~ |",
    ].join("\n");
    expect(withCjk(english)).toBe(without(english));
  });
});
