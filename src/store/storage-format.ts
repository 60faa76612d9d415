// What the app keeps in browser storage, and where. localStorage holds the settings ("meta"), the most
// recent conversations that fit a budget (one key each), and for every other conversation a small stub
// (title, size, revision) whose record lives in IndexedDB. Read synchronously at start, localStorage
// puts the recent conversations on the first screen; IndexedDB has room for the rest (see
// docs/performance.md, "Where conversations live", for the measurements behind the numbers below).
import * as z from "zod/mini";
import { chatDefaultsSchema, presetSchema, settingsSchema } from "./schema";
import type { ChatDefaults, Conversation, Preset, Settings } from "../domain/types";

export const STORAGE_PREFIX = "chat-studio";

/** What Chromium's localStorage holds per origin, in UTF-16 characters of keys and values (measured). */
export const LOCAL_STORAGE_QUOTA_CHARS = 5_242_880;
/** Conversations kept in localStorage, at most: the rest of its quota stays free for settings and backups. */
export const LOCAL_CONVERSATIONS_BUDGET_CHARS = 1_500_000;
/** A conversation larger than this always lives in IndexedDB (a 10 MB answer would fill localStorage). */
export const LOCAL_CONVERSATION_MAX_CHARS = 300_000;

export interface PersistedState {
  settings: Settings;
  conversations: Record<string, Conversation>;
  activeId: string | null;
  chatDefaults: ChatDefaults;
  presets: Preset[];
}

export type Location = "local" | "indexed";

export type StorageProblemCode =
  | "newer-version"
  | "migration-failed"
  | "migration-backup"
  | "local-unreadable"
  | "corrupt-settings"
  | "unreadable"
  | "missing-records"
  | "indexed-unavailable"
  | "unsaved"
  | "unsaved-earlier"
  | "draft-unsaved";

/** A problem as data; the screen that shows it puts it in words (app/storage-problem-text.ts). */
export interface StorageProblem {
  kind: "quota" | "corrupt" | "unavailable";
  /** What happened, and the problem's identity: reporting it again replaces it. */
  code: StorageProblemCode;
  count?: number;
  /** Titles of the conversations it is about. */
  titles?: string[];
  version?: number;
  reason?: string;
  /** "unsaved": the settings could not be saved either. */
  settings?: boolean;
}

export const storageKeys = (prefix: string) => ({
  meta: `${prefix}:meta`,
  conversation: (id: string) => `${prefix}:conv:${id}`,
  conversationPrefix: `${prefix}:conv:`,
  stub: (id: string) => `${prefix}:ref:${id}`,
  stubPrefix: `${prefix}:ref:`,
  backup: (what: string, at: number) => `${prefix}:backup:${at}:${what}`,
  backupPrefix: `${prefix}:backup:`,
  unsaved: `${prefix}:unsaved`,
  tail: (id: string) => `${prefix}:tail:${id}`,
  tailPrefix: `${prefix}:tail:`,
});

export type StorageKeys = ReturnType<typeof storageKeys>;

// Everything but the conversations lives in one small "meta" record.
export const metaSchema = z.object({
  version: z.optional(z.int()),
  settings: z.optional(settingsSchema),
  activeId: z.optional(z.nullable(z.string())),
  chatDefaults: z.optional(chatDefaultsSchema),
  presets: z.optional(z.array(presetSchema)),
});

/** A conversation whose record is in IndexedDB: enough to say which one is missing if the record is. */
export const stubSchema = z.object({
  rev: z.string(),
  title: z.string(),
  updatedAt: z.number(),
  chars: z.number(),
});
export type Stub = z.infer<typeof stubSchema>;

/** Conversations whose latest changes could not be saved (storage full), kept across reloads. */
export const unsavedSchema = z.object({
  items: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type UnsavedMarker = z.infer<typeof unsavedSchema>;

/**
 * What this tab knows is stored for one conversation. `conv` is the object in memory that equals the
 * stored copy (undefined when memory has something the store has not, e.g. after a migration); `raw`
 * (localStorage) or `rev` (IndexedDB) tells whether another tab has written since.
 */
export interface Known {
  conv?: Conversation;
  where: Location;
  raw?: string;
  rev?: string;
  chars: number;
  /** Characters of streaming text at the last write, while a reply streams. */
  streamed?: number;
}

/** A conversation as IndexedDB keeps it: its JSON text and the revision that wrote it. */
export interface IndexedRecord {
  id: string;
  rev: string;
  json: string;
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" || error.code === 22)
  );
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
