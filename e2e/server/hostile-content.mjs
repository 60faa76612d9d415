// Replies shaped to break a renderer: deep nesting, huge sizes, thousands of blocks. Each one once
// froze or crashed the page (issue 10, item 4); the e2e tests send them and check the app stays usable,
// and the bench times the 10 MB one. Plain data, no I/O.
import { benchAnswer } from "./bench-content.mjs";

const lines = (count, line) => Array.from({ length: count }, (_, i) => line(i)).join("\n");

export const HOSTILE = {
  /** 5,000 nested quotes on one line. */
  "deep-quotes": () =>
    `Quotes, nested five thousand deep:\n\n${">".repeat(5000)} the bottom of the quotes\n\nAfter the quotes.\n`,
  /** A list nested 2,000 deep (each level indented two more spaces). */
  "deep-list": () =>
    `A list, nested two thousand deep:\n\n${lines(2000, (i) => `${"  ".repeat(i)}- level ${i + 1}`)}\n\nAfter the list.\n`,
  /** 1,000 lines, each indented one more level. */
  "deep-indent": () =>
    `Indentation, a thousand levels:\n\n${lines(1000, (i) => `${"    ".repeat(i)}1. step ${i + 1}`)}\n\nAfter the indentation.\n`,
  /** 3,000 fenced code blocks. */
  "many-code-blocks": () =>
    `Three thousand code blocks:\n\n${lines(3000, (i) => "```js\nconst value" + i + " = " + i + ";\n```\n")}\nAfter the code.\n`,
  /** One line of about 1 MB, with emphasis, code and links all along it. */
  "long-line": () =>
    `${"A **long** line with `code` and [a link](https://example.com/x) in it, ".repeat(14_000)}the end of the line.\n\nAfter the long line.\n`,
  /** About 10 MB of ordinary markdown (the bench answer, repeated). */
  huge: () => {
    const answer = benchAnswer();
    return `${answer}\n\n`.repeat(Math.ceil(10_000_000 / answer.length)) + "The end of the ten megabytes.\n";
  },
};

/** Splits text into pieces of about `size` UTF-16 units, never inside a surrogate pair. */
export function sizedChunks(text, size) {
  const out = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}
