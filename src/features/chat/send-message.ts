// The one place where a reply is requested: builds the body, owns the AbortController, feeds the
// deltas to the store (at most once per frame), and records how the reply ended.
import { englishT, t } from "../../lib/i18n/i18n";
import { loadFailure } from "../../lib/openai/error-detail";
import type { ReplyOutcome } from "../../lib/openai/run-reply";
import { loadNetwork } from "../../lib/network";
import {
  addMessage,
  newUserMessage,
  appendToMessage,
  findMessage,
  patchMessage,
  switchBranch,
} from "../../domain/conversation";
import { newId } from "../../domain/ids";
import { chosenParams } from "../../domain/parameters";
import { buildRequest } from "../../domain/request";
import type { ImageRef, Message } from "../../domain/types";
import { conversationStorage, useAppStore } from "../../store/app-store";
import { setStalled } from "../../store/stalls";
import { registerStream, unregisterStream } from "../../store/streams";
import { createAndOpenConversation, getConversation, updateConversation } from "../../store/conversations";
import { imageStore } from "../../store/image-store";

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
  const before = getConversation(conversationId);
  if (!before) return;
  // Image bytes come from IndexedDB before the (pure) request is built.
  const imageUrls = await imageStore.resolve(before, parentId).catch(() => new Map<string, string>());
  const conv = getConversation(conversationId);
  if (!conv) return;
  const { settings } = useAppStore.getState();
  const request = buildRequest(conv, parentId, settings, imageUrls);
  const now = Date.now();
  const reply: Message = {
    id: newId("m"),
    parentId,
    role: "assistant",
    content: "",
    createdAt: now,
    updatedAt: now,
    status: "streaming",
    model: request.model,
    // Only the sampling parameters; extra provider fields stay in the conversation's own settings.
    params: chosenParams(conv.params),
  };
  updateConversation(conversationId, (c) => switchBranch(addMessage(c, reply), reply.id));

  const controller = registerStream(reply.id, conversationId);
  const finish = ({ status, error, usage, finishReason, model, notes, timing }: ReplyOutcome) => {
    updateConversation(conversationId, (c) =>
      patchMessage(
        c,
        reply.id,
        {
          status,
          timing,
          ...(error ? { error } : {}),
          ...(usage ? { usage } : {}),
          ...(finishReason ? { finishReason } : {}),
          ...(model ? { model } : {}),
          ...(notes ? { notes } : {}),
        },
        Date.now(),
      ),
    );
  };
  await loadNetwork().then(
    ({ runReply }) =>
      runReply({
        endpoint: { baseUrl: settings.baseUrl, apiKey: settings.apiKey },
        request,
        signal: controller.signal,
        stallMs: settings.stallSeconds * 1000,
        onStall: (stalled) => setStalled(reply.id, stalled ? settings.stallSeconds : null),
        timeoutMs: settings.timeoutSeconds * 1000,
        onText: (text) =>
          updateConversation(conversationId, (c) => appendToMessage(c, reply.id, text, Date.now())),
        // Same task as the last text: the reply's final text and its finished state render together.
        onEnd: finish,
      }),
    (error: unknown) =>
      finish({
        status: "error",
        error: loadFailure(error, englishT),
        timing: { totalMs: 0 },
      }),
  );
  unregisterStream(reply.id);
  // Streaming replies are saved lazily; the finished one is saved now.
  conversationStorage.flushSoon();
}
