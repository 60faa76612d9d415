// Object URLs for stored images, shared by every thumbnail of the same id and revoked once unused, so
// twenty thumbnails do not each hold a copy of the bytes or leak after their message scrolls away.
import { useCallback, useSyncExternalStore } from "react";
import { imageStore } from "../../../store/image-store";

type Entry = { url: string | null | undefined; users: number; revokeTimer?: number };

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function load(id: string, entry: Entry): void {
  void imageStore
    .blob(id)
    .catch(() => undefined)
    .then((blob) => {
      if (entries.get(id) !== entry) return;
      entry.url = blob ? URL.createObjectURL(blob) : null;
      notify();
    });
}

function acquire(id: string): () => void {
  let entry = entries.get(id);
  if (!entry) {
    entry = { url: undefined, users: 0 };
    entries.set(id, entry);
    load(id, entry);
  }
  const held = entry;
  window.clearTimeout(held.revokeTimer);
  held.users++;
  return () => {
    held.users--;
    if (held.users > 0) return;
    // Delayed: a branch switch unmounts and remounts the same thumbnails at once.
    held.revokeTimer = window.setTimeout(() => {
      if (held.users > 0 || entries.get(id) !== held) return;
      entries.delete(id);
      if (held.url) URL.revokeObjectURL(held.url);
    }, 30_000);
  };
}

/** Shows a freshly prepared image at once, before the stored copy is read back. */
export function seedImageUrl(id: string, blob: Blob): void {
  if (entries.has(id)) return;
  entries.set(id, { url: URL.createObjectURL(blob), users: 0 });
  // Nobody may ever show it (removed at once): the first release or this timer cleans up.
  acquire(id)();
  notify();
}

/** The image's object URL: undefined while loading, null when it is no longer stored. */
export function useImageUrl(id: string): string | null | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      listeners.add(onChange);
      const release = acquire(id);
      return () => {
        listeners.delete(onChange);
        release();
      };
    },
    [id],
  );
  return useSyncExternalStore(subscribe, () => entries.get(id)?.url);
}
