// Whether the page may reload now (to take a new version of the app): never while a reply streams (it
// would be cut) and never while the user has input that is not sent.
//
// Unsent input is a composer's draft (drafts.ts: text or images, in any conversation, images still being
// prepared included) or an open message editor with changes (registered through unsaved-input.ts, as it
// is held nowhere else). What is allowed to reload is saved first: see `saveBeforeReload`.
import { conversationStorage } from "./app-store";
import { drafts } from "./drafts";
import { activeStreamCount } from "./streams";
import { hasUnsavedInput } from "./unsaved-input";

export type ReloadBlocker = "streaming" | "draft";

/** Why the page must not reload now, or `null` when it may. */
export function reloadBlocker(): ReloadBlocker | null {
  if (activeStreamCount() > 0) return "streaming";
  if (drafts.hasUnsent() || hasUnsavedInput()) return "draft";
  return null;
}

export function canReloadNow(): boolean {
  return reloadBlocker() === null;
}

/**
 * Writes now what is still waiting for its pause (drafts, conversations) and waits for IndexedDB, so the
 * reload cuts no write short.
 */
export async function saveBeforeReload(): Promise<void> {
  drafts.flush();
  await conversationStorage.saveNow();
}
