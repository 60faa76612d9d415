// Pure updates of a conversation: a tree of messages with one branch on screen.
import { defaultParamSettings, type ParamSettings } from "./parameters";
import type { Conversation, Message } from "./types";

export const UNTITLED = "New chat";

export function createConversation(
  id: string,
  now: number,
  init: { systemPrompt?: string; params?: ParamSettings; extraBody?: string; model?: string } = {},
): Conversation {
  const model = init.model?.trim();
  return {
    id,
    title: UNTITLED,
    createdAt: now,
    updatedAt: now,
    messages: [],
    leafId: null,
    systemPrompt: init.systemPrompt ?? "",
    params: init.params ?? defaultParamSettings(),
    extraBody: init.extraBody ?? "",
    ...(model ? { model } : {}),
  };
}

/** A title from the first user message: its first non-empty line, shortened at a word boundary. */
export function titleFromText(text: string, max = 60): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (!line) return UNTITLED;
  const plain = line.replace(/\s+/g, " ");
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface MessageIndex {
  byId: Map<string, Message>;
  /** Children per parent id ("" for the roots), in creation order. */
  children: Map<string, Message[]>;
}

// Message arrays are immutable, so an index built once per array serves every lookup until the next change.
const indexCache = new WeakMap<readonly Message[], MessageIndex>();

export function messageIndex(messages: readonly Message[]): MessageIndex {
  let index = indexCache.get(messages);
  if (!index) {
    const byId = new Map<string, Message>();
    const children = new Map<string, Message[]>();
    for (const m of messages) {
      byId.set(m.id, m);
      const key = m.parentId ?? "";
      const list = children.get(key);
      if (list) list.push(m);
      else children.set(key, [m]);
    }
    index = { byId, children };
    indexCache.set(messages, index);
  }
  return index;
}

export function findMessage(conv: Conversation, id: string): Message | undefined {
  return messageIndex(conv.messages).byId.get(id);
}

/** The messages from the root to `id` (inclusive); empty when `id` is unknown. */
export function pathTo(conv: Conversation, id: string | null): Message[] {
  const { byId } = messageIndex(conv.messages);
  const path: Message[] = [];
  let cursor = id ? byId.get(id) : undefined;
  // The guard keeps a corrupt parent cycle from hanging the page.
  while (cursor && path.length <= conv.messages.length) {
    path.push(cursor);
    cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined;
  }
  return path.reverse();
}

export function activePath(conv: Conversation): Message[] {
  return pathTo(conv, conv.leafId);
}

export function childrenOf(conv: Conversation, parentId: string | null): Message[] {
  return messageIndex(conv.messages).children.get(parentId ?? "") ?? [];
}

/** The alternatives of a message (itself included) and its position among them. */
export function siblingsOf(conv: Conversation, id: string): { siblings: Message[]; index: number } {
  const message = findMessage(conv, id);
  if (!message) return { siblings: [], index: -1 };
  const siblings = childrenOf(conv, message.parentId);
  return { siblings, index: siblings.findIndex((m) => m.id === id) };
}

/** Follows the newest child down to a leaf, so switching to a branch shows its latest state. */
export function latestLeaf(conv: Conversation, fromId: string): string {
  let current = fromId;
  for (let guard = 0; guard <= conv.messages.length; guard++) {
    const children = childrenOf(conv, current);
    const newest = children[children.length - 1];
    if (!newest) break;
    current = newest.id;
  }
  return current;
}

/** A new user message at the end of the branch on screen. */
export function newUserMessage(
  conv: Conversation,
  id: string,
  text: string,
  now: number,
  images: Message["images"] = [],
): Message {
  return {
    id,
    parentId: conv.leafId,
    role: "user",
    content: text,
    createdAt: now,
    updatedAt: now,
    status: "complete",
    ...(images.length > 0 ? { images } : {}),
  };
}

/** How a conversation started with images alone is titled, in the UI's language (e.g. "2 images"). */
export type ImagesTitle = (count: number) => string;

/** A message of images alone still deserves a title better than "New chat", when the caller can word one. */
function firstTitle(message: Message, imagesTitle?: ImagesTitle): string {
  if (message.content.trim()) return titleFromText(message.content);
  const images = message.images?.length ?? 0;
  if (images === 0 || !imagesTitle) return UNTITLED;
  return imagesTitle(images);
}

export function addMessage(conv: Conversation, message: Message, imagesTitle?: ImagesTitle): Conversation {
  const isFirstUser =
    message.role === "user" && conv.title === UNTITLED && !conv.messages.some((m) => m.role === "user");
  return {
    ...conv,
    title: isFirstUser ? firstTitle(message, imagesTitle) : conv.title,
    messages: [...conv.messages, message],
    leafId: message.id,
    updatedAt: message.createdAt,
  };
}

export function patchMessage(
  conv: Conversation,
  id: string,
  patch: Partial<Omit<Message, "id" | "parentId" | "role">>,
  now: number,
): Conversation {
  let changed = false;
  const messages = conv.messages.map((m) => {
    if (m.id !== id) return m;
    changed = true;
    return { ...m, ...patch, updatedAt: now };
  });
  return changed ? { ...conv, messages, updatedAt: now } : conv;
}

/** Replaces one message with `update(message)`; the conversation is returned as it was when the id is unknown. */
export function updateMessage(conv: Conversation, id: string, update: (m: Message) => Message): Conversation {
  const message = findMessage(conv, id);
  if (!message) return conv;
  const next = update(message);
  return { ...conv, messages: conv.messages.map((m) => (m.id === id ? next : m)), updatedAt: next.updatedAt };
}

/** Adds streamed text. The conversation's own `updatedAt` is left alone, so the sidebar does not churn per token. */
export function appendToMessage(
  conv: Conversation,
  id: string,
  delta: { content?: string; reasoning?: string },
  now: number,
): Conversation {
  const message = findMessage(conv, id);
  if (!message || (!delta.content && !delta.reasoning)) return conv;
  const next: Message = {
    ...message,
    content: message.content + (delta.content ?? ""),
    ...(delta.reasoning ? { reasoning: (message.reasoning ?? "") + delta.reasoning } : {}),
    updatedAt: now,
  };
  return { ...conv, messages: conv.messages.map((m) => (m.id === id ? next : m)) };
}

/** Removes a message with everything that follows from it; the view moves to a surviving branch. */
export function deleteMessage(conv: Conversation, id: string, now: number): Conversation {
  const target = findMessage(conv, id);
  if (!target) return conv;
  const doomed = new Set([id]);
  // Messages are stored in creation order, so one pass finds every descendant.
  for (const m of conv.messages) {
    if (m.parentId && doomed.has(m.parentId)) doomed.add(m.id);
  }
  const messages = conv.messages.filter((m) => !doomed.has(m.id));
  let leafId = conv.leafId;
  if (leafId && doomed.has(leafId)) {
    const next: Conversation = { ...conv, messages };
    const siblings = childrenOf(next, target.parentId);
    const fallback = siblings[siblings.length - 1];
    leafId = fallback ? latestLeaf(next, fallback.id) : target.parentId;
  }
  return { ...conv, messages, leafId, updatedAt: now };
}

export function switchBranch(conv: Conversation, messageId: string): Conversation {
  if (!findMessage(conv, messageId)) return conv;
  return { ...conv, leafId: latestLeaf(conv, messageId) };
}

/** Replies that can no longer receive text (page reloaded, conversation deleted) are kept as stopped. */
export function settleStreaming(conv: Conversation): Conversation {
  if (!conv.messages.some((m) => m.status === "streaming")) return conv;
  return {
    ...conv,
    messages: conv.messages.map((m) => (m.status === "streaming" ? { ...m, status: "stopped" } : m)),
  };
}
