// Find in conversation: what is being looked for and which match is current. Transient UI state,
// never persisted. The sidebar's search opens it at a chosen message; the chat view steps through it.
import { create } from "zustand";
import { activePath, findMessage, switchBranch } from "../domain/conversation";
import { openConversation, updateConversation } from "./conversations";
import { useAppStore } from "./app-store";

/** One match, kept by message id and occurrence so that it survives messages arriving or leaving. */
export interface FindTarget {
  conversationId: string;
  messageId: string;
  occurrence: number;
}

export interface FindState {
  open: boolean;
  query: string;
  /** The current match; null (or one of another conversation) means "pick the one nearest the view". */
  current: FindTarget | null;
  /** Increases whenever the current match should be brought into view. */
  reveal: number;
  /** Increases whenever the find box should take the focus (Ctrl/Cmd+F while it is open). */
  focus: number;
}

export const useFindStore = create<FindState>()(() => ({
  open: false,
  query: "",
  current: null,
  reveal: 0,
  focus: 0,
}));

/** Opens Find in conversation (or focuses it when open), keeping the last query. */
export function openFind(): void {
  useFindStore.setState((s) => ({ open: true, focus: s.focus + 1 }));
}

export function closeFind(): void {
  useFindStore.setState({ open: false, current: null });
}

/** A new query: the match nearest the view becomes current. */
export function setFindQuery(query: string): void {
  useFindStore.setState({ query, current: null });
}

/** Makes `target` the current match and brings it into view. */
export function goToMatch(target: FindTarget): void {
  useFindStore.setState((s) => ({ current: target, reveal: s.reveal + 1 }));
}

/**
 * Opens a conversation at a message that matched `query` (a search result): the message's branch is
 * put on screen if it is not, and Find in conversation opens on that match.
 */
export function openAtMatch(conversationId: string, messageId: string, query: string): void {
  const conv = useAppStore.getState().conversations[conversationId];
  if (!conv || !findMessage(conv, messageId)) return;
  if (!activePath(conv).some((m) => m.id === messageId)) {
    updateConversation(conversationId, (c) => switchBranch(c, messageId));
  }
  openConversation(conversationId);
  useFindStore.setState((s) => ({
    open: true,
    query,
    current: { conversationId, messageId, occurrence: 0 },
    reveal: s.reveal + 1,
  }));
}
