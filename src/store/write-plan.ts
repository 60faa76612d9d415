// Pure planning of what to write: which conversations changed (a streaming reply only when it has
// grown enough), where each one goes (localStorage while the budget lasts, IndexedDB otherwise), and
// another tab's copy merged in before writing over it — the merged result is what gets stored, remembered
// and shown. The adapter executes the jobs; nothing here touches the browser.
import { mergeConversations } from "../domain/merge";
import type { Conversation } from "../domain/types";
import type { Known, Location, StorageKeys, Stub } from "./storage-format";
import { parseConversationText } from "./storage-reader";

export interface Placement {
  /** Characters of conversations localStorage may hold in all. */
  budget: number;
  /** A conversation larger than this goes to IndexedDB. */
  maxConversation: number;
}

/** What storage holds for a conversation right now (read just before planning). */
export interface Current {
  local: string | null;
  stub: Stub | null;
}

export interface WriteJob {
  type: "write";
  id: string;
  /** This tab's conversation as it was planned (before any merge). */
  base: Conversation;
  /** What is stored: `base`, merged with another tab's copy when there was one. */
  conv: Conversation;
  json: string;
  to: Location;
  /** Where other copies are now, removed once this one is written. */
  removeFrom: Location[];
  /** IndexedDB only: the revision this tab saw; a record written since is handed back and merged first. */
  expectRev: string | null;
  rev: string;
  /** Another tab's copy that was merged in: the store applies it too, so this tab shows both. */
  theirs?: Conversation;
  /** The stored version this tab last saw: the common ancestor for merging another tab's copy. */
  ancestor?: Conversation;
  /** Another tab's text that could not be read: kept aside before it is written over. */
  backup?: { key: string; text: string };
  streamed?: number;
}

export interface DeleteJob {
  type: "delete";
  id: string;
  from: Location;
}

export type Job = WriteJob | DeleteJob;

export interface CycleInput {
  conversations: Readonly<Record<string, Conversation>>;
  known: ReadonlyMap<string, Known>;
  /** Write streaming replies too (the page is going away, or a reply just ended). */
  force: boolean;
  placement: Placement;
  read: (id: string) => Current;
  newRev: () => string;
  keys: StorageKeys;
  now: number;
}

/** Rewrites of a growing reply start at this many characters. */
const STREAM_FIRST_REWRITE = 2048;

export function streamingLength(conv: Conversation): number | null {
  let n: number | null = null;
  for (const m of conv.messages) {
    if (m.status === "streaming") n = (n ?? 0) + m.content.length + (m.reasoning?.length ?? 0);
  }
  return n;
}

/**
 * Whether a changed conversation is written now. A reply that is streaming is written when it starts
 * (so the user's message is saved at once) and then each time it has tripled: the partial copies add
 * up to at most 1.5x its final size, and a crash mid-stream still keeps a third of what had arrived.
 */
export function dueForWrite(conv: Conversation, known: Known | undefined, force: boolean): boolean {
  if (known?.conv === conv) return false;
  const streaming = streamingLength(conv);
  if (force || streaming === null || known?.streamed === undefined) return true;
  return streaming >= Math.max(3 * known.streamed, STREAM_FIRST_REWRITE);
}

/** The most recently updated conversations that fit, in localStorage; the rest in IndexedDB. */
export function placeLocal(
  sizes: ReadonlyMap<string, { chars: number; updatedAt: number }>,
  placement: Placement,
): Set<string> {
  const local = new Set<string>();
  let total = 0;
  const byRecency = [...sizes].sort((a, b) => b[1].updatedAt - a[1].updatedAt || (a[0] < b[0] ? -1 : 1));
  for (const [id, { chars }] of byRecency) {
    if (chars > placement.maxConversation || total + chars > placement.budget) continue;
    local.add(id);
    total += chars;
  }
  return local;
}

export function planCycle(input: CycleInput): Job[] {
  const { conversations, known, placement } = input;
  const jobs: Job[] = [];

  // Conversations gone from memory are deleted where this tab last saw them.
  for (const [id, k] of known) {
    if (!Object.hasOwn(conversations, id)) jobs.push({ type: "delete", id, from: k.where });
  }

  const writes = new Map<string, string>();
  const sizes = new Map<string, { chars: number; updatedAt: number }>();
  for (const [id, conv] of Object.entries(conversations)) {
    const k = known.get(id);
    if (dueForWrite(conv, k, input.force)) {
      const json = JSON.stringify(conv);
      writes.set(id, json);
      sizes.set(id, { chars: json.length, updatedAt: conv.updatedAt });
    } else if (k) {
      sizes.set(id, { chars: k.chars, updatedAt: conv.updatedAt });
    }
  }
  const wantedLocal = placeLocal(sizes, placement);

  // Unchanged conversations leave localStorage only when it is over budget: oldest first.
  let localTotal = 0;
  for (const [id, { chars }] of sizes) {
    const k = known.get(id);
    if (writes.has(id) ? wantedLocal.has(id) : k?.where === "local") localTotal += chars;
  }
  const evictions: string[] = [];
  const evictable = [...known]
    .filter(([id, k]) => k.where === "local" && !writes.has(id) && !wantedLocal.has(id) && conversations[id])
    .sort((a, b) => (conversations[a[0]]?.updatedAt ?? 0) - (conversations[b[0]]?.updatedAt ?? 0));
  for (const [id, k] of evictable) {
    if (localTotal <= placement.budget) break;
    evictions.push(id);
    localTotal -= k.chars;
  }

  for (const id of [...writes.keys(), ...evictions]) {
    const base = conversations[id];
    if (!base) continue;
    const k = known.get(id);
    const current = input.read(id);
    let conv = base;
    let theirs: Conversation | undefined;
    let backup: WriteJob["backup"];
    let to: Location = writes.has(id) && wantedLocal.has(id) ? "local" : "indexed";
    // Another tab wrote this conversation to localStorage since this tab last saw it: merge, never overwrite.
    if (current.local !== null && current.local !== (k?.where === "local" ? k.raw : undefined)) {
      const parsed = parseConversationText(current.local);
      if (parsed) {
        theirs = parsed;
        conv = mergeConversations(base, parsed, k?.conv);
      } else {
        backup = { key: input.keys.backup(id, input.now), text: current.local };
      }
    }
    // A copy in IndexedDB this tab has not seen: the conditional write there hands it back to merge.
    const unseenIndexed = current.stub !== null && (k?.where !== "indexed" || current.stub.rev !== k.rev);
    if (unseenIndexed) to = "indexed";
    const json = conv === base ? (writes.get(id) ?? JSON.stringify(conv)) : JSON.stringify(conv);
    jobs.push({
      type: "write",
      id,
      base,
      conv,
      json,
      to,
      removeFrom: [
        ...(to !== "local" && (current.local !== null || k?.where === "local") ? ["local" as const] : []),
        ...(to !== "indexed" && (current.stub !== null || k?.where === "indexed")
          ? ["indexed" as const]
          : []),
      ],
      // What this tab saw, not what is there now: a record written since is handed back to merge.
      expectRev: k?.where === "indexed" ? (k.rev ?? null) : null,
      rev: input.newRev(),
      ...(theirs ? { theirs } : {}),
      ...(k?.conv ? { ancestor: k.conv } : {}),
      ...(backup ? { backup } : {}),
      ...(streamingLength(base) !== null ? { streamed: streamingLength(base) ?? 0 } : {}),
    });
  }
  return jobs;
}

/**
 * After an IndexedDB write found another revision: the job again, with that copy merged in and its
 * revision expected. Null when the record is unreadable (the adapter backs it up, then writes over it).
 */
export function rebase(
  job: WriteJob,
  theirs: { rev: string; json: string },
  newRev: string,
): WriteJob | null {
  const parsed = parseConversationText(theirs.json);
  if (!parsed) return null;
  const conv = mergeConversations(job.conv, parsed, job.ancestor);
  return {
    ...job,
    conv,
    json: JSON.stringify(conv),
    to: "indexed",
    expectRev: theirs.rev,
    rev: newRev,
    theirs: job.theirs ? mergeConversations(parsed, job.theirs) : parsed,
  };
}

/** What this tab knows once `job` is stored; `shown` is the object the store now holds for it. */
export function knownAfter(job: WriteJob, where: Location, shown: Conversation): Known {
  return {
    // Memory matches the store only if it holds exactly what was written.
    conv: shown === job.conv ? shown : undefined,
    where,
    ...(where === "local" ? { raw: job.json } : { rev: job.rev }),
    chars: job.json.length,
    ...(job.streamed !== undefined ? { streamed: job.streamed } : {}),
  };
}

/** A job meant for localStorage that found no room there, sent to IndexedDB instead. */
export function toIndexedInstead(job: WriteJob, known: Known | undefined, inLocal: boolean): WriteJob {
  return {
    ...job,
    to: "indexed",
    expectRev: known?.where === "indexed" ? (known.rev ?? null) : null,
    removeFrom: inLocal || known?.where === "local" ? ["local"] : [],
  };
}

/** The localStorage stub of a conversation written to IndexedDB: it names the record and its revision. */
export function stubFor(job: WriteJob): Stub {
  return { rev: job.rev, title: job.conv.title, updatedAt: job.conv.updatedAt, chars: job.json.length };
}

/**
 * What the store shows after a write that merged another tab's copy: the merge, applied to what the
 * store holds now (a reply may have streamed on meanwhile). The same object as the job's when nothing
 * moved, so the next save sees nothing to do.
 */
export function shownAfterMerge(current: Conversation | undefined, job: WriteJob): Conversation {
  if (!job.theirs) return current ?? job.conv;
  if (!current || current === job.base) return job.conv;
  return mergeConversations(current, job.theirs, job.ancestor);
}

/** The meta record to write, or null when it is what is stored. */
export function planMeta(
  state: { settings: unknown; activeId: string | null; chatDefaults: unknown; presets: unknown },
  version: number,
  written: string | null,
): string | null {
  const { settings, activeId, chatDefaults, presets } = state;
  const meta = JSON.stringify({ version, settings, activeId, chatDefaults, presets });
  return meta === written ? null : meta;
}
