// What the next send will post, computed the same way send-message.ts computes it.
import { addMessage, createConversation } from "../../domain/conversation";
import { buildRequest } from "../../domain/request";
import type { ChatDefaults, Conversation, Message, Settings } from "../../domain/types";
import { endpointUrl } from "../../lib/openai/http";
import type { ChatRequest } from "../../lib/openai/types";

export const NEXT_MESSAGE_PLACEHOLDER = "(your next message)";

/** The body for the target (a conversation, or the draft a first message would turn into one). */
export function previewRequest(target: Conversation | ChatDefaults, settings: Settings): ChatRequest {
  const conv = "messages" in target ? target : createConversation("preview", 0, target);
  const next: Message = {
    id: "preview-next",
    parentId: conv.leafId,
    role: "user",
    content: NEXT_MESSAGE_PLACEHOLDER,
    createdAt: 0,
    updatedAt: 0,
    status: "complete",
  };
  return buildRequest(addMessage(conv, next), next.id, settings);
}

/** The absolute endpoint; a relative base such as `/api/v1` is served by the page's own origin. */
export function absoluteEndpoint(baseUrl: string, origin: string): string {
  const path = endpointUrl({ baseUrl, apiKey: "" }, "chat/completions");
  try {
    return new URL(path, origin).href;
  } catch {
    return path;
  }
}
