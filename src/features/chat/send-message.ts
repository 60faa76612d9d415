// Chat replies: sending, editing and regenerating add a user message or pick one, then the reply runner
// (services/reply-runner.ts) streams the answer into a new assistant message of the conversation.
import { t } from "../../lib/i18n/i18n";
import {
  addMessage,
  newUserMessage,
  appendToMessage,
  findMessage,
  switchBranch,
  updateMessage,
} from "../../domain/conversation";
import { newId } from "../../domain/ids";
import { finishedReply, streamingReply } from "../../domain/reply";
import { conversationModel } from "../../domain/request";
import type { ImageRef, Message } from "../../domain/types";
import { startReply } from "../../services/reply-runner";
import { conversationStorage, useAppStore } from "../../store/app-store";
import { createAndOpenConversation, getConversation, updateConversation } from "../../store/conversations";

export { stopStream as stopReply } from "../../store/streams";

/** Stored as the conversation's title, so it is written in the language in use when it is made. */
const imagesTitle = (count: number) => t("conversations.imagesTitle", { count });

/** Sends the composer's text and images into the open conversation, or a new one, and streams the reply. */
export function sendMessage(text: string, images: ImageRef[] = []): Promise<void> {
  const state = useAppStore.getState();
  const conv =
    (state.activeId ? state.conversations[state.activeId] : undefined) ?? createAndOpenConversation();
  const user = newUserMessage(conv, newId("m"), text, Date.now(), images);
  updateConversation(conv.id, (c) => addMessage(c, user, imagesTitle));
  return requestReply(conv.id, user.id);
}

/**
 * Edit: the new text becomes a sibling of the old message, so the old exchange stays as a branch.
 * The images stay unless `images` (what the editor kept) says otherwise; both versions share the stored bytes.
 */
export function editAndResend(
  conversationId: string,
  messageId: string,
  text: string,
  images?: ImageRef[],
): Promise<void> {
  const conv = getConversation(conversationId);
  const original = conv && findMessage(conv, messageId);
  if (!original || original.role !== "user") return Promise.resolve();
  const now = Date.now();
  const { images: originalImages, ...rest } = original;
  const kept = images ?? originalImages ?? [];
  const edited: Message = {
    ...rest,
    id: newId("m"),
    content: text,
    createdAt: now,
    updatedAt: now,
    ...(kept.length > 0 ? { images: kept } : {}),
  };
  updateConversation(conversationId, (c) => addMessage(c, edited, imagesTitle));
  return requestReply(conversationId, edited.id);
}

/** Regenerate and Retry: a new alternative reply to the same user message; the old one is kept. */
export function regenerateReply(conversationId: string, assistantId: string): Promise<void> {
  const conv = getConversation(conversationId);
  const reply = conv && findMessage(conv, assistantId);
  if (!reply?.parentId) return Promise.resolve();
  return requestReply(conversationId, reply.parentId);
}

export async function requestReply(conversationId: string, parentId: string): Promise<void> {
  const conv = getConversation(conversationId);
  if (!conv) return;
  const { settings } = useAppStore.getState();
  const replyId = newId("m");
  const { sent, done } = startReply(
    {
      conversation: conv,
      parentId,
      model: conversationModel(conv, settings),
      params: conv.params,
      streamId: replyId,
    },
    {
      onText: (text) =>
        updateConversation(conversationId, (c) => appendToMessage(c, replyId, text, Date.now())),
      // Same task as the last text: the reply's final text and its finished state render together.
      onEnd: (outcome) =>
        updateConversation(conversationId, (c) =>
          updateMessage(c, replyId, (m) => finishedReply(m, outcome, Date.now())),
        ),
    },
  );
  const reply = streamingReply(replyId, parentId, sent, Date.now());
  updateConversation(conversationId, (c) => switchBranch(addMessage(c, reply), reply.id));
  await done;
  // Streaming replies are saved lazily; the finished one is saved now.
  conversationStorage.flushSoon();
}
