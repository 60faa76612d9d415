// Merging imported conversations into the store. An import never overwrites: what differs from a
// conversation already here is added beside it as a copy.
import { useAppStore } from "./app-store";
import { newId } from "../domain/ids";
import type { Conversation } from "../domain/types";

export interface ImportResult {
  /** Conversations whose id was new here. */
  added: number;
  /** Conversations whose id was taken by different content, stored under a new id. */
  copies: number;
  /** Conversations already here with identical content (or imported as a copy before). */
  unchanged: number;
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
): { conversations: Record<string, Conversation>; result: ImportResult } {
  const conversations = { ...existing };
  const result: ImportResult = { added: 0, copies: 0, unchanged: 0 };
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
      continue;
    }
    // `Object.hasOwn`, so an id such as "constructor" is never mistaken for an existing conversation.
    const current = Object.hasOwn(conversations, conv.id) ? conversations[conv.id] : undefined;
    if (!current) {
      conversations[conv.id] = conv;
      result.added++;
    } else if (sameContent(current, conv) || hasCopy(conversations, conv)) {
      result.unchanged++;
    } else {
      const id = freshId();
      conversations[id] = asCopy(conv, id);
      result.copies++;
    }
  }
  return { conversations, result };
}

/** One store update for the whole import: if anything throws, nothing has changed. */
export function importConversations(list: readonly Conversation[]): ImportResult {
  let result: ImportResult = { added: 0, copies: 0, unchanged: 0 };
  useAppStore.setState((s) => {
    const merged = mergeImported(s.conversations, list);
    result = merged.result;
    return merged.result.added + merged.result.copies > 0 ? { conversations: merged.conversations } : s;
  });
  return result;
}
