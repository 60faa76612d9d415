import type { ChatMessageParam, ChatRequest } from "../lib/openai/types";
import { parseExtraBody } from "./extra-body";
import { chosenParams } from "./parameters";
import { pathTo } from "./conversation";
import type { Conversation, Message, Settings } from "./types";

/** A message is worth sending as context when it holds text the model produced or the user wrote. */
function isContext(m: Message): boolean {
  if (m.role === "user") return true;
  return m.content.trim().length > 0 && m.status !== "streaming";
}

/**
 * The exact body for a reply that follows `parentId` (the user message being answered).
 * Only parameters the user turned on are included. Valid extra fields are merged first, so the
 * app's own fields and the chosen parameters win; invalid extra JSON is left out (the panel says why).
 */
export function buildRequest(conv: Conversation, parentId: string, settings: Settings): ChatRequest {
  const messages: ChatMessageParam[] = [];
  if (conv.systemPrompt.trim()) messages.push({ role: "system", content: conv.systemPrompt });
  for (const m of pathTo(conv, parentId)) {
    if (isContext(m)) messages.push({ role: m.role, content: m.content });
  }
  const extra = parseExtraBody(conv.extraBody);
  return {
    ...(extra.ok ? extra.value : {}),
    model: settings.model.trim(),
    messages,
    stream: settings.stream,
    ...chosenParams(conv.params),
  };
}
