// Unsent composer content, per conversation and for the new chat: the text and the attached images.
// Each draft is its own localStorage key (`<prefix>:draft:<key>`), so saving one never rewrites the
// others and two tabs drafting in different conversations never overwrite each other. Keystrokes only
// touch memory; a save follows a short pause (and always on pagehide), and a draft is read from storage
// the first time its conversation is opened, so nothing here costs anything at start-up.
import * as z from "zod/mini";
import type { ImageRef } from "../domain/types";
import type { AttachError } from "../lib/images/attach-error";
import { imageRefSchema } from "./schema";

/** The draft of the chat that has no conversation yet. */
export const NEW_CHAT_DRAFT = "new";

/** An attached image: `ref` is set once it is prepared and stored; until then it shows as "Preparing…". */
export interface DraftImage {
  key: string;
  /** null for a pasted image, which has no file name. */
  name: string | null;
  ref?: ImageRef;
}

/** The part of a draft the composer re-renders for (the text stays in the uncontrolled textarea). */
export interface DraftAttachments {
  images: readonly DraftImage[];
  /** Why files were refused; shown until dismissed, never saved. */
  errors: readonly AttachError[];
}

const savedDraftSchema = z.object({
  text: z.string(),
  images: z.array(imageRefSchema),
  updatedAt: z.number(),
});

export type SavedDraft = z.infer<typeof savedDraftSchema>;

interface Draft {
  text: string;
  attachments: DraftAttachments;
  updatedAt: number;
}

export interface DraftStoreOptions {
  storage: Storage | null;
  prefix: string;
  now?: () => number;
  /** Runs `save` after a pause; returns a cancel function. */
  schedule?: (save: () => void) => () => void;
  onQuota?: () => void;
}

const EMPTY: DraftAttachments = { images: [], errors: [] };

let nextImageKey = 0;
export const newDraftImageKey = (): string => `img-${nextImageKey++}`;

const isEmpty = (d: Draft) => d.text.trim() === "" && d.attachments.images.length === 0;

export function createDraftStore(options: DraftStoreOptions) {
  const { storage, prefix } = options;
  const now = options.now ?? Date.now;
  const keyPrefix = `${prefix}:draft:`;
  const drafts = new Map<string, Draft>();
  const dirty = new Set<string>();
  const listeners = new Set<() => void>();
  let cancelSave: (() => void) | null = null;

  const emit = () => listeners.forEach((l) => l());

  function parse(raw: string | null): SavedDraft | null {
    if (raw === null) return null;
    try {
      return savedDraftSchema.parse(JSON.parse(raw));
    } catch {
      return null;
    }
  }

  function load(key: string): Draft {
    let draft = drafts.get(key);
    if (draft) return draft;
    draft = { text: "", attachments: EMPTY, updatedAt: 0 };
    try {
      const raw = storage?.getItem(keyPrefix + key) ?? null;
      const saved = parse(raw);
      if (saved) {
        draft = {
          text: saved.text,
          attachments: {
            images: saved.images.map((ref) => ({ key: newDraftImageKey(), name: ref.name ?? null, ref })),
            errors: [],
          },
          updatedAt: saved.updatedAt,
        };
      } else if (raw !== null) {
        // Unreadable: kept aside under a backup key rather than overwritten by the next save.
        storage?.setItem(`${prefix}:backup:${now()}:draft-${key}`, raw);
        storage?.removeItem(keyPrefix + key);
      }
    } catch {
      // Storage that cannot be read leaves an empty draft; the composer still works.
    }
    drafts.set(key, draft);
    return draft;
  }

  function save(): void {
    cancelSave = null;
    for (const key of dirty) {
      const draft = drafts.get(key);
      try {
        if (!draft || isEmpty(draft)) {
          storage?.removeItem(keyPrefix + key);
        } else {
          const images = draft.attachments.images.flatMap((d) => (d.ref ? [d.ref] : []));
          const saved: SavedDraft = { text: draft.text, images, updatedAt: draft.updatedAt };
          storage?.setItem(keyPrefix + key, JSON.stringify(saved));
        }
        dirty.delete(key);
      } catch {
        // Still in memory and still dirty: the next save tries again.
        options.onQuota?.();
        return;
      }
    }
  }

  function markDirty(key: string): void {
    dirty.add(key);
    if (!options.schedule) return save();
    cancelSave?.();
    cancelSave = options.schedule(save);
  }

  function update(key: string, change: (d: Draft) => Draft): void {
    const before = load(key);
    const after = { ...change(before), updatedAt: now() };
    drafts.set(key, after);
    markDirty(key);
    if (after.attachments !== before.attachments || isEmpty(after) !== isEmpty(before)) emit();
  }

  return {
    text: (key: string): string => load(key).text,

    setText(key: string, text: string): void {
      if (load(key).text !== text) update(key, (d) => ({ ...d, text }));
    },

    attachments: (key: string): DraftAttachments => load(key).attachments,

    updateAttachments(key: string, change: (a: DraftAttachments) => DraftAttachments): void {
      update(key, (d) => ({ ...d, attachments: change(d.attachments) }));
    },

    /** Empties a draft (its message was sent); its images now belong to the message. */
    clear(key: string): void {
      update(key, () => ({ text: "", attachments: EMPTY, updatedAt: 0 }));
    },

    /** Drops a draft altogether (its conversation is gone) and returns the images it held. */
    discard(key: string): ImageRef[] {
      const refs = [
        ...load(key).attachments.images.flatMap((d) => (d.ref ? [d.ref] : [])),
        ...(parse(storage?.getItem(keyPrefix + key) ?? null)?.images ?? []),
      ];
      drafts.delete(key);
      dirty.add(key);
      save();
      return refs;
    },

    /** Keys of every saved draft, this tab's and other tabs'. */
    savedKeys(): string[] {
      const keys = new Set<string>();
      try {
        for (let i = 0; i < (storage?.length ?? 0); i++) {
          const k = storage?.key(i);
          if (k?.startsWith(keyPrefix)) keys.add(k.slice(keyPrefix.length));
        }
      } catch {
        // Unreadable storage: only this tab's drafts are known.
      }
      for (const [key, draft] of drafts) if (!isEmpty(draft)) keys.add(key);
      return [...keys];
    },

    /** Every image id a draft refers to (also drafts saved by other tabs): the image clean-up keeps them. */
    imageIds(): Set<string> {
      const ids = new Set<string>();
      for (const draft of drafts.values()) {
        for (const d of draft.attachments.images) if (d.ref) ids.add(d.ref.id);
      }
      try {
        for (let i = 0; i < (storage?.length ?? 0); i++) {
          const k = storage?.key(i);
          if (!k?.startsWith(keyPrefix)) continue;
          for (const ref of parse(storage?.getItem(k) ?? null)?.images ?? []) ids.add(ref.id);
        }
      } catch {
        // Only what this tab holds is known.
      }
      return ids;
    },

    /** Whether any composer holds text or images not yet sent (images still being prepared included). */
    hasUnsent(): boolean {
      for (const draft of drafts.values()) if (!isEmpty(draft)) return true;
      return false;
    },

    /** Whether changes are waiting for the pause before they are saved. */
    hasUnsaved: (): boolean => dirty.size > 0,

    /** Saves now (the page is going away). */
    flush(): void {
      cancelSave?.();
      save();
    },

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
