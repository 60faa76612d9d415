// A zustand PersistStorage that keeps each conversation under its own localStorage key, so a change
// writes only what changed, and a reply that is streaming is not rewritten on every token.
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { chatDefaultsSchema, conversationSchema, presetSchema, settingsSchema } from "./schema";
import type { ChatDefaults, Conversation, Preset, Settings } from "../domain/types";
import { defaultParamSettings } from "../domain/parameters";
import { z } from "zod";

export interface PersistedState {
  settings: Settings;
  conversations: Record<string, Conversation>;
  activeId: string | null;
  chatDefaults: ChatDefaults;
  presets: Preset[];
}

export function defaultChatDefaults(): ChatDefaults {
  return { systemPrompt: "", params: defaultParamSettings(), extraBody: "" };
}

// Everything but the conversations lives in one small "meta" record.
const metaSchema = z.object({
  version: z.number().int().optional(),
  settings: settingsSchema.optional(),
  activeId: z.string().nullable().optional(),
  chatDefaults: chatDefaultsSchema.optional(),
  presets: z.array(presetSchema).optional(),
});

export interface StorageProblem {
  kind: "quota" | "corrupt" | "unavailable";
  message: string;
}

export interface ConversationStorageOptions {
  storage: Storage;
  prefix: string;
  onProblem: (problem: StorageProblem) => void;
  /** Called after a successful write, so a reported problem can be cleared. */
  onWritten?: () => void;
  now?: () => number;
  /** The newest stored format this build understands; newer data is left untouched. */
  currentVersion: number;
}

export const keys = (prefix: string) => ({
  meta: `${prefix}:meta`,
  conversation: (id: string) => `${prefix}:conv:${id}`,
  conversationPrefix: `${prefix}:conv:`,
  backup: (what: string, at: number) => `${prefix}:backup:${at}:${what}`,
});

function isStreaming(conv: Conversation): boolean {
  return conv.messages.some((m) => m.status === "streaming");
}

function streamingLength(conv: Conversation): number {
  let n = 0;
  for (const m of conv.messages) {
    if (m.status === "streaming") n += m.content.length + (m.reasoning?.length ?? 0);
  }
  return n;
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" || error.code === 22)
  );
}

export interface ConversationStorage extends PersistStorage<PersistedState> {
  /** Writes everything pending now, streaming conversations included (completion, pagehide). */
  flush(): void;
}

export function createConversationStorage(options: ConversationStorageOptions): ConversationStorage {
  const { storage, prefix, onProblem } = options;
  const now = options.now ?? Date.now;
  const k = keys(prefix);
  // What this tab last wrote (or read), by reference: immutable updates make identity a change marker.
  const written = new Map<string, Conversation>();
  const writtenStreamLength = new Map<string, number>();
  let writtenMeta = "";
  let pending: StorageValue<PersistedState> | null = null;
  // Set when the stored data is from a newer build: this tab must not overwrite it.
  let readOnly = false;

  function backup(key: string, raw: string, what: string): void {
    try {
      storage.setItem(k.backup(what, now()), raw);
    } catch {
      // Without room for a copy, leaving the original key untouched is the backup.
      return;
    }
    storage.removeItem(key);
  }

  function write(force: boolean): void {
    const value = pending;
    if (!value || readOnly) return;
    const { settings, conversations, activeId, chatDefaults, presets } = value.state;
    try {
      const meta = JSON.stringify({ version: value.version, settings, activeId, chatDefaults, presets });
      if (meta !== writtenMeta) {
        storage.setItem(k.meta, meta);
        writtenMeta = meta;
      }
      for (const [id, conv] of Object.entries(conversations)) {
        if (written.get(id) === conv) continue;
        if (!force && isStreaming(conv)) {
          // Rewrite a growing reply only when it has doubled: total writes stay within ~2x its final size.
          const length = streamingLength(conv);
          const last = writtenStreamLength.get(id) ?? 0;
          if (length < Math.max(2 * last, 2048)) continue;
          writtenStreamLength.set(id, length);
        } else {
          writtenStreamLength.delete(id);
        }
        storage.setItem(k.conversation(id), JSON.stringify(conv));
        written.set(id, conv);
      }
      for (const id of [...written.keys()]) {
        if (!(id in conversations)) {
          storage.removeItem(k.conversation(id));
          written.delete(id);
        }
      }
      options.onWritten?.();
    } catch (error) {
      if (isQuotaError(error)) {
        onProblem({
          kind: "quota",
          message:
            "Browser storage is full, so recent changes are not saved yet (they are still open here). Export your conversations, then delete old chats to free space.",
        });
      } else {
        onProblem({ kind: "unavailable", message: `Saving failed: ${String(error)}` });
      }
    }
  }

  return {
    getItem(): StorageValue<PersistedState> | null {
      let metaRaw: string | null;
      try {
        metaRaw = storage.getItem(k.meta);
      } catch {
        onProblem({ kind: "unavailable", message: "Browser storage cannot be read; nothing will be saved." });
        return null;
      }
      let version = 1;
      let settings = settingsSchema.parse({});
      let activeId: string | null = null;
      let chatDefaults = defaultChatDefaults();
      let presets: Preset[] = [];
      if (metaRaw !== null) {
        try {
          const meta = metaSchema.parse(JSON.parse(metaRaw));
          version = meta.version ?? 1;
          if (version > options.currentVersion) {
            readOnly = true;
            onProblem({
              kind: "unavailable",
              message: `Your conversations were saved by a newer version of this app (format v${version}). Reload to get the newer version; this tab will not save changes so nothing is overwritten.`,
            });
            return null;
          }
          settings = meta.settings ?? settings;
          activeId = meta.activeId ?? null;
          chatDefaults = meta.chatDefaults ?? chatDefaults;
          presets = meta.presets ?? [];
          writtenMeta = metaRaw;
        } catch {
          backup(k.meta, metaRaw, "meta");
          onProblem({
            kind: "corrupt",
            message:
              "Saved settings could not be read; defaults are used and the old data was kept as a backup.",
          });
        }
      }
      const conversations: Record<string, Conversation> = {};
      const unreadable: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(k.conversationPrefix)) continue;
        const raw = storage.getItem(key);
        if (raw === null) continue;
        try {
          const conv = conversationSchema.parse(JSON.parse(raw));
          conversations[conv.id] = conv;
          written.set(conv.id, conv);
        } catch {
          unreadable.push(key);
        }
      }
      for (const key of unreadable) {
        const raw = storage.getItem(key);
        if (raw !== null) backup(key, raw, key.slice(k.conversationPrefix.length));
      }
      if (unreadable.length > 0) {
        onProblem({
          kind: "corrupt",
          message: `${unreadable.length} saved conversation${unreadable.length === 1 ? "" : "s"} could not be read. The data was kept under a backup key in browser storage; nothing was deleted.`,
        });
      }
      if (metaRaw === null && Object.keys(conversations).length === 0) return null;
      return { state: { settings, conversations, activeId, chatDefaults, presets }, version };
    },
    setItem(_name, value) {
      pending = value;
      write(false);
    },
    removeItem() {
      // The app never clears all storage at once; deleting is per conversation, through setItem.
    },
    flush() {
      write(true);
    },
  };
}
