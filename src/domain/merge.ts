// Two tabs can change the same conversation. Messages are immutable nodes of a tree with unique ids,
// so a union keeps both tabs' additions; for a message both changed, the later update wins.
import type { Conversation, Message } from "./types";

export function mergeConversations(local: Conversation, remote: Conversation): Conversation {
  if (local === remote) return local;
  const byId = new Map<string, Message>();
  for (const m of local.messages) byId.set(m.id, m);
  for (const m of remote.messages) {
    const mine = byId.get(m.id);
    if (!mine || m.updatedAt > mine.updatedAt) byId.set(m.id, m);
  }
  // Creation order keeps parents before children.
  const messages = [...byId.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const newer = remote.updatedAt > local.updatedAt ? remote : local;
  const leafId =
    newer.leafId && byId.has(newer.leafId)
      ? newer.leafId
      : local.leafId && byId.has(local.leafId)
        ? local.leafId
        : (messages[messages.length - 1]?.id ?? null);
  return {
    ...newer,
    messages,
    leafId,
    createdAt: Math.min(local.createdAt, remote.createdAt),
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
  };
}
