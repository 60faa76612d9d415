// Two tabs can change the same conversation. Messages are immutable nodes of a tree with unique ids, so
// the merge keeps both tabs' additions; for a message both changed, the later update wins. Given the
// version both started from (`base`), a message one tab deleted stays deleted, and a field only one tab
// changed (a rename, the system prompt) keeps that change. The branch on screen stays this tab's, unless
// the other tab went further along it.
import type { Conversation, Message } from "./types";

const FIELDS = ["title", "systemPrompt", "params", "extraBody"] as const;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function mergeMessages(local: Conversation, remote: Conversation, base?: Conversation): Message[] {
  const mine = new Map(local.messages.map((m) => [m.id, m]));
  const theirs = new Map(remote.messages.map((m) => [m.id, m]));
  const before = new Map(base?.messages.map((m) => [m.id, m]));
  const out: Message[] = [];
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const l = mine.get(id);
    const r = theirs.get(id);
    if (l && r) {
      out.push(r.updatedAt > l.updatedAt ? r : l);
      continue;
    }
    const only = (l ?? r) as Message;
    const was = before.get(id);
    // Deleted on the other side, unchanged on this one: deleted. Changed here since: kept, nothing lost.
    if (was && same(was, only)) continue;
    out.push(only);
  }
  // Creation order keeps parents before children.
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Whether `id` is on the path from the root to `leafId` (the leaf itself included). */
export function isOnPath(messages: readonly Message[], id: string, leafId: string | null): boolean {
  const parents = new Map(messages.map((m) => [m.id, m.parentId]));
  for (let at: string | null | undefined = leafId, steps = 0; at && steps <= messages.length; steps++) {
    if (at === id) return true;
    at = parents.get(at);
  }
  return false;
}

/** This tab's branch, unless the other tab only went further along it (then follow). */
export function chooseLeaf(
  messages: readonly Message[],
  local: string | null,
  remote: string | null,
): string | null {
  const ids = new Set(messages.map((m) => m.id));
  if (
    local &&
    ids.has(local) &&
    !(remote && ids.has(remote) && remote !== local && isOnPath(messages, local, remote))
  ) {
    return local;
  }
  if (remote && ids.has(remote)) return remote;
  return messages[messages.length - 1]?.id ?? null;
}

export function mergeConversations(
  local: Conversation,
  remote: Conversation,
  base?: Conversation,
): Conversation {
  if (local === remote) return local;
  const messages = mergeMessages(local, remote, base);
  const newer = remote.updatedAt > local.updatedAt ? remote : local;
  const fields = Object.fromEntries(
    FIELDS.map((f) => {
      // With the common version known, a field changed on one side only keeps that change.
      if (base && !same(local[f], base[f])) return [f, local[f]];
      if (base && !same(remote[f], base[f])) return [f, remote[f]];
      return [f, newer[f]];
    }),
  ) as Pick<Conversation, (typeof FIELDS)[number]>;
  const leafId = chooseLeaf(messages, local.leafId, remote.leafId);
  return {
    ...newer,
    ...fields,
    messages,
    leafId,
    createdAt: Math.min(local.createdAt, remote.createdAt),
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
  };
}
