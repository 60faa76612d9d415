// A conversation that lives in IndexedDB is written whole and asynchronously: in a long one (a 10 MB
// answer) that takes seconds, and a page that goes away meanwhile (a reload, a closed tab) takes the write
// with it — the reply that had just finished was lost. So when such a conversation is saved now (a reply
// ended, the page is going away), what changed since its last stored copy (its "tail": new and changed
// messages, removed ids) is also written to localStorage, synchronously. Start-up lays the tail over the
// record; the tail is removed once a write as recent as it has reached IndexedDB.
import * as z from "zod/mini";
import { mergeConversations } from "../domain/merge";
import { repairConversation } from "../domain/repair";
import type { Conversation } from "../domain/types";
import { conversationSchema } from "./schema";
import { parseJson, type Location, type StorageKeys } from "./storage-format";

export interface Tail {
  /** The conversation as it is in memory, with only the messages its stored copy lacks or has older. */
  conv: Conversation;
  /** Messages the stored copy has that were deleted since. */
  removed: string[];
}

const tailSchema = z.object({ conv: conversationSchema, removed: z.array(z.string()) });

/** What `current` has that `stored` (its last copy in IndexedDB) has not. Messages are immutable objects. */
export function tailOf(stored: Conversation, current: Conversation): Tail {
  const before = new Map(stored.messages.map((m) => [m.id, m]));
  const ids = new Set(current.messages.map((m) => m.id));
  return {
    conv: { ...current, messages: current.messages.filter((m) => before.get(m.id) !== m) },
    removed: stored.messages.filter((m) => !ids.has(m.id)).map((m) => m.id),
  };
}

export function parseTail(text: string): Tail | null {
  const parsed = tailSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}

/**
 * The stored record with the tail laid over it: the tail's messages win unless the record has a newer
 * version of one (another tab wrote later), its deletions hold, and what was streaming is stopped.
 */
export function applyTail(record: Conversation, tail: Tail): Conversation {
  if (tail.conv.id !== record.id) return record;
  const removed = new Set(tail.removed);
  const kept = removed.size
    ? { ...record, messages: record.messages.filter((m) => !removed.has(m.id)) }
    : record;
  return repairConversation(mergeConversations(kept, tail.conv)).conversation;
}

export interface TailArea {
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The tails of this tab. Each save that sends conversations to IndexedDB is numbered; a tail written by
 * save `n` is removed once a write planned by save `n` or later is stored (an earlier one, still under
 * way when the tail was written, does not hold everything the tail does).
 */
export function createTails(local: TailArea, keys: StorageKeys) {
  /** The copy IndexedDB holds, by conversation: what a tail is taken against. */
  const stored = new Map<string, Conversation>();
  /** The save that wrote each tail still in localStorage. */
  const written = new Map<string, number>();
  /** The save that planned each write, by the memory object it writes. */
  const plannedIn = new WeakMap<Conversation, number>();
  let saves = 0;
  const remove = (id: string) => {
    if (written.delete(id)) local.removeItem(keys.tail(id));
  };
  const drop = (id: string) => {
    remove(id);
    stored.delete(id);
  };
  const write = (current: Conversation, save: number) => {
    const base = stored.get(current.id);
    // Never stored there yet: no copy to lay a tail over (the whole conversation rarely fits here).
    if (!base) return;
    try {
      local.setItem(keys.tail(current.id), JSON.stringify(tailOf(base, current)));
      written.set(current.id, save);
    } catch {
      // No room: the IndexedDB write is all there is, as before.
    }
  };
  return {
    /** One save's IndexedDB writes (`base`: memory's conversation); `now`: their tails are written too. */
    planned(writes: readonly { base: Conversation }[], now: boolean): void {
      const save = ++saves;
      for (const { base } of writes) {
        plannedIn.set(base, save);
        if (now) write(base, save);
      }
    },
    /**
     * `conv` is stored (read at start, or written for the memory object `base`). In localStorage it is
     * stored whole, at once: no tail is needed.
     */
    stored(
      { id, conv, base }: { id: string; conv: Conversation; base?: Conversation },
      where: Location,
    ): void {
      if (where === "local") return drop(id);
      stored.set(id, conv);
      const save = base ? (plannedIn.get(base) ?? 0) : -1;
      const tailSave = written.get(id);
      if (tailSave !== undefined && save >= tailSave) remove(id);
    },
    /** A tail left by an earlier page: removed by the first write of the conversation that is stored. */
    found(id: string): void {
      written.set(id, 0);
    },
    /** The conversation is deleted: its tail goes. */
    drop,
  };
}

export type Tails = ReturnType<typeof createTails>;
