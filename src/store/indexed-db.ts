// The IndexedDB side of storage: conversations that do not fit localStorage (as JSON text with a
// revision), backups of unreadable data, and a small meta store. Writes are conditional — a record is
// written only if its revision is still the one this tab saw, checked and written in one transaction —
// so two tabs can never overwrite each other's writes, whichever finishes first.
import type { IndexedRecord } from "./storage-format";

export interface PutItem {
  id: string;
  /** The revision the record must have now; null: there must be no record. */
  expectRev: string | null;
  rev: string;
  json: string;
}

export type PutResult = { status: "ok" } | { status: "conflict"; current: IndexedRecord };

export interface IndexedStore {
  /** Every record, handed over in slices (each read is its own short task). */
  readAll(onBatch: (records: IndexedRecord[]) => void | Promise<void>, batchSize?: number): Promise<void>;
  get(id: string): Promise<IndexedRecord | null>;
  /** One transaction: all written, or (quota, say) none and the error thrown. */
  putIfRev(items: readonly PutItem[]): Promise<PutResult[]>;
  delete(ids: readonly string[]): Promise<void>;
  putBackup(key: string, text: string): Promise<void>;
  /** Moves records aside in one transaction: each is written as a backup, then deleted. */
  moveToBackups(items: readonly { id: string; key: string; text: string }[]): Promise<void>;
  backupTexts(): Promise<string[]>;
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string | null): Promise<void>;
}

const CONVERSATIONS = "conversations";
const BACKUPS = "backups";
const META = "meta";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException("IndexedDB transaction aborted", "AbortError"));
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
  });
}

function isRecord(value: unknown): value is IndexedRecord {
  const r = value as Partial<IndexedRecord> | undefined;
  return typeof r?.id === "string" && typeof r.rev === "string" && typeof r.json === "string";
}

export function openIndexedStore(
  name: string,
  factory: IDBFactory = indexedDB,
  keyRange: typeof IDBKeyRange = IDBKeyRange,
): IndexedStore {
  let opening: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(name, 1);
      req.onupgradeneeded = () => {
        const d = req.result;
        if (!d.objectStoreNames.contains(CONVERSATIONS))
          d.createObjectStore(CONVERSATIONS, { keyPath: "id" });
        if (!d.objectStoreNames.contains(BACKUPS)) d.createObjectStore(BACKUPS);
        if (!d.objectStoreNames.contains(META)) d.createObjectStore(META);
      };
      req.onsuccess = () => {
        // A later version opened in another tab must not be blocked by this one.
        req.result.onversionchange = () => req.result.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error ?? new Error("IndexedDB could not be opened"));
      req.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };

  return {
    async readAll(onBatch, batchSize = 40) {
      let after: IDBValidKey | undefined;
      for (;;) {
        const d = await db();
        const store = d.transaction(CONVERSATIONS).objectStore(CONVERSATIONS);
        const range = after === undefined ? undefined : keyRange.lowerBound(after, true);
        const rows = await request(store.getAll(range, batchSize));
        if (rows.length === 0) return;
        // A value of another shape is kept as text, so the reader reports and backs it up.
        const records = rows.map((row: unknown) =>
          isRecord(row)
            ? row
            : { id: String((row as { id?: unknown })?.id), rev: "", json: JSON.stringify(row) },
        );
        after = (rows[rows.length - 1] as { id: IDBValidKey }).id;
        await onBatch(records);
        if (rows.length < batchSize) return;
      }
    },

    async get(id) {
      const d = await db();
      const row: unknown = await request(d.transaction(CONVERSATIONS).objectStore(CONVERSATIONS).get(id));
      return isRecord(row) ? row : null;
    },

    async putIfRev(items) {
      const d = await db();
      const tx = d.transaction(CONVERSATIONS, "readwrite");
      const store = tx.objectStore(CONVERSATIONS);
      const results: PutResult[] = items.map(() => ({ status: "ok" }));
      items.forEach((item, i) => {
        const check = store.get(item.id);
        check.onsuccess = () => {
          const current: unknown = check.result;
          const rev = isRecord(current) ? current.rev : current === undefined ? null : "";
          if (rev !== item.expectRev && isRecord(current)) {
            results[i] = { status: "conflict", current };
            return;
          }
          store.put({ id: item.id, rev: item.rev, json: item.json } satisfies IndexedRecord);
        };
      });
      await done(tx);
      return results;
    },

    async delete(ids) {
      if (ids.length === 0) return;
      const d = await db();
      const tx = d.transaction(CONVERSATIONS, "readwrite");
      for (const id of ids) tx.objectStore(CONVERSATIONS).delete(id);
      await done(tx);
    },

    async putBackup(key, text) {
      const d = await db();
      const tx = d.transaction(BACKUPS, "readwrite");
      tx.objectStore(BACKUPS).put(text, key);
      await done(tx);
    },

    async moveToBackups(items) {
      if (items.length === 0) return;
      const d = await db();
      const tx = d.transaction([CONVERSATIONS, BACKUPS], "readwrite");
      for (const item of items) {
        tx.objectStore(BACKUPS).put(item.text, item.key);
        tx.objectStore(CONVERSATIONS).delete(item.id);
      }
      await done(tx);
    },

    async backupTexts() {
      const d = await db();
      const rows: unknown[] = await request(d.transaction(BACKUPS).objectStore(BACKUPS).getAll());
      return rows.filter((r): r is string => typeof r === "string");
    },

    async getMeta(key) {
      const d = await db();
      const value: unknown = await request(d.transaction(META).objectStore(META).get(key));
      return typeof value === "string" ? value : null;
    },

    async setMeta(key, value) {
      const d = await db();
      const tx = d.transaction(META, "readwrite");
      if (value === null) tx.objectStore(META).delete(key);
      else tx.objectStore(META).put(value, key);
      await done(tx);
    },
  };
}
