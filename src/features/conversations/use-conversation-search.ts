import { useDeferredValue, useEffect, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { foldQuery } from "../../lib/search/fold";
import { searchConversation, type ConversationHit } from "../../domain/search";
import type { Conversation } from "../../domain/types";
import { useAppStore } from "../../store/app-store";

/** Longest stretch of searching before the page gets a turn (ms). */
const SLICE_MS = 8;
const NONE: string[] = [];

/**
 * What changes a search's answer: conversations added or removed, retitled, given new messages, a
 * branch switched, a reply finishing. Not each streamed token, which would restart the search ~10
 * times a second while a reply streams.
 */
function searchVersion(conversations: Record<string, Conversation>): string[] {
  return Object.values(conversations).map(
    (c) =>
      `${c.id}\u0000${c.title}\u0000${c.messages.length}\u0000${c.leafId}\u0000${c.messages.at(-1)?.status}`,
  );
}

export interface SearchState {
  query: string;
  hits: ConversationHit[];
  /** False while the search is still going through the conversations. */
  done: boolean;
}

/**
 * The sidebar's search, run in slices of a few milliseconds, most recent conversations first: a
 * large history never freezes the page (the first search after a start folds every text once),
 * and results appear as they are found. Null while there is no query.
 */
export function useConversationSearch(query: string): SearchState | null {
  const deferred = useDeferredValue(query);
  const q = foldQuery(deferred);
  const version = useAppStore(useShallow((s) => (q ? searchVersion(s.conversations) : NONE)));
  const [state, setState] = useState<SearchState | null>(null);

  useEffect(() => {
    if (!q) return;
    const all = Object.values(useAppStore.getState().conversations).sort((a, b) => b.updatedAt - a.updatedAt);
    const hits: ConversationHit[] = [];
    let next = 0;
    let timer = 0;
    let shownAt = -Infinity;
    const run = () => {
      const began = performance.now();
      while (next < all.length && performance.now() - began < SLICE_MS) {
        const conversation = all[next++];
        const hit = conversation ? searchConversation(conversation, q) : null;
        if (hit) hits.push(hit);
      }
      const done = next >= all.length;
      // A long search shows what it has found so far, a few times a second.
      if (done || performance.now() - shownAt > 150) {
        setState({ query: deferred, hits: [...hits], done });
        shownAt = performance.now();
      }
      if (!done) timer = window.setTimeout(run, 0);
    };
    run();
    return () => window.clearTimeout(timer);
  }, [q, deferred, version]);

  return q ? state : null;
}
