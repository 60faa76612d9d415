import { describe, expect, it } from "vitest";
import { isComposing } from "./ime";

describe("isComposing", () => {
  it("is true while the IME says so, or for the IME's keyCode 229", () => {
    expect(isComposing({ isComposing: true, keyCode: 13 })).toBe(true);
    expect(isComposing({ isComposing: false, keyCode: 229 })).toBe(true);
    expect(isComposing({ nativeEvent: { isComposing: true, keyCode: 13 } })).toBe(true);
  });

  it("is false for a plain key press", () => {
    expect(isComposing({ isComposing: false, keyCode: 13 })).toBe(false);
    expect(isComposing({ nativeEvent: { isComposing: false, keyCode: 13 } })).toBe(false);
  });
});
