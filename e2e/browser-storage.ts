// What the app keeps in the browser, read and written from a test the way another program (or a
// corrupted disk) would. Each function runs inside the page (page.evaluate), so it is self-contained.
import type { Page } from "@playwright/test";

export const DATA_DB = "chat-studio-data";
export const IMAGES_DB = "chat-studio-images";

export interface Seed {
  local?: Record<string, string>;
  /** Records of the conversations store: { id, rev, json } (or anything, to corrupt it). */
  records?: unknown[];
  /** Image ids to store, with their creation time (ms since epoch). */
  images?: { id: string; createdAt: number }[];
}

/** Opens a database the way the app does (creating its stores when missing). */
function openDb(name: string, stores: [string, IDBObjectStoreParameters?][]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      for (const [store, options] of stores) req.result.createObjectStore(store, options);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Writes the seed on a page of the app's origin before the app is loaded there. */
export async function seedStorage(page: Page, seed: Seed): Promise<void> {
  await page.goto("/favicon.svg");
  await page.evaluate(
    async ({ seed, openSource, dataDb, imagesDb }) => {
      const open = new Function(`return (${openSource})`)() as typeof openDb;
      for (const [key, value] of Object.entries(seed.local ?? {})) localStorage.setItem(key, value);
      const put = (db: IDBDatabase, store: string, values: [unknown, IDBValidKey?][]) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, "readwrite");
          for (const [value, key] of values) tx.objectStore(store).put(value, key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const data = await open(dataDb, [["conversations", { keyPath: "id" }], ["backups"], ["meta"]]);
      await put(
        data,
        "conversations",
        (seed.records ?? []).map((r) => [r]),
      );
      data.close();
      const images = await open(imagesDb, [["images"]]);
      await put(
        images,
        "images",
        (seed.images ?? []).map(({ id, createdAt }) => [
          { mime: "image/png", data: new Uint8Array([137, 80, 78, 71]).buffer, createdAt },
          id,
        ]),
      );
      images.close();
    },
    { seed, openSource: openDb.toString(), dataDb: DATA_DB, imagesDb: IMAGES_DB },
  );
}

/** Every key and value of one IndexedDB store (values as the app wrote them). */
export function readStore(page: Page, db: string, store: string): Promise<[string, unknown][]> {
  return page.evaluate(
    ({ db, store }) =>
      new Promise<[string, unknown][]>((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const d = req.result;
          if (!d.objectStoreNames.contains(store)) {
            d.close();
            resolve([]);
            return;
          }
          const out: [string, unknown][] = [];
          const cursor = d.transaction(store).objectStore(store).openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              d.close();
              resolve(out);
              return;
            }
            out.push([String(c.key), c.value instanceof ArrayBuffer ? "(bytes)" : c.value]);
            c.continue();
          };
        };
      }),
    { db, store },
  );
}

export async function imageIds(page: Page): Promise<string[]> {
  return (await readStore(page, IMAGES_DB, "images")).map(([id]) => id).sort();
}

/** The app's localStorage entries (keys starting with `chat-studio:`). */
export function localEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith("chat-studio:"))
        .sort()
        .map((k) => [k, localStorage.getItem(k) ?? ""]),
    ),
  );
}

/** Fills localStorage with another program's data until only `leave` characters are free. */
export function fillLocalStorage(page: Page, leave: number): Promise<number> {
  return page.evaluate((leave) => {
    let filled = 0;
    let size = 1_000_000;
    for (let i = 0; size >= 10; i++) {
      const key = `other-app:${i}`;
      try {
        localStorage.setItem(key, "x".repeat(size));
        filled += key.length + size;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    // Give back what the test wants free.
    let freed = 0;
    for (let i = 0; freed < leave; i++) {
      const key = `other-app:${i}`;
      const value = localStorage.getItem(key);
      if (value === null) continue;
      localStorage.removeItem(key);
      freed += key.length + value.length;
      filled -= key.length + value.length;
      if (freed > leave) {
        const keep = freed - leave - key.length;
        if (keep > 0) {
          localStorage.setItem(key, "x".repeat(keep));
          filled += key.length + keep;
        }
      }
    }
    return filled;
  }, leave);
}
