// The keyboard shortcuts and their keys: read by the key handler (shortcuts.ts) and by the Keyboard
// shortcuts dialog, which is loaded lazily and so must not pull the handler's imports with it.
import type { KeyCombo } from "../lib/keys";

export type ShortcutId =
  | "newChat"
  | "focusComposer"
  | "stop"
  | "editLast"
  | "copyLastReply"
  | "toggleSidebar"
  | "toggleParameters"
  | "searchConversations"
  | "find"
  | "shortcuts";

export interface Shortcut {
  id: ShortcutId;
  combo: KeyCombo;
  /** Shown in the dialog; handled elsewhere (the composer, or the message list's Find). */
  listedOnly?: true;
  /** The dialog that may be open for the shortcut to apply ("conversations-panel", …). */
  alsoInDialog?: string;
}

// In the order the Keyboard shortcuts dialog lists them (its labels live with the dialog, loaded lazily).
export const SHORTCUTS: readonly Shortcut[] = [
  { id: "newChat", combo: { mod: true, shift: true, key: "o", code: "KeyO" } },
  { id: "focusComposer", combo: { shift: true, key: "Escape" } },
  { id: "stop", combo: { key: "Escape" } },
  { id: "editLast", combo: { key: "ArrowUp" }, listedOnly: true },
  { id: "copyLastReply", combo: { mod: true, shift: true, key: "c", code: "KeyC" } },
  {
    id: "toggleSidebar",
    combo: { mod: true, shift: true, key: "s", code: "KeyS" },
    alsoInDialog: "conversations-panel",
  },
  {
    id: "toggleParameters",
    combo: { mod: true, shift: true, key: ",", code: "Comma" },
    alsoInDialog: "parameters-panel",
  },
  { id: "searchConversations", combo: { mod: true, key: "k", code: "KeyK" } },
  { id: "find", combo: { mod: true, key: "f", code: "KeyF" }, listedOnly: true },
  { id: "shortcuts", combo: { mod: true, key: "/", code: "Slash" }, alsoInDialog: "keyboard-shortcuts" },
];
