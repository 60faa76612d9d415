// How much browser storage the app uses, for the Settings dialog: localStorage (settings and recent
// conversations, against its fixed quota) and IndexedDB (the other conversations and the images,
// against the origin's quota), and whether the browser has promised to keep the data.
import { LOCAL_STORAGE_QUOTA_CHARS, parseJson, STORAGE_PREFIX, storageKeys } from "./storage-format";

export interface LocalUsage {
  /** Characters (keys + values) this app keeps in localStorage. */
  chars: number;
  /** Of which under backup keys (unreadable data kept aside, never deleted silently). */
  backupChars: number;
  /** Conversations kept in localStorage. */
  conversations: number;
  quotaChars: number;
}

export interface IndexedUsage {
  /** Conversations kept in IndexedDB (each has a stub in localStorage) and their size in characters. */
  conversations: number;
  chars: number;
  /** IndexedDB's bytes on disk (conversations and images), when the browser tells. */
  bytes?: number;
}

export interface StorageUsage {
  local: LocalUsage;
  indexed: IndexedUsage;
  /** The origin's quota in bytes, shared by IndexedDB and everything else but localStorage. */
  quotaBytes?: number;
  /** True when the browser has promised not to clear the data under storage pressure. */
  persisted?: boolean;
}

export function measureLocalStorage(
  storage: Pick<Storage, "length" | "key" | "getItem">,
  prefix = STORAGE_PREFIX,
): { local: LocalUsage; indexed: IndexedUsage } {
  const keys = storageKeys(prefix);
  const local: LocalUsage = {
    chars: 0,
    backupChars: 0,
    conversations: 0,
    quotaChars: LOCAL_STORAGE_QUOTA_CHARS,
  };
  const indexed: IndexedUsage = { conversations: 0, chars: 0 };
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(`${prefix}:`)) continue;
    const value = storage.getItem(key) ?? "";
    const size = key.length + value.length;
    local.chars += size;
    if (key.startsWith(keys.backupPrefix)) local.backupChars += size;
    if (key.startsWith(keys.conversationPrefix)) local.conversations++;
    if (key.startsWith(keys.stubPrefix)) {
      indexed.conversations++;
      const chars = (parseJson(value) as { chars?: unknown } | null | undefined)?.chars;
      if (typeof chars === "number") indexed.chars += chars;
    }
  }
  return { local, indexed };
}

interface Estimate {
  usage?: number;
  quota?: number;
  usageDetails?: { indexedDB?: number };
}

export async function measureStorage(): Promise<StorageUsage> {
  let measured: ReturnType<typeof measureLocalStorage>;
  try {
    measured = measureLocalStorage(localStorage);
  } catch {
    measured = measureLocalStorage({ length: 0, key: () => null, getItem: () => null });
  }
  const usage: StorageUsage = { ...measured };
  try {
    const estimate = (await navigator.storage?.estimate?.()) as Estimate | undefined;
    const bytes = estimate?.usageDetails?.indexedDB ?? estimate?.usage;
    if (bytes !== undefined) usage.indexed.bytes = bytes;
    if (estimate?.quota !== undefined) usage.quotaBytes = estimate.quota;
    const persisted = await navigator.storage?.persisted?.();
    if (persisted !== undefined) usage.persisted = persisted;
  } catch {
    // Older browsers tell nothing; the localStorage figures stand alone.
  }
  return usage;
}
