// Image bytes live in IndexedDB, keyed by id; messages in localStorage hold only ImageRefs. A few
// photos as base64 would fill localStorage's ~5 MB quota, while IndexedDB is sized for this.
import { createStore, del, get, keys, set, type UseStore } from "idb-keyval";
import { pathTo } from "../domain/conversation";
import { newId } from "../domain/ids";
import type { Conversation, ImageRef } from "../domain/types";
import { parseDataUrl, toDataUrl } from "../lib/images/data-url";
import { sniffImageType } from "../lib/images/sniff";

export interface StoredImage {
  mime: string;
  /** Bytes, not a Blob: some browsers have refused Blobs in IndexedDB, and unit tests have no Blob store. */
  data: ArrayBuffer;
  createdAt: number;
}

export interface ImageBackend {
  get(id: string): Promise<StoredImage | undefined>;
  set(id: string, value: StoredImage): Promise<void>;
  delete(id: string): Promise<void>;
  keys(): Promise<string[]>;
}

export function memoryBackend(): ImageBackend {
  const map = new Map<string, StoredImage>();
  return {
    get: async (id) => map.get(id),
    set: async (id, value) => void map.set(id, value),
    delete: async (id) => void map.delete(id),
    keys: async () => [...map.keys()],
  };
}

function idbBackend(store: UseStore): ImageBackend {
  return {
    get: (id) => get<StoredImage>(id, store),
    set: (id, value) => set(id, value, store),
    delete: (id) => del(id, store),
    keys: async () => (await keys(store)).map(String),
  };
}

/**
 * IndexedDB when it works, memory otherwise (disabled storage, some private modes): the app keeps working
 * for the session instead of failing every attach. The database opens on first use, not on import.
 */
function browserBackend(): ImageBackend {
  const fallback = memoryBackend();
  let primary: ImageBackend | null | undefined;
  const open = (): ImageBackend | null => {
    if (primary !== undefined) return primary;
    try {
      primary =
        typeof indexedDB === "undefined" ? null : idbBackend(createStore("chat-studio-images", "images"));
    } catch {
      primary = null;
    }
    return primary;
  };
  const withFallback =
    <A extends unknown[], R>(op: (b: ImageBackend) => (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const backend = open();
      if (backend) {
        try {
          return await op(backend)(...args);
        } catch (error) {
          // A full disk is worth reporting; an IndexedDB that cannot open at all is not coming back.
          if (error instanceof DOMException && error.name === "QuotaExceededError") throw error;
          primary = null;
        }
      }
      return op(fallback)(...args);
    };
  return {
    get: withFallback((b) => b.get),
    set: withFallback((b) => b.set),
    delete: withFallback((b) => b.delete),
    keys: withFallback((b) => b.keys),
  };
}

/** An image as an export file carries it (see docs/export-format.md). */
export interface ExportedImage {
  mime: string;
  width: number;
  height: number;
  dataUrl: string;
}

/** Every image id any message of these conversations refers to. */
export function referencedImageIds(conversations: Iterable<Conversation>): Set<string> {
  const ids = new Set<string>();
  for (const conv of conversations) {
    for (const m of conv.messages) for (const image of m.images ?? []) ids.add(image.id);
  }
  return ids;
}

export function createImageStore(backend: ImageBackend, now: () => number = Date.now) {
  async function bytes(id: string): Promise<{ mime: string; bytes: Uint8Array } | undefined> {
    const stored = await backend.get(id);
    return stored && { mime: stored.mime, bytes: new Uint8Array(stored.data) };
  }

  async function dataUrl(id: string): Promise<string | undefined> {
    const found = await bytes(id);
    return found && toDataUrl(found.mime, found.bytes);
  }

  return {
    async save(
      data: Blob | ArrayBuffer,
      meta: { mime: string; width: number; height: number; name?: string },
      id: string = newId("img"),
    ): Promise<ImageRef> {
      const buffer = data instanceof ArrayBuffer ? data : await data.arrayBuffer();
      await backend.set(id, { mime: meta.mime, data: buffer, createdAt: now() });
      return { id, ...meta, bytes: buffer.byteLength };
    },

    bytes,

    async blob(id: string): Promise<Blob | undefined> {
      const found = await bytes(id);
      return found && new Blob([found.bytes as Uint8Array<ArrayBuffer>], { type: found.mime });
    },

    dataUrl,

    has: async (id: string): Promise<boolean> => (await backend.get(id)) !== undefined,

    /**
     * The data URLs buildRequest needs for the branch ending at `parentId`. An image missing from storage
     * (cleared by the browser, say) is left out of the map, so the request goes without it.
     */
    async resolve(conv: Conversation, parentId: string): Promise<Map<string, string>> {
      const ids = new Set<string>();
      for (const m of pathTo(conv, parentId)) for (const image of m.images ?? []) ids.add(image.id);
      const urls = new Map<string, string>();
      await Promise.all(
        [...ids].map(async (id) => {
          const url = await dataUrl(id).catch(() => undefined);
          if (url) urls.set(id, url);
        }),
      );
      return urls;
    },

    /** The images these conversations refer to, as data URLs for an export file; missing ones are left out. */
    async exportImages(conversations: Iterable<Conversation>): Promise<Record<string, ExportedImage>> {
      const refs = new Map<string, ImageRef>();
      for (const conv of conversations) {
        for (const m of conv.messages) for (const ref of m.images ?? []) refs.set(ref.id, ref);
      }
      const out: Record<string, ExportedImage> = {};
      for (const [id, ref] of refs) {
        const found = await bytes(id).catch(() => undefined);
        if (!found) continue;
        out[id] = {
          mime: found.mime,
          width: ref.width,
          height: ref.height,
          dataUrl: toDataUrl(found.mime, found.bytes),
        };
      }
      return out;
    },

    /**
     * Stores an import's images under their own ids, so the imported messages find them. Only images that
     * really are one of the supported types are kept; an id already stored here holds the same image.
     */
    async restoreImages(
      images: Readonly<Record<string, ExportedImage>>,
    ): Promise<{ restored: number; skipped: number }> {
      let restored = 0;
      let skipped = 0;
      for (const [id, image] of Object.entries(images)) {
        const parsed = parseDataUrl(image.dataUrl);
        const mime = parsed && sniffImageType(parsed.bytes);
        if (!parsed || !mime) {
          skipped++;
          continue;
        }
        if (await backend.get(id)) continue;
        const { buffer } = parsed.bytes.slice();
        await backend.set(id, { mime, data: buffer, createdAt: now() });
        restored++;
      }
      return { restored, skipped };
    },

    async remove(ids: Iterable<string>): Promise<void> {
      await Promise.all([...ids].map((id) => backend.delete(id)));
    },

    /**
     * Deletes images `inUse` does not claim. `graceMs` spares recent ones: an image attached in a
     * composer (this tab or another) is stored before the message that refers to it exists.
     */
    async collect(inUse: (id: string) => boolean, graceMs: number): Promise<number> {
      let removed = 0;
      for (const id of await backend.keys()) {
        if (inUse(id)) continue;
        const stored = await backend.get(id);
        if (stored && now() - stored.createdAt < graceMs) continue;
        await backend.delete(id);
        removed++;
      }
      return removed;
    },
  };
}

export type ImageStore = ReturnType<typeof createImageStore>;

export let imageStore: ImageStore = createImageStore(browserBackend());

/** Tests swap in a memory store; the app never calls this. */
export function setImageStore(store: ImageStore): void {
  imageStore = store;
}
