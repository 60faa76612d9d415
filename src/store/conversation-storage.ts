// A zustand PersistStorage that keeps each conversation under its own localStorage key, so a change
// writes only what changed, a reply that is streaming is not rewritten on every token, and two tabs
// writing different conversations never lose each other's writes.
import type { PersistStorage, StorageValue } from "zustand/middleware";
import * as z from "zod/mini";
import { chatDefaultsSchema, conversationSchema, presetSchema, settingsSchema } from "./schema";
import { defaultParamSettings } from "../domain/parameters";
import { mergeConversations } from "../domain/merge";
import type { ChatDefaults, Conversation, Preset, Settings } from "../domain/types";

export interface PersistedState {
  settings: Settings;
  conversations: Record<string, Conversation>;
  activeId: string | null;
  chatDefaults: ChatDefaults;
  presets: Preset[];
}

/** A storage problem as data: `kind` decides what the app may still do, `code` (with its values) what the user reads. */
export type StorageProblem =
  | { kind: "quota"; code: "quota" | "noRoomForBackup" }
  | { kind: "corrupt"; code: "settingsUnreadable" }
  | { kind: "corrupt"; code: "conversationsUnreadable"; count: number }
  | { kind: "unavailable"; code: "saveFailed"; detail: string }
  | { kind: "unavailable"; code: "unreadable" }
  | { kind: "unavailable"; code: "newerVersion"; version: number };

export type ExternalChange =
  | {
      type: "conversation";
      id: string;
      conversation: Conversation | null;
      /** What this tab last wrote or read for it: if that is still what the tab holds, it has no unsaved change. */
      previous: Conversation | undefined;
    }
  | { type: "meta"; settings: Settings; chatDefaults: ChatDefaults; presets: Preset[] };

export interface ConversationStorageOptions {
  storage: Storage;
  prefix: string;
  /** The stored format this build writes; older data is migrated (after a backup), newer data left untouched. */
  currentVersion: number;
  migrate: (state: unknown, fromVersion: number) => unknown;
  onProblem: (problem: StorageProblem) => void;
  /** Called after a successful write, so a reported quota problem can be cleared. */
  onWritten?: () => void;
  now?: () => number;
  /** Runs a write later (e.g. after the current task); without it, every change is written at once. */
  defer?: (write: () => void) => void;
}

export interface ConversationStorage extends PersistStorage<PersistedState> {
  /** Writes everything pending now, streaming conversations included (pagehide). */
  flush(): void;
  /** The same, after the current task, so a finished reply is on screen before it is saved. */
  flushSoon(): void;
  /** Reads a change another tab made (a `storage` event); null when it is not ours or nothing changed. */
  readExternal(key: string | null, newValue: string | null): ExternalChange | null;
  /** Tells the storage that `conv` (after a merge) is exactly what is stored, so it is not written back. */
  acknowledge(id: string, conv: Conversation): void;
}

export function defaultChatDefaults(): ChatDefaults {
  return { systemPrompt: "", params: defaultParamSettings(), extraBody: "" };
}

export const storageKeys = (prefix: string) => ({
  meta: `${prefix}:meta`,
  conversation: (id: string) => `${prefix}:conv:${id}`,
  conversationPrefix: `${prefix}:conv:`,
  backup: (what: string, at: number) => `${prefix}:backup:${at}:${what}`,
});

// Everything but the conversations lives in one small "meta" record.
const metaSchema = z.object({
  version: z.optional(z.int()),
  settings: z.optional(settingsSchema),
  activeId: z.optional(z.nullable(z.string())),
  chatDefaults: z.optional(chatDefaultsSchema),
  presets: z.optional(z.array(presetSchema)),
});

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" || error.code === 22)
  );
}

function streamingLength(conv: Conversation): number {
  let n = 0;
  for (const m of conv.messages) {
    if (m.status === "streaming") n += m.content.length + (m.reasoning?.length ?? 0);
  }
  return n;
}

export function createConversationStorage(options: ConversationStorageOptions): ConversationStorage {
  const { storage, onProblem } = options;
  const now = options.now ?? Date.now;
  const k = storageKeys(options.prefix);
  // What this tab last wrote or read, per conversation: the object (identity marks a change) and the
  // raw text (a different text in storage means another tab wrote since).
  const written = new Map<string, { conv: Conversation; raw: string }>();
  const writtenStreamLength = new Map<string, number>();
  let writtenMeta = "";
  let pending: StorageValue<PersistedState> | null = null;
  let deferred = false;
  // Set when the stored data is from a newer build: this tab must not overwrite it.
  let readOnly = false;

  function parseConversation(raw: string): Conversation | null {
    try {
      return conversationSchema.parse(JSON.parse(raw));
    } catch {
      return null;
    }
  }

  function backup(what: string, raw: string): boolean {
    try {
      storage.setItem(k.backup(what, now()), raw);
      return true;
    } catch {
      return false;
    }
  }

  function writeConversation(id: string, conv: Conversation): Conversation {
    const known = written.get(id);
    const current = storage.getItem(k.conversation(id));
    let toWrite = conv;
    if (current !== null && current !== known?.raw) {
      // Another tab wrote this conversation since we last saw it: merge instead of overwriting.
      const theirs = parseConversation(current);
      if (theirs) toWrite = mergeConversations(conv, theirs);
    }
    const raw = JSON.stringify(toWrite);
    storage.setItem(k.conversation(id), raw);
    written.set(id, { conv, raw });
    return toWrite;
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
        if (written.get(id)?.conv === conv) continue;
        if (!force && conv.messages.some((m) => m.status === "streaming")) {
          const streaming = streamingLength(conv);
          // Rewrite a growing reply only when it has tripled: the partial copies add up to at most 1.5x
          // its final size (doubling could reach 2x, so 3x in all with the final write), and a crash
          // mid-stream still keeps at least a third of what had arrived.
          const last = writtenStreamLength.get(id) ?? 0;
          if (streaming < Math.max(3 * last, 2048)) continue;
          writtenStreamLength.set(id, streaming);
        } else {
          writtenStreamLength.delete(id);
        }
        writeConversation(id, conv);
      }
      for (const id of [...written.keys()]) {
        if (!(id in conversations)) {
          storage.removeItem(k.conversation(id));
          written.delete(id);
        }
      }
      options.onWritten?.();
    } catch (error) {
      onProblem(
        isQuotaError(error)
          ? { kind: "quota", code: "quota" }
          : { kind: "unavailable", code: "saveFailed", detail: String(error) },
      );
    }
  }

  function readRaw(): { meta: unknown; metaRaw: string | null; convs: Map<string, string> } | null {
    try {
      const metaRaw = storage.getItem(k.meta);
      const convs = new Map<string, string>();
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(k.conversationPrefix)) continue;
        const raw = storage.getItem(key);
        if (raw !== null) convs.set(key, raw);
      }
      let meta: unknown = {};
      if (metaRaw !== null) {
        try {
          meta = JSON.parse(metaRaw);
        } catch {
          meta = undefined;
        }
      }
      return { meta, metaRaw, convs };
    } catch {
      onProblem({ kind: "unavailable", code: "unreadable" });
      readOnly = true;
      return null;
    }
  }

  return {
    getItem(): StorageValue<PersistedState> | null {
      const raw = readRaw();
      if (!raw) return null;
      const storedVersion =
        typeof (raw.meta as { version?: unknown } | undefined)?.version === "number"
          ? (raw.meta as { version: number }).version
          : options.currentVersion;
      if (storedVersion > options.currentVersion) {
        readOnly = true;
        onProblem({ kind: "unavailable", code: "newerVersion", version: storedVersion });
        return null;
      }

      let metaSource = raw.meta;
      let convSources: [string, unknown][] = [...raw.convs].map(([key, text]) => {
        try {
          return [key, JSON.parse(text)];
        } catch {
          return [key, undefined];
        }
      });
      if (storedVersion < options.currentVersion) {
        // Keep an exact copy of the old data before any migration touches it.
        const copy = JSON.stringify({ meta: raw.metaRaw, conversations: Object.fromEntries(raw.convs) });
        if (!backup(`v${storedVersion}`, copy)) {
          readOnly = true;
          onProblem({ kind: "quota", code: "noRoomForBackup" });
          return null;
        }
        const migrated = options.migrate(
          { meta: metaSource, conversations: convSources.map(([, v]) => v) },
          storedVersion,
        ) as { meta?: unknown; conversations?: unknown[] };
        metaSource = migrated.meta;
        convSources = (migrated.conversations ?? []).map((v, i) => [
          convSources[i]?.[0] ?? `migrated-${i}`,
          v,
        ]);
      }

      const meta = metaSchema.safeParse(metaSource);
      if (!meta.success && raw.metaRaw !== null) {
        backup("meta", raw.metaRaw);
        onProblem({ kind: "corrupt", code: "settingsUnreadable" });
      }
      const m = meta.success ? meta.data : {};
      if (meta.success && raw.metaRaw !== null && storedVersion === options.currentVersion)
        writtenMeta = raw.metaRaw;

      const conversations: Record<string, Conversation> = {};
      let unreadable = 0;
      for (const [key, source] of convSources) {
        const parsed = conversationSchema.safeParse(source);
        const text = raw.convs.get(key);
        if (parsed.success) {
          conversations[parsed.data.id] = parsed.data;
          if (text !== undefined && storedVersion === options.currentVersion) {
            written.set(parsed.data.id, { conv: parsed.data, raw: text });
          }
        } else {
          unreadable++;
          // Move the unreadable text aside so it is never overwritten, and never silently dropped.
          if (text !== undefined && backup(key.slice(k.conversationPrefix.length), text))
            storage.removeItem(key);
        }
      }
      if (unreadable > 0) {
        onProblem({ kind: "corrupt", code: "conversationsUnreadable", count: unreadable });
      }
      if (raw.metaRaw === null && Object.keys(conversations).length === 0) return null;
      return {
        version: options.currentVersion,
        state: {
          settings: m.settings ?? settingsSchema.parse({}),
          activeId: m.activeId ?? null,
          chatDefaults: m.chatDefaults ?? defaultChatDefaults(),
          presets: m.presets ?? [],
          conversations,
        },
      };
    },
    setItem(_name, value) {
      pending = value;
      if (!options.defer) {
        write(false);
        return;
      }
      // Several updates in one task make one write, and the write runs after the screen update.
      if (deferred) return;
      deferred = true;
      options.defer(() => {
        deferred = false;
        write(false);
      });
    },
    removeItem() {
      // Never used: the app deletes per conversation, through setItem.
    },
    flush() {
      write(true);
    },
    flushSoon() {
      if (!options.defer) return write(true);
      options.defer(() => write(true));
    },
    readExternal(key, newValue) {
      if (key === k.meta && newValue !== null) {
        if (newValue === writtenMeta) return null;
        try {
          const meta = metaSchema.parse(JSON.parse(newValue));
          if ((meta.version ?? options.currentVersion) > options.currentVersion) return null;
          return {
            type: "meta",
            settings: meta.settings ?? settingsSchema.parse({}),
            chatDefaults: meta.chatDefaults ?? defaultChatDefaults(),
            presets: meta.presets ?? [],
          };
        } catch {
          return null;
        }
      }
      if (!key?.startsWith(k.conversationPrefix)) return null;
      const id = key.slice(k.conversationPrefix.length);
      const previous = written.get(id);
      if (newValue === null) {
        written.delete(id);
        return { type: "conversation", id, conversation: null, previous: previous?.conv };
      }
      if (previous?.raw === newValue) return null;
      const conv = parseConversation(newValue);
      if (!conv) return null;
      written.set(id, { conv, raw: newValue });
      return { type: "conversation", id, conversation: conv, previous: previous?.conv };
    },
    acknowledge(id, conv) {
      const known = written.get(id);
      if (known && known.conv !== conv && JSON.stringify(conv) === known.raw)
        written.set(id, { conv, raw: known.raw });
    },
  };
}
