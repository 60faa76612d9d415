import type { ChatMessageParam, ChatRequest, ContentPart } from "../lib/openai/types";
import { parseExtraBody } from "./extra-body";
import { pathTo } from "./conversation";
import { sentRequest, type SentRequest } from "./reply";
import type { ChatDefaults, Conversation, Message, Settings } from "./types";

/** The model a conversation (or the New-chat draft) asks for: its own, else Settings' default. */
export function conversationModel(target: Pick<ChatDefaults, "model">, settings: Settings): string {
  return target.model?.trim() || settings.model.trim();
}

/** A message is worth sending as context when it holds text the model produced or the user wrote. */
function isContext(m: Message): boolean {
  if (m.role === "user") return true;
  return m.content.trim().length > 0 && m.status !== "streaming";
}

/**
 * A user message with images becomes content parts: the text first (when there is any), then each image
 * whose data URL was resolved. Without images the content stays a plain string, as every provider accepts.
 */
function userContent(
  m: Message,
  imageUrls: ReadonlyMap<string, string> | undefined,
): ChatMessageParam["content"] {
  const images: ContentPart[] = [];
  for (const ref of m.images ?? []) {
    const url = imageUrls?.get(ref.id);
    if (url) images.push({ type: "image_url", image_url: { url } });
  }
  if (images.length === 0) return m.content;
  return m.content.trim() ? [{ type: "text", text: m.content }, ...images] : images;
}

/**
 * The exact body for a reply that follows `parentId` (the user message being answered), posting what
 * `sent` says: its model and its parameters, which are only those the user turned on. Valid extra fields are merged first, so the
 * app's own fields and the chosen parameters win; invalid extra JSON is left out (the panel says why).
 * Image bytes live in IndexedDB, so their data URLs are read beforehand (the image store's `resolve`)
 * and passed in: this stays pure and synchronous. Images missing from `imageUrls` are left out.
 */
export function requestBody(
  conv: Conversation,
  parentId: string,
  sent: SentRequest,
  stream: boolean,
  imageUrls?: ReadonlyMap<string, string>,
): ChatRequest {
  const messages: ChatMessageParam[] = [];
  if (conv.systemPrompt.trim()) messages.push({ role: "system", content: conv.systemPrompt });
  for (const m of pathTo(conv, parentId)) {
    if (!isContext(m)) continue;
    messages.push({ role: m.role, content: m.role === "user" ? userContent(m, imageUrls) : m.content });
  }
  const extra = parseExtraBody(conv.extraBody);
  return {
    ...(extra.ok ? extra.value : {}),
    model: sent.model,
    messages,
    stream,
    ...sent.params,
  };
}

/** The body a chat reply in `conv` would post: the conversation's model and parameters. */
export function buildRequest(
  conv: Conversation,
  parentId: string,
  settings: Settings,
  imageUrls?: ReadonlyMap<string, string>,
): ChatRequest {
  const sent = sentRequest(conversationModel(conv, settings), conv.params);
  return requestBody(conv, parentId, sent, settings.stream, imageUrls);
}
