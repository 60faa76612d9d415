// What the next send will post, computed the same way send-message.ts computes it.
import { addMessage, createConversation, pathTo } from "../../domain/conversation";
import { buildRequest } from "../../domain/request";
import type { ChatDefaults, Conversation, Message, Settings } from "../../domain/types";
import { endpointUrl } from "../../lib/openai/http";
import type { ChatRequest } from "../../lib/openai/types";

/**
 * The body for the target (a conversation, or the draft a first message would turn into one), with the
 * data URLs of earlier images resolved by the caller, as send-message.ts does. `placeholder` stands in for
 * the message not written yet.
 */
export function previewRequest(
  target: Conversation | ChatDefaults,
  settings: Settings,
  placeholder: string,
  imageUrls?: ReadonlyMap<string, string>,
): ChatRequest {
  const conv = "messages" in target ? target : createConversation("preview", 0, target);
  const next: Message = {
    id: "preview-next",
    parentId: conv.leafId,
    role: "user",
    content: placeholder,
    createdAt: 0,
    updatedAt: 0,
    status: "complete",
  };
  return buildRequest(addMessage(conv, next), next.id, settings, imageUrls);
}

/** The ids of the images the preview has to resolve, as one string that changes only when they do. */
export function previewImageKey(target: Conversation | ChatDefaults): string {
  if (!("messages" in target)) return "";
  return pathTo(target, target.leafId)
    .flatMap((m) => (m.images ?? []).map((i) => i.id))
    .join(" ");
}

/** For the screen only: a data URL of megabytes would bury the rest of the body. Copying uses the real one. */
export function shortenImageUrls(body: ChatRequest): ChatRequest {
  const messages = body.messages.map((m) =>
    typeof m.content === "string"
      ? m
      : {
          ...m,
          content: m.content.map((part) => {
            if (part.type !== "image_url" || part.image_url.url.length <= 80) return part;
            const { url } = part.image_url;
            const kb = Math.round((url.length * 3) / 4 / 1024);
            return { ...part, image_url: { url: `${url.slice(0, 48)}… (${kb} KB)` } };
          }),
        },
  );
  return { ...body, messages };
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
