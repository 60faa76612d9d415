// Pure reading of stored records: raw text in, state + problems + backups out. Nothing here touches the
// browser; the adapter hands over what it read and writes the backups this returns. Every stored
// conversation goes through the same path as an imported one: schema, then repair.
import { conversationSchema, settingsSchema } from "./schema";
import { repairConversation } from "../domain/repair";
import { defaultParamSettings } from "../domain/parameters";
import type { ChatDefaults, Conversation } from "../domain/types";
import {
  metaSchema,
  parseJson,
  stubSchema,
  unsavedSchema,
  type IndexedRecord,
  type Known,
  type PersistedState,
  type StorageKeys,
  type StorageProblem,
  type Stub,
  type UnsavedMarker,
} from "./storage-format";
import { problem } from "./storage-problems";

/**
 * The migration chain (store/migrations.ts): takes `{ meta, conversations }` as stored by `fromVersion`
 * and returns it in the current format. Stored records and imported files go through the same chain.
 */
export type Migrate = (
  state: { meta?: unknown; conversations: unknown[] },
  fromVersion: number,
) => Record<string, unknown>;

function migratedList(migrated: Record<string, unknown>): unknown[] {
  return Array.isArray(migrated.conversations) ? (migrated.conversations as unknown[]) : [];
}

export interface ReadContext {
  keys: StorageKeys;
  currentVersion: number;
  migrate: Migrate;
  now: number;
}

/** A raw text to keep aside under `key`; `from` (a localStorage key) is removed once the copy is written. */
export interface Backup {
  key: string;
  text: string;
  from?: string;
  /** A migration's copy: without it the migrated record must not be written. */
  required?: boolean;
}

export interface LocalRead {
  /** Null when nothing is stored yet, or when nothing may be read (newer version, storage unreadable). */
  state: PersistedState | null;
  /** The stored data must not be written over: it is from a newer version, or storage cannot be read. */
  readOnly: boolean;
  storedVersion: number;
  known: Map<string, Known>;
  stubs: Map<string, Stub>;
  /** The meta text as stored, when memory matches it (so it is not rewritten for nothing). */
  writtenMeta: string | null;
  problems: StorageProblem[];
  backups: Backup[];
  /** Conversations that could not be read (moved to backups). */
  unreadable: number;
  /** Texts of earlier backups: images they mention are never collected. */
  backupTexts: string[];
  unsaved: UnsavedMarker["items"];
}

export function defaultChatDefaults(): ChatDefaults {
  return { systemPrompt: "", params: defaultParamSettings(), extraBody: "" };
}

/** Schema, then repair: the one way a conversation from storage or a file becomes data. */
export function reviveConversation(value: unknown): Conversation | null {
  const parsed = conversationSchema.safeParse(value);
  return parsed.success ? repairConversation(parsed.data).conversation : null;
}

/** Another tab's copy, as it is: a reply it is streaming stays streaming here too. */
export function parseConversationText(text: string): Conversation | null {
  const parsed = conversationSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}

function storedVersionOf(meta: unknown, fallback: number): number {
  const version = (meta as { version?: unknown } | undefined)?.version;
  return typeof version === "number" && Number.isInteger(version) ? version : fallback;
}

/** Reads every localStorage entry of the app (keys with the app's prefix). */
export function readLocal(entries: Iterable<readonly [string, string]>, ctx: ReadContext): LocalRead {
  const { keys, currentVersion, now } = ctx;
  let metaRaw: string | null = null;
  const convTexts = new Map<string, string>();
  const stubs = new Map<string, Stub>();
  const backupTexts: string[] = [];
  const backups: Backup[] = [];
  const problems: StorageProblem[] = [];
  let unsaved: UnsavedMarker["items"] = [];
  for (const [key, text] of entries) {
    if (key === keys.meta) metaRaw = text;
    else if (key.startsWith(keys.conversationPrefix))
      convTexts.set(key.slice(keys.conversationPrefix.length), text);
    else if (key.startsWith(keys.backupPrefix)) backupTexts.push(text);
    else if (key === keys.unsaved) unsaved = unsavedSchema.safeParse(parseJson(text)).data?.items ?? [];
    else if (key.startsWith(keys.stubPrefix)) {
      const stub = stubSchema.safeParse(parseJson(text));
      const id = key.slice(keys.stubPrefix.length);
      // An unreadable stub still names a record in IndexedDB: a placeholder keeps it counted.
      stubs.set(id, stub.success ? stub.data : { rev: "", title: id, updatedAt: 0, chars: 0 });
    }
  }
  if (unsaved.length > 0) problems.push(problem.unsavedEarlier(unsaved));

  const metaValue = metaRaw === null ? {} : parseJson(metaRaw);
  const storedVersion = storedVersionOf(metaValue, currentVersion);
  const empty = {
    known: new Map<string, Known>(),
    stubs,
    writtenMeta: null,
    backupTexts,
    unsaved,
    storedVersion,
  };
  if (storedVersion > currentVersion) {
    problems.push(problem.newerVersion(storedVersion));
    return { ...empty, state: null, readOnly: true, problems, backups: [], unreadable: 0 };
  }

  let metaSource: unknown = metaValue;
  let sources: [string, unknown][] = [...convTexts].map(([id, text]) => [id, parseJson(text)]);
  if (storedVersion < currentVersion) {
    let migrated: ReturnType<Migrate>;
    try {
      migrated = ctx.migrate({ meta: metaSource, conversations: sources.map(([, v]) => v) }, storedVersion);
    } catch (error) {
      problems.push(problem.migrationFailed(error instanceof Error ? error.message : String(error)));
      return { ...empty, state: null, readOnly: true, problems, backups: [], unreadable: 0 };
    }
    metaSource = migrated.meta;
    const list = migratedList(migrated);
    sources = sources.map(([id], i) => [id, list[i]]);
  }

  const meta = metaSchema.safeParse(metaSource);
  if (!meta.success && metaRaw !== null) {
    backups.push({ key: keys.backup("meta", now), text: metaRaw });
    problems.push(problem.corruptSettings());
  }
  const m = meta.success ? meta.data : {};

  const conversations: Record<string, Conversation> = {};
  const known = new Map<string, Known>();
  let unreadable = 0;
  for (const [key, source] of sources) {
    const text = convTexts.get(key) ?? "";
    const conv = reviveConversation(source);
    if (!conv) {
      unreadable++;
      // Moved aside so it is never overwritten, and never silently dropped.
      backups.push({ key: keys.backup(key, now), text, from: keys.conversation(key) });
      continue;
    }
    conversations[conv.id] = conv;
    const migratedChanged = storedVersion < currentVersion && JSON.stringify(source) !== text;
    if (migratedChanged) {
      backups.push({ key: keys.backup(`v${storedVersion}-${key}`, now), text, required: true });
    }
    // `conv` undefined: memory differs from the stored text, so the next save writes it.
    known.set(conv.id, {
      conv: migratedChanged ? undefined : conv,
      where: "local",
      raw: text,
      chars: text.length,
    });
  }
  if (unreadable > 0) problems.push(problem.unreadable(unreadable));

  const nothingStored = metaRaw === null && convTexts.size === 0 && stubs.size === 0;
  return {
    state: nothingStored
      ? null
      : {
          settings: m.settings ?? settingsSchema.parse({}),
          activeId: m.activeId ?? null,
          chatDefaults: m.chatDefaults ?? defaultChatDefaults(),
          presets: m.presets ?? [],
          conversations,
        },
    readOnly: false,
    storedVersion,
    known,
    stubs,
    writtenMeta: meta.success && storedVersion === currentVersion ? metaRaw : null,
    problems,
    backups,
    unreadable,
    backupTexts,
    unsaved,
  };
}

export interface IndexedBatch {
  conversations: Conversation[];
  known: Map<string, Known>;
  /** Records that could not be read: moved to the backup store by the adapter. */
  unreadable: IndexedRecord[];
  /** Migrated records whose old text must be kept first. */
  backups: Backup[];
}

/** Reads a batch of IndexedDB records (the adapter reads them in slices so no task is long). */
export function readIndexedBatch(
  records: readonly IndexedRecord[],
  ctx: ReadContext & { storedVersion: number },
): IndexedBatch {
  const out: IndexedBatch = { conversations: [], known: new Map(), unreadable: [], backups: [] };
  const parsed = records.map((r) => parseJson(r.json));
  const sources =
    ctx.storedVersion < ctx.currentVersion
      ? migratedList(ctx.migrate({ conversations: parsed }, ctx.storedVersion))
      : parsed;
  records.forEach((record, i) => {
    const conv = reviveConversation(sources[i]);
    if (!conv || conv.id !== record.id) {
      out.unreadable.push(record);
      return;
    }
    const changed = sources[i] !== parsed[i] && JSON.stringify(sources[i]) !== record.json;
    if (changed) {
      out.backups.push({
        key: ctx.keys.backup(`v${ctx.storedVersion}-${record.id}`, ctx.now),
        text: record.json,
        required: true,
      });
    }
    out.conversations.push(conv);
    out.known.set(conv.id, {
      conv: changed ? undefined : conv,
      where: "indexed",
      rev: record.rev,
      chars: record.json.length,
    });
  });
  return out;
}

/** Stubs whose record was not found, once every record has been read. */
export function missingRecords(
  stubs: ReadonlyMap<string, Stub>,
  found: ReadonlySet<string>,
  keys: StorageKeys,
  now: number,
): { backups: Backup[]; problem: StorageProblem | null } {
  const missing = [...stubs].filter(([id]) => !found.has(id));
  if (missing.length === 0) return { backups: [], problem: null };
  return {
    // The stub moves to a backup key: reported once, kept for good.
    backups: missing.map(([id, stub]) => ({
      key: keys.backup(`missing-${id}`, now),
      text: JSON.stringify(stub),
      from: keys.stub(id),
    })),
    problem: problem.missingRecords(missing.map(([, s]) => s.title)),
  };
}
