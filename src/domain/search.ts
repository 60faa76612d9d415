// Search over conversations and messages: one matcher for the sidebar's search and for Find in
// conversation. Texts and queries are folded (lib/search/fold.ts) and compared as plain substrings.
import { fold, foldQuery, foldWithMap, occurrences, sourceRange } from "../lib/search/fold";
import { markdownText } from "../lib/search/markdown-text";
import { activePath } from "./conversation";
import type { Conversation, Message } from "./types";

// Messages are immutable: a text computed once per message object serves every later query. A reply
// that is still streaming is a new object per update and simply misses the cache.
const plainCache = new WeakMap<Message, string>();
const foldedCache = new WeakMap<Message, string>();

/** What search reads of a message: a user's text as typed, a reply's words without markdown. */
export function messageText(message: Message): string {
  let text = plainCache.get(message);
  if (text === undefined) {
    text = message.role === "assistant" ? markdownText(message.content) : message.content;
    plainCache.set(message, text);
  }
  return text;
}

function foldedText(message: Message): string {
  let text = foldedCache.get(message);
  if (text === undefined) {
    text = fold(messageText(message));
    foldedCache.set(message, text);
  }
  return text;
}

/** One occurrence of the query: in which message (by position in the list searched) and which one in it. */
export interface FindMatch {
  messageId: string;
  /** Position of the message in the list searched. */
  index: number;
  /** 0 for the message's first occurrence, 1 for its second… */
  occurrence: number;
}

/** Every occurrence of `query` in `messages`, in reading order (at most `limit`). */
export function findInMessages(messages: readonly Message[], query: string, limit = 10_000): FindMatch[] {
  const q = foldQuery(query);
  const matches: FindMatch[] = [];
  if (!q) return matches;
  for (let index = 0; index < messages.length && matches.length < limit; index++) {
    const message = messages[index];
    if (!message) continue;
    const found = occurrences(foldedText(message), q, limit - matches.length);
    for (let occurrence = 0; occurrence < found.length; occurrence++) {
      matches.push({ messageId: message.id, index, occurrence });
    }
  }
  return matches;
}

/** A piece of text, marked when it is (part of) a match. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** `text` cut into parts, with every occurrence of `query` marked. */
export function markMatches(text: string, query: string): TextPart[] {
  const q = foldQuery(query);
  if (!q) return [{ text, match: false }];
  const folded = foldWithMap(text);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const at of occurrences(folded.text, q)) {
    const [start, end] = sourceRange(folded, at, at + q.length);
    if (start < cursor) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

export interface Snippet {
  parts: TextPart[];
  /** Text was left out before / after the parts shown. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * The text around the `occurrence`-th match of `query` in `text` (white space collapsed), with the
 * matches in it marked; null when there is no such match.
 */
export function snippet(
  text: string,
  query: string,
  occurrence = 0,
  before = 40,
  after = 90,
): Snippet | null {
  const q = foldQuery(query);
  if (!q) return null;
  const folded = foldWithMap(text);
  const at = occurrences(folded.text, q, occurrence + 1)[occurrence];
  if (at === undefined) return null;
  const [start, end] = sourceRange(folded, at, at + q.length);
  let from = Math.max(0, start - before);
  let to = Math.min(text.length, end + after);
  // Begin and end at a word boundary when one is near (Japanese has none: it is cut where it falls).
  const space = /\s+/g;
  space.lastIndex = from;
  const first = from > 0 ? space.exec(text) : null;
  if (first && first.index < start && first.index - from < 15) from = first.index + first[0].length;
  for (let i = to; to < text.length && i > end && i > to - 15; i--) {
    if (/\s/.test(text[i] ?? "")) {
      to = i;
      break;
    }
  }
  // Never inside a surrogate pair.
  if (/[\udc00-\udfff]/.test(text[from] ?? "")) from--;
  if (/[\ud800-\udbff]/.test(text[to - 1] ?? "")) to++;
  const window = text.slice(from, to).replace(/\s+/g, " ").trim();
  return {
    parts: markMatches(window, query),
    clippedStart: from > 0,
    clippedEnd: to < text.length,
  };
}

/** A conversation that matches a query, and where. */
export interface ConversationHit {
  conversation: Conversation;
  titleMatch: boolean;
  /** The first message that matches: on the branch on screen when one there does, else on another. */
  message: Message | null;
  /** Whether `message` is on the branch on screen. */
  onPath: boolean;
  /** Occurrences in the messages of the branch on screen. */
  count: number;
}

/**
 * Where `conversation` matches the folded query `q` (see `foldQuery`): its title, the first matching
 * message (of the branch on screen if one there matches) and the count there; null when nothing does.
 */
export function searchConversation(conversation: Conversation, q: string): ConversationHit | null {
  if (!q) return null;
  const titleMatch = fold(conversation.title).includes(q);
  const path = activePath(conversation);
  let message: Message | null = null;
  let count = 0;
  for (const m of path) {
    const n = occurrences(foldedText(m), q).length;
    if (n > 0 && !message) message = m;
    count += n;
  }
  const onPath = message !== null;
  if (!message && path.length < conversation.messages.length) {
    message = conversation.messages.find((m) => foldedText(m).includes(q)) ?? null;
  }
  return titleMatch || message ? { conversation, titleMatch, message, onPath, count } : null;
}

/** The conversations whose title or messages (of any branch) contain `query`, most recent first. */
export function searchConversations(conversations: Iterable<Conversation>, query: string): ConversationHit[] {
  const q = foldQuery(query);
  const hits: ConversationHit[] = [];
  for (const conversation of conversations) {
    const hit = searchConversation(conversation, q);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => b.conversation.updatedAt - a.conversation.updatedAt);
}
