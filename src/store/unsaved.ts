// What could not be saved: named in a problem while this page is open, and in a small marker that
// outlives it (localStorage, or IndexedDB when localStorage is full) so a reload can say it too.
import type { IndexedStore } from "./indexed-db";
import type { StorageKeys, StorageProblem, StorageProblemCode, UnsavedMarker } from "./storage-format";
import { problem } from "./storage-problems";

export interface UnsavedOptions {
  setLocal(key: string, value: string): boolean;
  removeLocal(key: string): void;
  indexed: IndexedStore | null;
  keys: StorageKeys;
  report(p: StorageProblem): void;
  clear(code: StorageProblemCode): void;
}

export function createUnsavedTracker(options: UnsavedOptions) {
  /** Conversation id → title, for those whose latest state is stored nowhere. */
  const conversations = new Map<string, string>();
  /** Named by an earlier session, kept until the user dismisses the problem. */
  let earlier: UnsavedMarker["items"] = [];
  let written: string | null = null;
  let settings = false;

  function writeMarker(marker: string | null): void {
    if (marker === written) return;
    written = marker;
    if (marker === null) {
      options.removeLocal(options.keys.unsaved);
      void options.indexed?.setMeta("unsaved", null).catch(() => {});
    } else if (!options.setLocal(options.keys.unsaved, marker)) {
      void options.indexed?.setMeta("unsaved", marker).catch(() => {});
    }
  }

  return {
    conversations,
    setSettings(unsaved: boolean): void {
      settings = unsaved;
    },
    start(items: UnsavedMarker["items"]): void {
      earlier = [...items];
      written = items.length > 0 ? JSON.stringify({ items }) : null;
    },
    addEarlier(items: UnsavedMarker["items"]): void {
      for (const item of items) if (!earlier.some((e) => e.id === item.id)) earlier.push(item);
    },
    forgetEarlier(): void {
      earlier = [];
    },
    /** Shows (or clears) the problem and brings the marker up to date. */
    report(): void {
      const titles = [...conversations.values()];
      if (titles.length > 0 || settings) options.report(problem.unsaved(titles, settings));
      else options.clear("unsaved");
      const items = [...earlier];
      for (const [id, title] of conversations) if (!items.some((i) => i.id === id)) items.push({ id, title });
      writeMarker(items.length > 0 ? JSON.stringify({ items } satisfies UnsavedMarker) : null);
    },
  };
}
