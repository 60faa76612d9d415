// Every keyboard shortcut: one table drives both the key handling and the Keyboard shortcuts dialog.
// No hotkey library: what matters here is when a key must NOT fire (IME composition, a text field that
// needs the key, an open dialog), and that policy is ours whatever matches the keys.
import { useEffect } from "react";
import { browserIsApple, isComposing, matchesCombo } from "../lib/keys";
import { lastReplyText, stopStreamingReply } from "../features/chat/chat-actions";
import { focusComposer, isComposer } from "../features/chat/composer-focus";
import { focusConversationSearch } from "../features/conversations/search-focus";
import { startNewChat } from "../store/conversations";
import {
  announce,
  closeSidebarDrawer,
  showSidebar,
  toggleShortcuts,
  toggleSidebar,
  toggleTuning,
} from "./layout-state";
import { SHORTCUTS, type ShortcutId } from "./shortcut-table";

/** Fields that use Escape themselves (a search box clears, a rename or an edit is cancelled). */
function isTextField(element: Element): boolean {
  if (element instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset", "file", "range", "color"].includes(
      element.type,
    );
  }
  return (
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    element.closest("[contenteditable=true]") !== null
  );
}

async function copyLastReply(): Promise<void> {
  const text = lastReplyText();
  if (text === null) return announce("shortcuts.nothingToCopy");
  try {
    await navigator.clipboard.writeText(text);
    announce("shortcuts.copied");
  } catch {
    announce("shortcuts.copyFailed");
  }
}

/** Runs a shortcut; false when it does not apply now (the key then keeps its usual meaning). */
function run(id: ShortcutId, target: Element): boolean {
  switch (id) {
    case "newChat":
      startNewChat();
      closeSidebarDrawer();
      // Already in a new chat, nothing remounts: move the cursor there anyway.
      setTimeout(focusComposer);
      return true;
    case "focusComposer":
      return focusComposer();
    case "stop":
      if (isTextField(target) && !isComposer(target)) return false;
      return stopStreamingReply();
    case "copyLastReply":
      void copyLastReply();
      return true;
    case "toggleSidebar": {
      const panel = () => document.getElementById("conversations-panel");
      const leaving = panel()?.contains(target) ?? false;
      toggleSidebar();
      // Hidden with the cursor inside it: the cursor goes to the message box, not to the page.
      setTimeout(() => {
        if (leaving && !panel()?.checkVisibility()) focusComposer();
      });
      return true;
    }
    case "toggleParameters":
      toggleTuning();
      return true;
    case "searchConversations":
      showSidebar();
      // The sidebar may only now be rendering (a collapsed column, a drawer opening).
      requestAnimationFrame(() => focusConversationSearch());
      return true;
    case "shortcuts":
      toggleShortcuts();
      return true;
    default:
      return false;
  }
}

export function handleShortcut(event: KeyboardEvent, apple: boolean): void {
  if (event.defaultPrevented || isComposing(event) || event.repeat) return;
  const target = event.target instanceof Element ? event.target : document.body;
  const dialog = target.closest("dialog[open]");
  for (const shortcut of SHORTCUTS) {
    if (shortcut.listedOnly || !matchesCombo(event, shortcut.combo, apple)) continue;
    // A modal dialog owns the keyboard, except for the shortcut that closes that very dialog.
    if (dialog && dialog.id !== shortcut.alsoInDialog) return;
    if (run(shortcut.id, target)) event.preventDefault();
    return;
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    const apple = browserIsApple();
    // Bubbling on window: a focused control that handles a key itself (and prevents its default) wins.
    const onKeyDown = (event: KeyboardEvent) => handleShortcut(event, apple);
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
