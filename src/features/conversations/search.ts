import { useDeferredValue, useMemo } from "react";
import { useAppStore } from "../../store/app-store";
import type { Conversation } from "../../domain/types";

/** Case-insensitive match on the title and every message of every branch. */
export function matchesQuery(conv: Conversation, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  if (conv.title.toLocaleLowerCase().includes(q)) return true;
  return conv.messages.some((m) => m.content.toLocaleLowerCase().includes(q));
}

/** The ids matching the query, or null when there is no query. */
export function useSearchMatches(query: string): Set<string> | null {
  const deferred = useDeferredValue(query);
  // Subscribing only while searching keeps streamed tokens from re-rendering the sidebar.
  const conversations = useAppStore((s) => (deferred.trim() ? s.conversations : null));
  return useMemo(() => {
    if (!conversations) return null;
    return new Set(
      Object.values(conversations)
        .filter((c) => matchesQuery(c, deferred))
        .map((c) => c.id),
    );
  }, [conversations, deferred]);
}
