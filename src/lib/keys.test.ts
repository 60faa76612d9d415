import { describe, expect, it } from "vitest";
import { comboKeys, isApplePlatform, isComposing, matchesCombo, type KeyLike } from "./keys";

const press = (key: string, init: Partial<KeyLike> = {}): KeyLike => ({
  key,
  code: init.code ?? "",
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...init,
});

describe("matchesCombo", () => {
  const newChat = { mod: true, shift: true, key: "o", code: "KeyO" };

  it("takes Ctrl elsewhere and ⌘ on Apple platforms", () => {
    expect(matchesCombo(press("O", { ctrlKey: true, shiftKey: true }), newChat, false)).toBe(true);
    expect(matchesCombo(press("O", { metaKey: true, shiftKey: true }), newChat, false)).toBe(false);
    expect(matchesCombo(press("o", { metaKey: true, shiftKey: true }), newChat, true)).toBe(true);
    expect(matchesCombo(press("o", { ctrlKey: true, shiftKey: true }), newChat, true)).toBe(false);
  });

  it("needs exactly the modifiers of the combination", () => {
    expect(matchesCombo(press("o", { ctrlKey: true }), newChat, false)).toBe(false);
    expect(matchesCombo(press("O", { ctrlKey: true, shiftKey: true, altKey: true }), newChat, false)).toBe(
      false,
    );
    expect(matchesCombo(press("Escape"), { key: "Escape" }, false)).toBe(true);
    expect(matchesCombo(press("Escape", { shiftKey: true }), { key: "Escape" }, false)).toBe(false);
    expect(matchesCombo(press("Escape", { ctrlKey: true }), { key: "Escape" }, false)).toBe(false);
    expect(matchesCombo(press("Escape", { shiftKey: true }), { shift: true, key: "Escape" }, false)).toBe(
      true,
    );
  });

  it("finds the physical key on other layouts, and the shifted character", () => {
    expect(matchesCombo(press("Щ", { ctrlKey: true, shiftKey: true, code: "KeyO" }), newChat, false)).toBe(
      true,
    );
    const params = { mod: true, shift: true, key: ",", code: "Comma" };
    expect(matchesCombo(press("<", { ctrlKey: true, shiftKey: true }), params, false)).toBe(true);
    expect(matchesCombo(press("/", { ctrlKey: true }), { mod: true, key: "/", code: "Slash" }, false)).toBe(
      true,
    );
  });
});

describe("comboKeys", () => {
  it("prints the platform's symbols", () => {
    const combo = { mod: true, shift: true, key: "c" };
    expect(comboKeys(combo, false)).toEqual(["Ctrl", "Shift", "C"]);
    expect(comboKeys(combo, true)).toEqual(["⌘", "⇧", "C"]);
    expect(comboKeys({ shift: true, key: "Escape" }, false)).toEqual(["Shift", "Esc"]);
    expect(comboKeys({ key: "ArrowUp" }, true)).toEqual(["↑"]);
  });
});

describe("platform and composition", () => {
  it("recognises Apple platforms", () => {
    expect(isApplePlatform("MacIntel")).toBe(true);
    expect(isApplePlatform("iPhone")).toBe(true);
    expect(isApplePlatform("Linux x86_64")).toBe(false);
    expect(isApplePlatform("Win32")).toBe(false);
  });

  it("treats keyCode 229 as composing", () => {
    expect(isComposing(press("Enter", { isComposing: true }))).toBe(true);
    expect(isComposing(press("Process", { keyCode: 229 }))).toBe(true);
    expect(isComposing(press("Enter"))).toBe(false);
  });
});
