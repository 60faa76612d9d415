// How much browser storage the app uses, for the Settings dialog.
import { STORAGE_PREFIX } from "./app-store";

/** Chromium and Firefox allow about 5 million UTF-16 characters of localStorage per origin. */
export const LOCAL_STORAGE_BUDGET_CHARS = 5_000_000;

export interface StorageUsage {
  /** Characters (keys + values) this app keeps in localStorage. */
  localChars: number;
  /** Characters under backup keys (kept aside, never deleted silently). */
  backupChars: number;
  conversations: number;
  /** The origin's whole usage and quota (IndexedDB images included), when the browser tells. */
  originBytes?: number;
  quotaBytes?: number;
}

export function measureLocalStorage(
  storage: Storage,
  prefix = STORAGE_PREFIX,
): Omit<StorageUsage, "originBytes" | "quotaBytes"> {
  let localChars = 0;
  let backupChars = 0;
  let conversations = 0;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(`${prefix}:`)) continue;
    const size = key.length + (storage.getItem(key)?.length ?? 0);
    localChars += size;
    if (key.startsWith(`${prefix}:backup:`)) backupChars += size;
    if (key.startsWith(`${prefix}:conv:`)) conversations++;
  }
  return { localChars, backupChars, conversations };
}

export async function measureStorage(): Promise<StorageUsage> {
  const local = measureLocalStorage(localStorage);
  try {
    const estimate = await navigator.storage?.estimate?.();
    return {
      ...local,
      ...(estimate?.usage !== undefined ? { originBytes: estimate.usage } : {}),
      ...(estimate?.quota !== undefined ? { quotaBytes: estimate.quota } : {}),
    };
  } catch {
    return local;
  }
}
