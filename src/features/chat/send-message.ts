// The one place where a reply is requested: builds the body, owns the AbortController, feeds the
// deltas to the store (at most once per frame), and records how the reply ended.
import { chatCompletion } from "../../lib/openai/stream-chat";
import { ApiError } from "../../lib/openai/errors";
import type { Usage } from "../../lib/openai/types";
import {
  addMessage,
  appendToMessage,
  findMessage,
  patchMessage,
  switchBranch,
} from "../../domain/conversation";
import { newId } from "../../domain/ids";
import { buildRequest } from "../../domain/request";
import type { Message, MessageError } from "../../domain/types";
import { conversationStorage, useAppStore } from "../../store/app-store";
import { registerStream, unregisterStream } from "../../store/streams";
import { createAndOpenConversation, getConversation, updateConversation } from "../../store/conversations";

export { stopStream as stopReply } from "../../store/streams";

function toMessageError(error: unknown): MessageError {
  if (error instanceof ApiError) {
    return {
      kind: error.kind,
      message: error.message,
      retryable: error.retryable,
      ...(error.status !== undefined ? { status: error.status } : {}),
    };
  }
  return { kind: "stream", message: `Unexpected error: ${String(error)}`, retryable: true };
}

/** Sends the composer's text into the open conversation, or a new one, and streams the reply. */
export function sendMessage(text: string): Promise<void> {
  const state = useAppStore.getState();
  const conv =
    (state.activeId ? state.conversations[state.activeId] : undefined) ?? createAndOpenConversation();
  const now = Date.now();
  const user: Message = {
    id: newId("m"),
    parentId: conv.leafId,
    role: "user",
    content: text,
    createdAt: now,
    updatedAt: now,
    status: "complete",
  };
  updateConversation(conv.id, (c) => addMessage(c, user));
  return requestReply(conv.id, user.id);
}

/** Edit: the new text becomes a sibling of the old message, so the old exchange stays as a branch. */
export function editAndResend(conversationId: string, messageId: string, text: string): Promise<void> {
  const conv = getConversation(conversationId);
  const original = conv && findMessage(conv, messageId);
  if (!original || original.role !== "user") return Promise.resolve();
  const now = Date.now();
  const edited: Message = { ...original, id: newId("m"), content: text, createdAt: now, updatedAt: now };
  updateConversation(conversationId, (c) => addMessage(c, edited));
  return requestReply(conversationId, edited.id);
}

/** Regenerate and Retry: a new alternative reply to the same user message; the old one is kept. */
export function regenerateReply(conversationId: string, assistantId: string): Promise<void> {
  const conv = getConversation(conversationId);
  const reply = conv && findMessage(conv, assistantId);
  if (!reply?.parentId) return Promise.resolve();
  return requestReply(conversationId, reply.parentId);
}

function frameScheduler(run: () => void): { schedule: () => void; cancel: () => void } {
  let handle: number | null = null;
  let usingFrame = false;
  return {
    schedule() {
      if (handle !== null) return;
      // Animation frames pause in hidden tabs; a timer keeps a background reply moving.
      usingFrame = typeof document !== "undefined" && document.visibilityState === "visible";
      const fire = () => {
        handle = null;
        run();
      };
      handle = usingFrame ? requestAnimationFrame(fire) : window.setTimeout(fire, 100);
    },
    cancel() {
      if (handle === null) return;
      if (usingFrame) cancelAnimationFrame(handle);
      else clearTimeout(handle);
      handle = null;
    },
  };
}

export async function requestReply(conversationId: string, parentId: string): Promise<void> {
  const conv = getConversation(conversationId);
  if (!conv) return;
  const { settings } = useAppStore.getState();
  const request = buildRequest(conv, parentId, settings);
  const { model: _model, messages: _messages, stream: _stream, ...sentParams } = request;
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
    params: sentParams as Message["params"],
  };
  updateConversation(conversationId, (c) => switchBranch(addMessage(c, reply), reply.id));

  const controller = registerStream(reply.id, conversationId);
  const started = performance.now();
  let firstTokenMs: number | undefined;
  let buffered = { content: "", reasoning: "" };
  let usage: Usage | undefined;
  let finishReason: string | undefined;
  let model: string | undefined;

  const flush = () => {
    if (!buffered.content && !buffered.reasoning) return;
    const delta = buffered;
    buffered = { content: "", reasoning: "" };
    updateConversation(conversationId, (c) => appendToMessage(c, reply.id, delta, Date.now()));
  };
  const frames = frameScheduler(flush);

  const finish = (patch: Partial<Message>) => {
    frames.cancel();
    flush();
    const totalMs = Math.round(performance.now() - started);
    updateConversation(conversationId, (c) =>
      patchMessage(
        c,
        reply.id,
        {
          ...patch,
          ...(usage ? { usage } : {}),
          ...(finishReason ? { finishReason } : {}),
          ...(model ? { model } : {}),
          timing: { ...(firstTokenMs !== undefined ? { firstTokenMs } : {}), totalMs },
        },
        Date.now(),
      ),
    );
    unregisterStream(reply.id);
    conversationStorage.flush();
  };

  try {
    for await (const event of chatCompletion({
      endpoint: { baseUrl: settings.baseUrl, apiKey: settings.apiKey },
      request,
      signal: controller.signal,
    })) {
      switch (event.type) {
        case "content":
        case "reasoning":
          firstTokenMs ??= Math.round(performance.now() - started);
          buffered[event.type] += event.text;
          frames.schedule();
          break;
        case "usage":
          usage = event.usage;
          break;
        case "finish":
          finishReason = event.reason;
          break;
        case "model":
          model = event.model;
          break;
        case "error":
          finish({ status: "error", error: toMessageError(event.error) });
          return;
        case "done":
          break;
      }
    }
    finish({ status: "complete" });
  } catch (error) {
    if (error instanceof ApiError && error.kind === "aborted") finish({ status: "stopped" });
    else finish({ status: "error", error: toMessageError(error) });
  }
}
