import { describe, expect, it } from "vitest";
import { repairMarkdown } from "./repair";

describe("repairMarkdown", () => {
  it.each([
    ["closes an open code fence", "```ts\nconst a", "```ts\nconst a\n```\n"],
    ["closes a longer or tilde fence", "~~~~\nx\n", "~~~~\nx\n~~~~\n"],
    ["closes open display math", "$$\nx = 1", "$$\nx = 1\n$$\n"],
    ["closes \\[ math", "\\[\nx", "\\[\nx\n\\]\n"],
    ["leaves a closed fence alone", "```\na\n```\n", "```\na\n```\n"],
    ["closes bold", "some **bold te", "some **bold te**"],
    ["closes italic", "an *emphasis", "an *emphasis*"],
    ["closes strikethrough", "a ~~gone", "a ~~gone~~"],
    ["closes inline code", "run `npm i", "run `npm i`"],
    ["closes double-backtick code", "x ``a ` b", "x ``a ` b``"],
    ["closes code, then the bold around it", "**`npm ", "**`npm `**"],
    ["drops a backtick that opens onto nothing", "**「重要」**と**`", "**「重要」**と"],
    ["keeps a backtick that closes code", "run `npm i`", "run `npm i`"],
    ["closes nested emphasis in order", "**bold and *it", "**bold and *it***"],
    ["closes italic inside bold", "*it **bo", "*it **bo***"],
    ["does not close a balanced pair", "**done** and *done*", "**done** and *done*"],
    ["drops a marker with nothing after it", "text **", "text "],
    ["ignores markers inside code", "`a ** b` and **c", "`a ** b` and **c**"],
    ["ignores list bullets", "* item one\n* item **two", "* item one\n* item **two**"],
    ["ignores spaced asterisks", "2 * 3 = 6", "2 * 3 = 6"],
    ["keeps the text of a half link", "see [the docs](https://exa", "see the docs"],
    ["drops a half image", "![chart](https://x", ""],
    ["trims space before the closer", "**bold ", "**bold**"],
    ["hides a table row being typed", "| a | b |\n| - | - |\n| 1 |", "| a | b |\n| - | - |\n"],
    ["works on Japanese text", "これは**重要な", "これは**重要な**"],
    ["drops an opener right after Japanese text", "これは**", "これは"],
    ["drops a half closer beside CJK brackets", "これは**「重要」*", "これは**「重要」**"],
    ["keeps a closer right after Japanese text", "これは**「重要」**", "これは**「重要」**"],
    ["keeps a closing single asterisk", "*強調*", "*強調*"],
    ["repairs only the last paragraph", "*a\n\nb **c", "*a\n\nb **c**"],
  ])("%s", (_name, input, expected) => {
    expect(repairMarkdown(input)).toBe(expected);
  });

  it("leaves complete text unchanged", () => {
    const text = "# Title\n\nA [link](https://example.com) and `code`.\n\n- a\n- b\n";
    expect(repairMarkdown(text)).toBe(text);
  });
});
