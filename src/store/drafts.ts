// The app's drafts (see draft-store.ts): saved in localStorage 400 ms after the last change and when the
// page is hidden or closed. Nothing runs at import: the page listeners are added by the first change.
import { useCallback, useSyncExternalStore } from "react";
import { reportStorageProblem } from "./app-store";
import { problem } from "./storage-problems";
import { createDraftStore, NEW_CHAT_DRAFT, type DraftAttachments } from "./draft-store";

export { NEW_CHAT_DRAFT, newDraftImageKey, type DraftImage } from "./draft-store";

const SAVE_DELAY_MS = 400;

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

let listening = false;

function saveOnLeave(): void {
  if (listening || typeof window === "undefined") return;
  listening = true;
  window.addEventListener("pagehide", () => drafts.flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") drafts.flush();
  });
}

export const drafts = createDraftStore({
  storage: browserStorage(),
  prefix: "chat-studio",
  schedule: (save) => {
    saveOnLeave();
    const timer = setTimeout(save, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  },
  // Said like any save that does not fit; the text stays in the message box meanwhile.
  onQuota: () => reportStorageProblem(problem.draftUnsaved()),
});

/** The draft key of the conversation on screen: its id, or the new chat's. */
export const draftKeyOf = (conversationId: string | null): string => conversationId ?? NEW_CHAT_DRAFT;

export function useDraftAttachments(key: string): DraftAttachments {
  return useSyncExternalStore(
    drafts.subscribe,
    useCallback(() => drafts.attachments(key), [key]),
  );
}

/**
 * True while any composer holds text or images that were not sent. Drafts survive a reload once saved
 * (call `drafts.flush()` first); images still being prepared do not, so a reload should wait for this.
 */
export function useHasUnsentDraft(): boolean {
  return useSyncExternalStore(drafts.subscribe, drafts.hasUnsent, () => false);
}
