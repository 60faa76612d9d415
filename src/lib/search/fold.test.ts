import { describe, expect, it } from "vitest";
import { fold, foldQuery, foldWithMap, occurrences, sourceRange } from "./fold";

/** The source text behind each occurrence of `query` in `text`. */
function matchedSource(text: string, query: string): string[] {
  const folded = foldWithMap(text);
  const q = foldQuery(query);
  return occurrences(folded.text, q).map((at) => {
    const [start, end] = sourceRange(folded, at, at + q.length);
    return text.slice(start, end);
  });
}

describe("fold", () => {
  it("matches full-width and half-width letters, digits and symbols", () => {
    expect(fold("ｔｏｐ")).toBe("top");
    expect(fold("ＴＯＰ＿Ｐ＝０．９")).toBe("top_p=0.9");
    expect(fold("Top")).toBe(fold("ｔｏｐ"));
  });

  it("folds case, including the foldings lower-casing alone misses", () => {
    expect(fold("HELLO World")).toBe("hello world");
    expect(fold("STRASSE")).toBe(fold("Straße"));
    expect(fold("ΟΔΟΣ")).toBe(fold("οδοσ"));
    expect(fold("ﬁle")).toBe("file");
  });

  it("matches katakana with hiragana, and half-width katakana with both", () => {
    expect(fold("キャッシュ")).toBe(fold("きゃっしゅ"));
    expect(fold("ｷｬｯｼｭ")).toBe(fold("きゃっしゅ"));
    expect(fold("ｶﾞｲﾄﾞ")).toBe(fold("ガイド"));
    expect(fold("ガイド")).toBe("がいど");
    // Iteration marks and the prolonged sound mark.
    expect(fold("ヽヾ")).toBe("ゝゞ");
    expect(fold("データ")).toBe("でーた");
  });

  it("joins a kana and a combining voiced mark the way NFKC does", () => {
    expect(fold("か\u3099")).toBe(fold("が"));
  });

  it("treats every run of white space as one space", () => {
    expect(fold("a \n\t b")).toBe("a b");
    // The ideographic space is white space too.
    expect(fold("日本語\u3000テキスト")).toBe("日本語 てきすと");
  });

  it("trims queries", () => {
    expect(foldQuery("  ｔｏｐ　")).toBe("top");
    expect(foldQuery("   ")).toBe("");
  });
});

describe("foldWithMap", () => {
  const samples = [
    "Plain ASCII text, with CAPITALS and  double  spaces.\nNew line.",
    "全角ＡＢＣと半角ｶﾀｶﾅ、ｶﾞｷﾞｸﾞ。キャッシュとテスト。",
    "Straße ΟΔΟΣ ﬁle İstanbul",
    "か\u3099き\u3099 e\u0301 👨‍👩‍👧 ☺\ufe0f",
    "㌔ ① ½ ｱｲｳ\u3000end",
  ];

  it("produces exactly what fold produces", () => {
    for (const s of samples) expect(foldWithMap(s).text).toBe(fold(s));
  });

  it("maps a match back to the characters the user sees", () => {
    expect(matchedSource("Ｔｏｐ and top and TOP", "top")).toEqual(["Ｔｏｐ", "top", "TOP"]);
    expect(matchedSource("これはｷｬｯｼｭです", "キャッシュ")).toEqual(["ｷｬｯｼｭ"]);
    expect(matchedSource("ｶﾞｲﾄﾞを読む", "がいど")).toEqual(["ｶﾞｲﾄﾞ"]);
    expect(matchedSource("a\n\n  b", "a b")).toEqual(["a\n\n  b"]);
    expect(matchedSource("Große Straße", "strasse")).toEqual(["Straße"]);
  });

  it("maps expansions (one source character, several folded ones) to the whole character", () => {
    // ㌔ folds to きろ: a match on part of it marks the whole character.
    expect(matchedSource("10㌔", "き")).toEqual(["㌔"]);
  });
});

describe("occurrences", () => {
  it("finds every non-overlapping occurrence, up to a limit", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 2]);
    expect(occurrences("abcabc", "c")).toEqual([2, 5]);
    expect(occurrences("abcabc", "c", 1)).toEqual([2]);
    expect(occurrences("abc", "")).toEqual([]);
    expect(occurrences("abc", "d")).toEqual([]);
  });
});
