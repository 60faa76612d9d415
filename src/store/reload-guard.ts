// Whether the page may reload now (to take a new version of the app): never while a reply streams (it
// would be cut) and never while the user has input that is not saved.
//
// Unsaved input is whatever registers itself through unsaved-input.ts (today the composer and an open
// message editor). Drafts kept in the store survive a reload and need no check; a draft that is saved
// lazily can register `() => !savedYet` there.
import { activeStreamCount } from "./streams";
import { hasUnsavedInput } from "./unsaved-input";

export type ReloadBlocker = "streaming" | "draft";

/** Why the page must not reload now, or `null` when it may. */
export function reloadBlocker(): ReloadBlocker | null {
  if (activeStreamCount() > 0) return "streaming";
  if (hasUnsavedInput()) return "draft";
  return null;
}

export function canReloadNow(): boolean {
  return reloadBlocker() === null;
}
