// Keeping Compare's results: the chosen columns' replies join the conversation as alternative answers.
import type { Message } from "../domain/types";
import { addMessage, switchBranch } from "../domain/conversation";
import { newId } from "../domain/ids";
import { canKeepRun, keptReply } from "../domain/reply";
import { conversationStorage } from "./app-store";
import { closeCompare, useCompareStore, type CompareColumn } from "./compare";
import { updateConversation } from "./conversations";

export function canKeep(column: CompareColumn): boolean {
  return column.status !== "streaming" && canKeepRun(column.status, column.text);
}

function replyFrom(column: CompareColumn, parentId: string, now: number): Message | null {
  const { sent, outcome } = column;
  if (!canKeep(column) || !sent || !outcome) return null;
  return keptReply(
    { text: column.text, reasoning: column.reasoning, sent, outcome },
    newId("m"),
    parentId,
    now,
  );
}

/**
 * Adds the chosen columns' replies as alternative answers to the user message; the first becomes the branch on
 * screen. Compare then closes, halting whatever still streams.
 */
function keep(columnIds: string[]): boolean {
  const { conversationId, userMessageId, columns } = useCompareStore.getState();
  if (!conversationId || !userMessageId) return false;
  const now = Date.now();
  const replies = columnIds
    .map((id) => columns.find((c) => c.id === id))
    .map((c, i) => (c ? replyFrom(c, userMessageId, now + i) : null))
    .filter((m): m is Message => m !== null);
  const shown = replies[0];
  if (!shown) return false;
  updateConversation(conversationId, (c) =>
    switchBranch(
      replies.reduce((acc, m) => addMessage(acc, m), c),
      shown.id,
    ),
  );
  useCompareStore.setState({ addedUserMessageId: null });
  conversationStorage.flushSoon();
  closeCompare();
  return true;
}

export function keepColumn(columnId: string): boolean {
  return keep([columnId]);
}

export function keepAllColumns(): boolean {
  return keep(useCompareStore.getState().columns.map((c) => c.id));
}
