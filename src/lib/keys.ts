// Key combinations: matching a keydown against one, and showing it the way the platform writes it.
// Pure: the event is any object with KeyboardEvent's fields, so this is tested without a browser.

export interface KeyCombo {
  /** Ctrl, or ⌘ on Apple platforms. */
  mod?: boolean;
  shift?: boolean;
  /** KeyboardEvent.key of the unshifted key, lower case for letters ("o", "/", "Escape", "ArrowUp"). */
  key: string;
  /** KeyboardEvent.code of the same key, so Ctrl+Shift+O works on any layout (Cyrillic, AZERTY…). */
  code?: string;
}

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

export function isApplePlatform(platform: string): boolean {
  return /Mac|iPhone|iPad|iPod/i.test(platform);
}

/** Whether this browser runs on an Apple platform (⌘ instead of Ctrl). */
export function browserIsApple(): boolean {
  if (typeof navigator === "undefined") return false;
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return isApplePlatform(nav.userAgentData?.platform || nav.platform || "");
}

/** True while an input method (Japanese, Chinese…) is composing: its keys belong to it. */
export function isComposing(event: KeyLike): boolean {
  // keyCode 229 covers browsers that end the composition before reporting isComposing.
  return event.isComposing === true || event.keyCode === 229;
}

// What Shift turns these keys into on common layouts, so "Ctrl+Shift+," also matches key "<".
const SHIFTED: Record<string, string> = { ",": "<", ".": ">", "/": "?" };

export function matchesCombo(event: KeyLike, combo: KeyCombo, apple: boolean): boolean {
  const mod = apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  const noMod = !event.ctrlKey && !event.metaKey;
  if ((combo.mod ? !mod : !noMod) || event.altKey || event.shiftKey !== Boolean(combo.shift)) return false;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return (
    key === combo.key || key === SHIFTED[combo.key] || (combo.code !== undefined && event.code === combo.code)
  );
}

const NAMES: Record<string, string> = {
  Escape: "Esc",
  ArrowUp: "↑",
  ArrowDown: "↓",
  Enter: "Enter",
};

/** The keys of a combination as they are printed on the platform, e.g. ["Ctrl", "Shift", "O"] or ["⌘", "⇧", "O"]. */
export function comboKeys(combo: KeyCombo, apple: boolean): string[] {
  const keys: string[] = [];
  if (combo.mod) keys.push(apple ? "⌘" : "Ctrl");
  if (combo.shift) keys.push(apple ? "⇧" : "Shift");
  keys.push(NAMES[combo.key] ?? combo.key.toUpperCase());
  return keys;
}
