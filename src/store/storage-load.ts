// Start-up reading: localStorage at once (the first screen shows the recent conversations and any
// problem), then IndexedDB in slices, so no task is long. Problems are data from the reader, reported
// when they are found; backups are written before anything else is.
import { mergeConversations } from "../domain/merge";
import type { Conversation } from "../domain/types";
import type { IndexedStore } from "./indexed-db";
import type { LocalArea, Persistence, PersistenceHost } from "./persistence";
import {
  parseJson,
  unsavedSchema,
  type IndexedRecord,
  type PersistedState,
  type StorageKeys,
  type Stub,
} from "./storage-format";
import {
  missingRecords,
  readIndexedBatch,
  readLocal,
  type Backup,
  type LocalRead,
  type ReadContext,
} from "./storage-reader";
import { problem } from "./storage-problems";
import { applyTail, parseTail } from "./tails";

export interface LoadHost extends PersistenceHost {
  hydrate(state: PersistedState | null): void;
  /** Conversations read from IndexedDB, one store update per slice. */
  addConversations(list: Conversation[]): void;
  setLoading(loading: boolean): void;
}

export interface LoadContext {
  local: LocalArea;
  indexed: IndexedStore | null;
  keys: StorageKeys;
  read: Omit<ReadContext, "now">;
  persistence: Persistence;
  host: LoadHost;
  now: () => number;
  /** Resolves once the first screen is drawn (tests: at once). */
  afterFirstPaint: () => Promise<void>;
}

/** What start-up found, for the image clean-up: it may only run when everything was read. */
export interface LoadOutcome {
  complete: boolean;
  /** Texts of every backup: an image they mention is kept. */
  backupTexts: string[];
}

function localEntries(local: LocalArea, prefix: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < local.length; i++) {
    const key = local.key(i);
    if (!key?.startsWith(`${prefix}:`)) continue;
    const value = local.getItem(key);
    if (value !== null) out.push([key, value]);
  }
  return out;
}

/**
 * Writes backups: to localStorage, or IndexedDB when localStorage is full. The original key is removed
 * only once its copy is written. Resolves false if a migration's copy could not be written anywhere.
 */
function writeBackups(ctx: LoadContext, backups: readonly Backup[]): Promise<boolean> {
  const late: Backup[] = [];
  for (const b of backups) {
    try {
      ctx.local.setItem(b.key, b.text);
      if (b.from) ctx.local.removeItem(b.from);
    } catch {
      late.push(b);
    }
  }
  if (late.length === 0) return Promise.resolve(true);
  return (async () => {
    let ok = true;
    for (const b of late) {
      try {
        if (!ctx.indexed) throw new Error("no IndexedDB");
        await ctx.indexed.putBackup(b.key, b.text);
        if (b.from) ctx.local.removeItem(b.from);
      } catch {
        if (b.required) ok = false;
      }
    }
    return ok;
  })();
}

/** Reads localStorage and puts it on screen; saving starts once the backups are written. */
export function startFromLocal(ctx: LoadContext, prefix: string): LocalRead | null {
  const { host, persistence } = ctx;
  let entries: [string, string][];
  try {
    entries = localEntries(ctx.local, prefix);
  } catch {
    host.report(problem.localUnreadable());
    persistence.begin({ writtenMeta: null, readOnly: true, earlier: [] });
    return null;
  }
  const read = readLocal(entries, { ...ctx.read, now: ctx.now() });
  for (const [id, k] of read.known) persistence.known.set(id, k);
  host.hydrate(read.state);
  for (const p of read.problems) host.report(p);
  const begin = () =>
    persistence.begin({ writtenMeta: read.writtenMeta, readOnly: read.readOnly, earlier: read.unsaved });
  if (read.readOnly) {
    begin();
    return read;
  }
  const written = writeBackups(ctx, read.backups);
  void written.then((ok) => {
    begin();
    if (!ok) {
      persistence.setReadOnly();
      host.report(problem.noRoomForMigrationBackup());
    } else persistence.schedule();
  });
  for (const b of read.backups) read.backupTexts.push(b.text);
  return read;
}

const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Main-thread time spent reading before yielding to the page. */
const SLICE_MS = 12;
/** How often conversations read so far are added to the store. */
const SHOW_EVERY_MS = 300;

function currentStubs(ctx: LoadContext): Map<string, Stub> {
  const stubs = new Map<string, Stub>();
  for (const [key, text] of localEntries(ctx.local, ctx.keys.stubPrefix.slice(0, -1))) {
    if (!key.startsWith(ctx.keys.stubPrefix)) continue;
    const stub = parseJson(text) as Partial<Stub> | undefined;
    stubs.set(key.slice(ctx.keys.stubPrefix.length), {
      rev: String(stub?.rev ?? ""),
      title: typeof stub?.title === "string" ? stub.title : key.slice(ctx.keys.stubPrefix.length),
      updatedAt: Number(stub?.updatedAt ?? 0),
      chars: Number(stub?.chars ?? 0),
    });
  }
  return stubs;
}

/** Reads every conversation IndexedDB holds (the open one first) and adds it to what is on screen. */
export async function loadIndexed(ctx: LoadContext, read: LocalRead): Promise<LoadOutcome> {
  const { indexed, host, persistence, keys } = ctx;
  const texts = [...read.backupTexts];
  if (read.readOnly) return { complete: false, backupTexts: texts };
  if (!indexed) {
    if (read.stubs.size > 0) {
      host.report(problem.indexedUnavailable(read.stubs.size, "this browser does not offer IndexedDB here"));
    }
    return { complete: read.stubs.size === 0, backupTexts: texts };
  }
  host.setLoading(true);
  // What an earlier page saved here while its IndexedDB write was still under way.
  const tails = new Map<string, string>();
  for (const [key, text] of localEntries(ctx.local, keys.tailPrefix.slice(0, -1))) {
    if (!key.startsWith(keys.tailPrefix)) continue;
    const id = key.slice(keys.tailPrefix.length);
    tails.set(id, text);
    texts.push(text);
    persistence.tails.found(id);
  }
  const found = new Set<string>();
  let unreadable = read.unreadable;
  // Read conversations reach the store together, a few times a second at most: each update redraws
  // the sidebar, and twenty redraws of a growing list would cost more than the reading itself.
  let pending: Conversation[] = [];
  let shownAt = performance.now();
  const show = () => {
    if (pending.length > 0) host.addConversations(pending);
    pending = [];
    shownAt = performance.now();
  };
  const applyGroup = async (records: IndexedRecord[]) => {
    const batch = readIndexedBatch(records, {
      ...ctx.read,
      now: ctx.now(),
      storedVersion: read.storedVersion,
    });
    for (const b of batch.backups) await indexed.putBackup(b.key, b.text);
    if (batch.unreadable.length > 0) {
      const moved = batch.unreadable.map((r) => ({
        id: r.id,
        key: keys.backup(r.id, ctx.now()),
        text: r.json,
      }));
      await indexed.moveToBackups(moved);
      for (const m of moved) {
        texts.push(m.text);
        // Reported once: its stub goes too, so the next start does not call the record missing.
        ctx.local.removeItem(keys.stub(m.id));
      }
      unreadable += moved.length;
      host.report(problem.unreadable(unreadable));
    }
    for (const record of batch.conversations) {
      found.add(record.id);
      persistence.tails.stored({ id: record.id, conv: record }, "indexed");
      const tail = parseTail(tails.get(record.id) ?? "");
      const conv = tail ? applyTail(record, tail) : record;
      const stored = batch.known.get(conv.id);
      // With a tail, memory holds more than the record: the next save writes it.
      const k = stored && conv !== record ? { ...stored, conv: undefined } : stored;
      const existing = host.getState().conversations[conv.id];
      if (existing) {
        // Also in localStorage (a move cut short) or already changed here: both kept, saved once more.
        host.applyConversation(conv.id, mergeConversations(existing, conv));
        if (k) persistence.known.set(conv.id, { ...k, conv: undefined });
      } else {
        pending.push(conv);
        if (k) persistence.known.set(conv.id, k);
      }
    }
  };
  /** Parses and checks records in slices of about SLICE_MS, yielding between them. */
  const apply = async (records: IndexedRecord[]) => {
    let start = 0;
    while (start < records.length) {
      const began = performance.now();
      let end = start;
      while (end < records.length && performance.now() - began < SLICE_MS) {
        await applyGroup(records.slice(end, end + 1).filter((r) => !found.has(r.id)));
        end++;
      }
      start = end;
      if (performance.now() - shownAt > SHOW_EVERY_MS) show();
      await yieldToMain();
    }
  };
  try {
    const activeId = host.getState().activeId;
    if (activeId && read.stubs.has(activeId)) {
      const record = await indexed.get(activeId);
      if (record) await apply([record]);
      show();
    }
    // The rest once the first screen is drawn.
    await ctx.afterFirstPaint();
    await indexed.readAll(apply);
    show();
    const marker = unsavedSchema.safeParse(parseJson((await indexed.getMeta("unsaved")) ?? "")).data;
    if (marker && marker.items.length > 0 && read.unsaved.length === 0) {
      persistence.addEarlier(marker.items);
      host.report(problem.unsavedEarlier(marker.items));
    }
    texts.push(...(await indexed.backupTexts()));
    // A stub without its record: checked once more, since another tab may have just written it.
    const stubs = currentStubs(ctx);
    for (const id of stubs.keys()) {
      if (!found.has(id) && (await indexed.get(id))) found.add(id);
    }
    const missing = missingRecords(stubs, found, keys, ctx.now());
    if (missing.problem) {
      host.report(missing.problem);
      await writeBackups(ctx, missing.backups);
      for (const b of missing.backups) texts.push(b.text);
    }
    return { complete: true, backupTexts: texts };
  } catch (error) {
    // Nothing listed there: nothing to say yet (a save that fails there will say so).
    if (read.stubs.size > 0) {
      host.report(
        problem.indexedUnavailable(read.stubs.size, error instanceof Error ? error.message : String(error)),
      );
    }
    return { complete: false, backupTexts: texts };
  } finally {
    host.setLoading(false);
    persistence.schedule();
  }
}
