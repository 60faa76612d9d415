import { describe, expect, it } from "vitest";
import { resolveLocale } from "./locale";

describe("resolveLocale", () => {
  it("keeps a chosen language whatever the browser says", () => {
    expect(resolveLocale("ja", ["en-US"])).toBe("ja");
    expect(resolveLocale("en", ["ja-JP"])).toBe("en");
  });

  it("follows the first language of the browser's list that the app speaks", () => {
    expect(resolveLocale("system", ["ja-JP", "en-US"])).toBe("ja");
    expect(resolveLocale("system", ["en-GB", "ja"])).toBe("en");
    expect(resolveLocale("system", ["fr-FR", "ja-JP", "en"])).toBe("ja");
    expect(resolveLocale("system", ["JA"])).toBe("ja");
    expect(resolveLocale("system", ["ja_JP"])).toBe("ja");
  });

  it("falls back to English", () => {
    expect(resolveLocale("system", [])).toBe("en");
    expect(resolveLocale("system", ["de-DE", "fr"])).toBe("en");
    // "jav" (Javanese) is not Japanese.
    expect(resolveLocale("system", ["jav"])).toBe("en");
  });
});
