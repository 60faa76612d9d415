// Saving: runs the write plan against the browser. localStorage writes happen at once (so a page that is
// going away still saves them); IndexedDB writes are conditional and asynchronous. A write that fails
// never stops the others: a conversation that does not fit localStorage goes to IndexedDB, and one
// that fits nowhere is named in a problem (and in a marker read after a reload) until it is saved.
import type { Conversation } from "../domain/types";
import {
  externalAction,
  indexedAction,
  readMetaChange,
  reconcile,
  signalOf,
  type MetaChange,
} from "./cross-tab";
import type { IndexedStore } from "./indexed-db";
import { writeIndexedJobs } from "./indexed-writes";
import { createTails } from "./tails";
import { createUnsavedTracker } from "./unsaved";
import {
  parseJson,
  stubSchema,
  type Known,
  type PersistedState,
  type StorageKeys,
  type StorageProblem,
  type StorageProblemCode,
  type Stub,
  type UnsavedMarker,
} from "./storage-format";
import {
  knownAfter,
  planCycle,
  planMeta,
  shownAfterMerge,
  stubFor,
  toIndexedInstead,
  type Placement,
  type WriteJob,
} from "./write-plan";

const UNKNOWN_STUB: Stub = { rev: "", title: "", updatedAt: 0, chars: 0 };

/** localStorage as the adapter uses it (tests pass a FakeStorage). */
export type LocalArea = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export interface PersistenceHost {
  getState(): PersistedState;
  /** Puts a conversation on screen as another tab or a merge left it (null: remove it). */
  applyConversation(id: string, conv: Conversation | null): void;
  applyMeta(change: MetaChange): void;
  report(problem: StorageProblem): void;
  clear(code: StorageProblemCode): void;
}

export interface PersistenceOptions {
  local: LocalArea;
  indexed: IndexedStore | null;
  keys: StorageKeys;
  version: number;
  placement: Placement;
  host: PersistenceHost;
  /** Tells other tabs that an IndexedDB record changed (storage events only cover localStorage). */
  broadcast?: (id: string) => void;
  newRev: () => string;
  now?: () => number;
}

export interface SaveReport {
  /** Conversations whose latest state is not stored anywhere. */
  unsaved: ReadonlySet<string>;
}

export function createPersistence(options: PersistenceOptions) {
  const { local, indexed, keys, host } = options;
  const now = options.now ?? Date.now;
  const known = new Map<string, Known>();
  /** IndexedDB writes under way, by conversation: a later save waits for them instead of repeating them. */
  const inflight = new Map<string, Promise<void>>();
  const tails = createTails(local, keys);
  let writtenMeta: string | null = null;
  let readOnly = false;
  let ready = false;

  function setLocal(key: string, value: string): boolean {
    try {
      local.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  }

  const tracker = createUnsavedTracker({
    setLocal,
    removeLocal: (key) => local.removeItem(key),
    indexed,
    keys,
    report: host.report,
    clear: host.clear,
  });
  const unsaved = tracker.conversations;
  const reportUnsaved = tracker.report;
  const failed = (job: WriteJob) => void unsaved.set(job.id, job.conv.title);

  function readCurrent(id: string) {
    const stubText = local.getItem(keys.stub(id));
    // An unreadable stub still says the record is in IndexedDB.
    const stub = stubText === null ? null : (stubSchema.safeParse(parseJson(stubText)).data ?? UNKNOWN_STUB);
    return { local: local.getItem(keys.conversation(id)), stub };
  }

  function stored(job: WriteJob, where: "local" | "indexed"): void {
    const current = host.getState().conversations[job.id];
    let shown = current;
    if (job.theirs && current) {
      shown = shownAfterMerge(current, job);
      if (shown !== current) host.applyConversation(job.id, shown);
    }
    known.set(job.id, knownAfter(job, where, shown ?? job.conv));
    unsaved.delete(job.id);
    tails.stored(job, where);
  }

  function storedIndexed(job: WriteJob): void {
    stored(job, "indexed");
    setLocal(keys.stub(job.id), JSON.stringify(stubFor(job)));
    if (job.removeFrom.includes("local")) local.removeItem(keys.conversation(job.id));
    options.broadcast?.(job.id);
  }

  const writeIndexed = (jobs: WriteJob[]) =>
    writeIndexedJobs(jobs, {
      indexed,
      newRev: options.newRev,
      backup: (id, text) => void indexed?.putBackup(keys.backup(id, now()), text).catch(() => {}),
      stored: storedIndexed,
      failed,
    });

  /** One save: settings, then every conversation that changed. Resolves once IndexedDB has its part. */
  function cycle(force: boolean): Promise<void> {
    if (readOnly || !ready) return Promise.resolve();
    const state = host.getState();
    const meta = planMeta(state, options.version, writtenMeta);
    if (meta !== null) {
      const saved = setLocal(keys.meta, meta);
      tracker.setSettings(!saved);
      if (saved) writtenMeta = meta;
    }
    // Conversations with an IndexedDB write under way wait for it (the page going away does not wait).
    const busy = force ? new Set<string>() : new Set(inflight.keys());
    const conversations = busy.size
      ? Object.fromEntries(Object.entries(state.conversations).filter(([id]) => !busy.has(id)))
      : state.conversations;
    const view = busy.size ? new Map([...known].filter(([id]) => !busy.has(id))) : known;
    const jobs = planCycle({
      conversations,
      known: view,
      force,
      placement: options.placement,
      read: readCurrent,
      newRev: options.newRev,
      keys,
      now: now(),
    });
    const toIndexed: WriteJob[] = [];
    const deletes: string[] = [];
    for (const job of jobs) {
      if (job.type === "delete") {
        local.removeItem(keys.conversation(job.id));
        local.removeItem(keys.stub(job.id));
        deletes.push(job.id);
        tails.drop(job.id);
        known.delete(job.id);
        unsaved.delete(job.id);
        continue;
      }
      if (job.backup && !setLocal(job.backup.key, job.backup.text)) {
        failed(job);
        continue;
      }
      if (job.to === "local" && setLocal(keys.conversation(job.id), job.json)) {
        stored(job, "local");
        if (job.removeFrom.includes("indexed")) {
          local.removeItem(keys.stub(job.id));
          deletes.push(job.id);
        }
        continue;
      }
      // No room in localStorage (or too big for it): IndexedDB.
      toIndexed.push(
        job.to === "local"
          ? toIndexedInstead(job, known.get(job.id), readCurrent(job.id).local !== null)
          : job,
      );
    }
    // A conversation that is gone from memory (deleted, or an import taken back) no longer waits.
    for (const id of unsaved.keys()) if (!Object.hasOwn(state.conversations, id)) unsaved.delete(id);
    if (deletes.length > 0) {
      // Other tabs are told once the record is gone: one that looks sooner still finds it and keeps it.
      const tell = () => deletes.forEach((id) => options.broadcast?.(id));
      if (indexed) void indexed.delete(deletes).then(tell, tell);
      else tell();
    }
    let done: Promise<void> = Promise.resolve();
    if (toIndexed.length > 0) {
      done = writeIndexed(toIndexed).finally(() => {
        for (const job of toIndexed) inflight.delete(job.id);
        reportUnsaved();
        // What changed while the write was under way is saved next.
        const current = host.getState().conversations;
        if (toIndexed.some((job) => current[job.id] !== job.base)) schedule();
      });
      for (const job of toIndexed) inflight.set(job.id, done);
      // Saved now: the IndexedDB write may not finish before the page goes away; the tail does.
      tails.planned(toIndexed, force);
    }
    reportUnsaved();
    return done;
  }

  let scheduled = false;
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // Several updates in one task make one save, after the screen update.
    setTimeout(() => {
      scheduled = false;
      void cycle(false);
    }, 0);
  }

  async function handleConversation(id: string): Promise<void> {
    let action = externalAction(readCurrent(id), known.get(id));
    if ((action.type === "fetch" || action.type === "check-deleted") && indexed) {
      const record = await indexed.get(id).catch(() => undefined);
      if (record === undefined) return;
      action = indexedAction(record, known.get(id)) ?? { type: "check-deleted" };
      if (action.type === "check-deleted" && readCurrent(id).local !== null) return;
    }
    if (action.type === "ignore" || action.type === "fetch") return;
    const local = host.getState().conversations[id];
    if (action.type === "check-deleted") {
      const { show } = reconcile(local, known.get(id)?.conv, null);
      known.delete(id);
      if (show === null) host.applyConversation(id, null);
      return;
    }
    const { show, asStored } = reconcile(local, known.get(id)?.conv, action.conv);
    // Shown as stored: remembered with the object shown, so it is not written back for nothing.
    known.set(id, asStored && show ? { ...action.known, conv: show } : action.known);
    if (show && show !== local) host.applyConversation(id, show);
  }

  return {
    known,
    tails,
    /** Start-up has read what is stored: from here on changes are saved. */
    begin(init: { writtenMeta: string | null; readOnly: boolean; earlier: UnsavedMarker["items"] }): void {
      writtenMeta = init.writtenMeta;
      readOnly = init.readOnly;
      tracker.start(init.earlier);
      ready = true;
    },
    isReadOnly: () => readOnly,
    setReadOnly(): void {
      readOnly = true;
    },
    schedule,
    /** Writes everything now, streaming replies included (the page is going away). */
    flush: () => void cycle(true),
    /** The same after the current task, so a finished reply is on screen before it is saved. */
    flushSoon: () => void setTimeout(() => void cycle(true), 0),
    /** Saves now and waits for IndexedDB; says what could not be stored. */
    async saveNow(): Promise<SaveReport> {
      await Promise.all(inflight.values());
      await cycle(true);
      return { unsaved: new Set(unsaved.keys()) };
    },
    /** Conversations an earlier session could not save, found in IndexedDB's copy of the marker. */
    addEarlier: tracker.addEarlier,
    /** The user has read what an earlier session could not save. */
    forgetEarlier(): void {
      tracker.forgetEarlier();
      reportUnsaved();
    },
    /** A `storage` event: which key changed. What it holds is read from storage now. */
    onStorageEvent(key: string | null): Promise<void> {
      const signal = signalOf(key, keys);
      if (signal?.type === "meta") {
        const change = readMetaChange(local.getItem(keys.meta), options.version, writtenMeta);
        if (change) host.applyMeta(change);
      } else if (signal) return handleConversation(signal.id);
      return Promise.resolve();
    },
    /** Another tab wrote a conversation's IndexedDB record (a BroadcastChannel message). */
    onIndexedChange: (id: string): Promise<void> => handleConversation(id),
  };
}

export type Persistence = ReturnType<typeof createPersistence>;
