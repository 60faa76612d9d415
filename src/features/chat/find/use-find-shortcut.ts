import { useEffect } from "react";
import { openFind } from "../../../store/find";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Ctrl+F (⌘F on macOS) opens Find in conversation, which searches every message, also those the list
 * has not rendered. Pressed again inside the find box, it is left to the browser's own find.
 */
export function useFindShortcut(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== "f" || e.altKey || e.shiftKey || e.isComposing) return;
      // On macOS Ctrl+F moves the caret in text fields; ⌘F is find there.
      if (isMac ? !e.metaKey || e.ctrlKey : !e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest("[data-find-input], dialog")) return;
      e.preventDefault();
      openFind();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
