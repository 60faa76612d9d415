// Message-level actions: which version of a message is on screen, and deleting a message with its Undo.
import { create } from "zustand";
import { switchBranch } from "../domain/conversation";
import { deleteForUndo, restoreDeleted, type MessageDeletion } from "../domain/message-deletion";
import { updateConversation } from "./conversations";
import { stopStream } from "./streams";

/** Shows another version of a message (an edit or a regenerated reply), with its newest continuation. */
export function showVersion(conversationId: string, messageId: string): void {
  updateConversation(conversationId, (c) => switchBranch(c, messageId));
}

export interface MessageRemoval {
  conversationId: string;
  deletion: MessageDeletion;
}

// The latest deletion, for its Undo notice. In memory only (like the compare session): a reload or a
// later deletion ends the offer, as it does for a deleted conversation.
const useRemovalStore = create<{ last: MessageRemoval | null }>()(() => ({ last: null }));

/**
 * Deletes a message with the replies and edits that followed from it, and offers Undo. A reply still
 * streaming among them is stopped, so its request is cancelled rather than left running unseen.
 */
export function removeMessage(conversationId: string, messageId: string): MessageRemoval | null {
  const found: { deletion?: MessageDeletion } = {};
  updateConversation(conversationId, (c) => {
    const result = deleteForUndo(c, messageId, Date.now());
    if (!result) return c;
    found.deletion = result.deletion;
    return result.conversation;
  });
  if (!found.deletion) return null;
  const removal: MessageRemoval = { conversationId, deletion: found.deletion };
  for (const m of removal.deletion.removed) stopStream(m.id);
  useRemovalStore.setState({ last: removal });
  return removal;
}

/** Puts the latest deleted messages back (the notice's Undo). */
export function undoMessageRemoval(): void {
  const { last } = useRemovalStore.getState();
  if (!last) return;
  useRemovalStore.setState({ last: null });
  updateConversation(last.conversationId, (c) => restoreDeleted(c, last.deletion, Date.now()));
}

export function dismissMessageRemoval(): void {
  useRemovalStore.setState({ last: null });
}

/** The latest deletion in this conversation, while Undo is still offered. */
export function useMessageRemoval(conversationId: string | null): MessageRemoval | null {
  return useRemovalStore((s) => (s.last && s.last.conversationId === conversationId ? s.last : null));
}
