import { useMemo } from "react";
import { activePath } from "../../../domain/conversation";
import { findInMessages, type FindMatch } from "../../../domain/search";
import type { Conversation, Message } from "../../../domain/types";
import { useAppStore } from "../../../store/app-store";
import { useFindStore } from "../../../store/find";

/** At most this many matches are counted and stepped through. */
export const MATCH_LIMIT = 10_000;

export interface FindResult {
  path: Message[];
  matches: FindMatch[];
}

// The find bar and the list ask for the same answer in the same render; computed once per change.
let last: { messages: readonly Message[]; leafId: string | null; query: string; result: FindResult } | null =
  null;

function matchesIn(conv: Conversation, query: string): FindResult {
  if (last && last.messages === conv.messages && last.leafId === conv.leafId && last.query === query) {
    return last.result;
  }
  const path = activePath(conv);
  const result = { path, matches: findInMessages(path, query, MATCH_LIMIT) };
  last = { messages: conv.messages, leafId: conv.leafId, query, result };
  return result;
}

/** Matches of Find in conversation in the branch on screen; null while Find is closed or empty. */
export function useFindMatches(conversationId: string): FindResult | null {
  const query = useFindStore((s) => (s.open ? s.query : ""));
  const active = query.trim() !== "";
  // Subscribed only while finding: a streamed token re-renders nothing otherwise.
  const conv = useAppStore((s) => (active ? s.conversations[conversationId] : undefined));
  return useMemo(() => (conv ? matchesIn(conv, query) : null), [conv, query]);
}

/** Position of the current match among `matches`, or -1. */
export function currentIndex(
  matches: readonly FindMatch[],
  current: { messageId: string; occurrence: number } | null,
): number {
  if (!current) return -1;
  return matches.findIndex((m) => m.messageId === current.messageId && m.occurrence === current.occurrence);
}
