// Narrow selectors: a streamed token changes one message, so only that message's component re-renders.
import { useShallow } from "zustand/react/shallow";
import { useAppStore, type AppState } from "./app-store";
import { activePath, findMessage, siblingsOf } from "../domain/conversation";
import type { Conversation, Message } from "../domain/types";

const EMPTY: string[] = [];

export const selectActiveConversation = (s: AppState): Conversation | undefined =>
  s.activeId ? s.conversations[s.activeId] : undefined;

export function useActiveConversationId(): string | null {
  return useAppStore((s) => (s.activeId && s.conversations[s.activeId] ? s.activeId : null));
}

/** The open conversation is kept in IndexedDB and is still being read at start-up. */
export function useActiveConversationLoading(): boolean {
  return useAppStore((s) => s.storageLoading && s.activeId !== null && !s.conversations[s.activeId]);
}

/**
 * The id the address names when that conversation is not here (deleted, or from another browser) — once
 * start-up has read every stored conversation; until then it may still come.
 */
export function useMissingConversationId(): string | null {
  return useAppStore((s) =>
    s.activeId && !s.conversations[s.activeId] && !s.storageLoading ? s.activeId : null,
  );
}

export function usePathIds(conversationId: string | null): string[] {
  return useAppStore(
    useShallow((s) => {
      const conv = conversationId ? s.conversations[conversationId] : undefined;
      return conv ? activePath(conv).map((m) => m.id) : EMPTY;
    }),
  );
}

export function useMessage(conversationId: string, messageId: string): Message | undefined {
  return useAppStore((s) => {
    const conv = s.conversations[conversationId];
    return conv ? findMessage(conv, messageId) : undefined;
  });
}

export interface BranchInfo {
  index: number;
  count: number;
  prevId: string | null;
  nextId: string | null;
}

export function useBranchInfo(conversationId: string, messageId: string): BranchInfo {
  return useAppStore(
    useShallow((s) => {
      const conv = s.conversations[conversationId];
      if (!conv) return { index: 0, count: 1, prevId: null, nextId: null };
      const { siblings, index } = siblingsOf(conv, messageId);
      return {
        index,
        count: siblings.length,
        prevId: siblings[index - 1]?.id ?? null,
        nextId: siblings[index + 1]?.id ?? null,
      };
    }),
  );
}

/** The id of the reply streaming on the branch on screen, if any. */
export function useStreamingReplyId(conversationId: string | null): string | null {
  return useAppStore((s) => {
    const conv = conversationId ? s.conversations[conversationId] : undefined;
    if (!conv) return null;
    const path = activePath(conv);
    for (let i = path.length - 1; i >= 0; i--) {
      const m = path[i];
      if (m?.status === "streaming") return m.id;
    }
    return null;
  });
}

export interface ConversationSummary {
  id: string;
  title: string;
  updatedAt: number;
}

export function useConversationSummaries(): ConversationSummary[] {
  return useAppStore(
    useShallow((s) =>
      Object.values(s.conversations)
        .sort((a, b) => b.updatedAt - a.updatedAt)
        // To the minute: the sidebar shows days only, so a reply that starts and ends within a minute
        // does not re-render it. (Streamed text leaves `updatedAt` alone: see appendToMessage.)
        .map((c) => `${c.id}\u0000${c.updatedAt - (c.updatedAt % 60_000)}\u0000${c.title}`),
    ),
  ).map((row) => {
    const [id = "", updatedAt = "0", title = ""] = row.split("\u0000");
    return { id, title, updatedAt: Number(updatedAt) };
  });
}
