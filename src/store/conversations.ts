// Conversation-level store updates. Each one calls a pure domain function; no I/O here.
import { useAppStore } from "./app-store";
import { stopStreamsIn } from "./streams";
import { createConversation, settleStreaming } from "../domain/conversation";
import { newId } from "../domain/ids";
import type { Conversation } from "../domain/types";

export function getConversation(id: string): Conversation | undefined {
  return useAppStore.getState().conversations[id];
}

export function updateConversation(id: string, update: (c: Conversation) => Conversation): void {
  useAppStore.setState((s) => {
    const conv = s.conversations[id];
    if (!conv) return s;
    const next = update(conv);
    return next === conv ? s : { conversations: { ...s.conversations, [id]: next } };
  });
}

/** Opens an empty draft (from the saved defaults); the conversation is stored once its first message is sent. */
export function startNewChat(): void {
  useAppStore.setState((s) => ({ activeId: null, draft: structuredClone(s.chatDefaults) }));
}

export function openConversation(id: string): void {
  if (useAppStore.getState().conversations[id]) useAppStore.setState({ activeId: id });
}

/** A new conversation takes the draft's system prompt, parameters and extra fields. */
export function createAndOpenConversation(): Conversation {
  const { draft } = useAppStore.getState();
  const conv = createConversation(newId("c"), Date.now(), structuredClone(draft));
  useAppStore.setState((s) => ({
    conversations: { ...s.conversations, [conv.id]: conv },
    activeId: conv.id,
  }));
  return conv;
}

export function renameConversation(id: string, title: string): void {
  const clean = title.trim();
  if (!clean) return;
  updateConversation(id, (c) => ({ ...c, title: clean.slice(0, 200) }));
}

export function deleteConversation(id: string): Conversation | undefined {
  stopStreamsIn(id);
  const found = getConversation(id);
  const conv = found && settleStreaming(found);
  useAppStore.setState((s) => {
    const rest = { ...s.conversations };
    delete rest[id];
    return { conversations: rest, activeId: s.activeId === id ? null : s.activeId };
  });
  return conv;
}

/** Puts a deleted conversation back (the sidebar's Undo). */
export function restoreConversation(conv: Conversation): void {
  useAppStore.setState((s) => ({ conversations: { ...s.conversations, [conv.id]: conv } }));
}
