import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";
import { words } from "./words";

const text = (pieces: { text: string }[]) => pieces.map((p) => p.text).join("");
const changed = (pieces: { text: string; changed: boolean }[]) =>
  pieces.filter((p) => p.changed).map((p) => p.text.trim());

describe("wordDiff", () => {
  it("marks the words each side does not share, keeping both texts whole", () => {
    const d = wordDiff("The quick brown fox jumps.", "The slow brown fox sleeps.");
    expect(text(d.left)).toBe("The quick brown fox jumps.");
    expect(text(d.right)).toBe("The slow brown fox sleeps.");
    expect(changed(d.left)).toEqual(["quick", "jumps"]);
    expect(changed(d.right)).toEqual(["slow", "sleeps"]);
    expect(d.shared).toBeCloseTo(3 / 5);
  });

  it("splits Japanese into words, not one run per sentence", () => {
    const d = wordDiff("今日は晴れです。", "今日は雨です。");
    expect(changed(d.left)).toEqual(["晴れ"]);
    expect(changed(d.right)).toEqual(["雨"]);
  });

  it("counts identical and empty texts as fully shared, disjoint ones as not at all", () => {
    expect(wordDiff("Same words here", "Same words here").shared).toBe(1);
    expect(wordDiff("", "").shared).toBe(1);
    expect(wordDiff("alpha beta", "gamma delta").shared).toBe(0);
    expect(changed(wordDiff("", "new text").right)).toEqual(["new text"]);
  });
});

describe("words", () => {
  it("keeps words only, lower-cased, in any script", () => {
    expect(words("Hello, World! 3 cats; 日本語です")).toEqual([
      "hello",
      "world",
      "3",
      "cats",
      "日本語",
      "です",
    ]);
  });
});
