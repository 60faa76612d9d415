// Merging imported conversations into the store. An import never overwrites: what differs from a
// conversation already here is added beside it as a copy.
import { conversationStorage, useAppStore } from "./app-store";
import { newId } from "../domain/ids";
import type { Conversation } from "../domain/types";

export interface ImportResult {
  /** Conversations whose id was new here. */
  added: number;
  /** Conversations whose id was taken by different content, stored under a new id. */
  copies: number;
  /** Conversations already here with identical content (or imported as a copy before). */
  unchanged: number;
  /** New conversations that could not be stored (storage full): left out, not counted above. */
  notStored?: number;
}

export const IMPORTED_SUFFIX = " (imported)";

/** Deep equality of plain JSON-like data; a missing key equals `undefined`, as after a JSON round trip. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameContent(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!sameContent(left[key], right[key])) return false;
  }
  return true;
}

function asCopy(conv: Conversation, id: string): Conversation {
  return { ...conv, id, title: `${conv.title}${IMPORTED_SUFFIX}` };
}

/** Importing the same file twice must not pile up copies: an earlier copy counts as "already here". */
function hasCopy(existing: Record<string, Conversation>, conv: Conversation): boolean {
  const expected = asCopy(conv, "");
  return Object.values(existing).some(
    (e) => e.id !== conv.id && e.title === expected.title && sameContent({ ...e, id: "" }, expected),
  );
}

/** Pure: the conversations after the merge, and what happened to each incoming one. */
export function mergeImported(
  existing: Record<string, Conversation>,
  incoming: readonly Conversation[],
  makeId: () => string = () => newId("c"),
): {
  conversations: Record<string, Conversation>;
  result: ImportResult;
  addedIds: string[];
  copyIds: string[];
} {
  const conversations = { ...existing };
  const result: ImportResult = { added: 0, copies: 0, unchanged: 0 };
  const addedIds: string[] = [];
  const copyIds: string[] = [];
  const freshId = () => {
    let id = makeId();
    while (Object.hasOwn(conversations, id)) id = makeId();
    return id;
  };
  for (const conv of incoming) {
    // Assigning the key "__proto__" would replace the record's prototype instead of adding an entry.
    if (conv.id === "__proto__") {
      const id = freshId();
      conversations[id] = { ...conv, id };
      result.added++;
      addedIds.push(id);
      continue;
    }
    // `Object.hasOwn`, so an id such as "constructor" is never mistaken for an existing conversation.
    const current = Object.hasOwn(conversations, conv.id) ? conversations[conv.id] : undefined;
    if (!current) {
      conversations[conv.id] = conv;
      result.added++;
      addedIds.push(conv.id);
    } else if (sameContent(current, conv) || hasCopy(conversations, conv)) {
      result.unchanged++;
    } else {
      const id = freshId();
      conversations[id] = asCopy(conv, id);
      result.copies++;
      copyIds.push(id);
    }
  }
  return { conversations, result, addedIds, copyIds };
}

function merge(list: readonly Conversation[]): ReturnType<typeof mergeImported> {
  let merged: ReturnType<typeof mergeImported> | undefined;
  useAppStore.setState((s) => {
    merged = mergeImported(s.conversations, list);
    return merged.result.added + merged.result.copies > 0 ? { conversations: merged.conversations } : s;
  });
  return (
    merged ?? { conversations: {}, result: { added: 0, copies: 0, unchanged: 0 }, addedIds: [], copyIds: [] }
  );
}

/** One store update for the whole import: if anything throws, nothing has changed. */
export function importConversations(list: readonly Conversation[]): ImportResult {
  return merge(list).result;
}

/**
 * Imports and waits until the new conversations are stored. Those that could not be stored anywhere
 * (browser storage full) are taken out again and counted, so what the user sees is what a reload shows.
 */
export async function importAndSave(list: readonly Conversation[]): Promise<ImportResult> {
  const { result, addedIds, copyIds } = merge(list);
  if (addedIds.length + copyIds.length === 0) return result;
  const { unsaved } = await conversationStorage.saveNow();
  const lost = (ids: string[]) => ids.filter((id) => unsaved.has(id));
  const lostAdded = lost(addedIds);
  const lostCopies = lost(copyIds);
  const notStored = lostAdded.length + lostCopies.length;
  if (notStored === 0) return result;
  useAppStore.setState((s) => {
    const conversations = { ...s.conversations };
    for (const id of [...lostAdded, ...lostCopies]) delete conversations[id];
    const activeGone = s.activeId !== null && !conversations[s.activeId];
    return { conversations, ...(activeGone ? { activeId: null } : {}) };
  });
  return {
    added: result.added - lostAdded.length,
    copies: result.copies - lostCopies.length,
    unchanged: result.unchanged,
    notStored,
  };
}
