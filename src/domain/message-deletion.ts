// Deleting a message so that it can be undone: what was removed, and where it goes back.
import { deleteMessage, messageIndex } from "./conversation";
import type { Conversation, Message } from "./types";

/** What Undo needs to put deleted messages back where they were. */
export interface MessageDeletion {
  /** The deleted message first, then every reply and edit that followed from it, in creation order. */
  removed: Message[];
  /** The ids of all the conversation's messages before the deletion, in order. */
  order: string[];
  leafBefore: string | null;
  leafAfter: string | null;
}

/**
 * Deletes a message with everything that follows from it (see deleteMessage) and says how to undo it.
 * A removed reply that was still streaming is kept as stopped: its request ends with the deletion.
 */
export function deleteForUndo(
  conv: Conversation,
  id: string,
  now: number,
): { conversation: Conversation; deletion: MessageDeletion } | null {
  const after = deleteMessage(conv, id, now);
  if (after === conv) return null;
  const kept = new Set(after.messages.map((m) => m.id));
  const removed = conv.messages
    .filter((m) => !kept.has(m.id))
    .map((m): Message => (m.status === "streaming" ? { ...m, status: "stopped" } : m));
  return {
    conversation: after,
    deletion: {
      removed,
      order: conv.messages.map((m) => m.id),
      leafBefore: conv.leafId,
      leafAfter: after.leafId,
    },
  };
}

/**
 * Puts deleted messages back in their old places. Messages added since stay, after them; the branch on
 * screen returns to where it was unless the user has moved since. Nothing changes when the deleted
 * message's parent is gone too (there is no place left to put it back).
 */
export function restoreDeleted(conv: Conversation, deletion: MessageDeletion, now: number): Conversation {
  const current = messageIndex(conv.messages).byId;
  const root = deletion.removed[0];
  if (!root || (root.parentId !== null && !current.has(root.parentId))) return conv;
  const back = new Map(deletion.removed.filter((m) => !current.has(m.id)).map((m) => [m.id, m]));
  if (back.size === 0) return conv;
  const messages: Message[] = [];
  for (const id of deletion.order) {
    const m = current.get(id) ?? back.get(id);
    if (m) messages.push(m);
  }
  const placed = new Set(deletion.order);
  for (const m of conv.messages) if (!placed.has(m.id)) messages.push(m);
  const leafId = conv.leafId === deletion.leafAfter ? deletion.leafBefore : conv.leafId;
  return { ...conv, messages, leafId, updatedAt: now };
}
