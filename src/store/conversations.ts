// Conversation-level store updates. Each one calls a pure domain function; no I/O here.
import { useAppStore } from "./app-store";
import { drafts, NEW_CHAT_DRAFT } from "./drafts";
import { imagesInUse, NOTHING_READ_YET, type GuardStatus } from "./image-guard";
import { imageStore, referencedImageIds } from "./image-store";
import { stopStreamsIn } from "./streams";
import { createConversation, settleStreaming } from "../domain/conversation";
import { newId } from "../domain/ids";
import { conversationModel } from "../domain/request";
import type { Conversation } from "../domain/types";

/** Longer than the sidebar's Undo offer (8 s): a restored conversation must find its images again. */
export const IMAGE_CLEANUP_DELAY_MS = 15_000;
/** Images this young may belong to a message still being written (in a composer, maybe in another tab). */
export const IMAGE_GRACE_MS = 60 * 60 * 1000;

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

/**
 * A new conversation takes the draft's system prompt, parameters and extra fields, and its model: the one
 * picked for the draft, else Settings' model, which it then keeps when Settings' model changes.
 */
export function createAndOpenConversation(): Conversation {
  const { draft, settings } = useAppStore.getState();
  const conv = createConversation(newId("c"), Date.now(), {
    ...structuredClone(draft),
    model: conversationModel(draft, settings),
  });
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
  const imageIds = conv ? referencedImageIds([conv]) : new Set<string>();
  if (typeof window !== "undefined") {
    window.setTimeout(() => {
      // Past the Undo offer, the conversation's unsent draft goes with it.
      if (!getConversation(id)) for (const ref of drafts.discard(id)) imageIds.add(ref.id);
      if (imageIds.size > 0) void removeImagesNoLongerUsed(imageIds);
    }, IMAGE_CLEANUP_DELAY_MS);
  }
  return conv;
}

let guard: GuardStatus = NOTHING_READ_YET;

/** Set by start-up once it knows whether everything stored was read (and which backups exist). */
export function setImageGuard(status: GuardStatus): void {
  guard = status;
}

/**
 * Images still needed — any message's, any backup's, any unsent draft's (any tab's) — or null while not
 * everything stored has been read, when nothing may be deleted.
 */
function imagesStillNeeded(): ((id: string) => boolean) | null {
  const inUse = imagesInUse(guard, Object.values(useAppStore.getState().conversations));
  if (!inUse) return null;
  const drafted = new Set(drafts.imageIds());
  return (id) => inUse(id) || drafted.has(id);
}

/** Deletes those of `candidates` nothing refers to (an Undo, a branch copy, a backup or a draft keeps them). */
export async function removeImagesNoLongerUsed(candidates: Iterable<string>): Promise<void> {
  const needed = imagesStillNeeded();
  if (!needed) return;
  await imageStore.remove([...candidates].filter((id) => !needed(id))).catch(() => {});
}

/** A start-up pass for what was left behind: a closed tab during Undo, a removed message, a lost draft. */
export async function collectUnusedImages(): Promise<number> {
  if (!imagesStillNeeded()) return 0;
  // Drafts of conversations deleted while their tab was closed (every stored conversation has been read).
  const { conversations } = useAppStore.getState();
  for (const key of drafts.savedKeys()) {
    if (key !== NEW_CHAT_DRAFT && !conversations[key]) drafts.discard(key);
  }
  const needed = imagesStillNeeded();
  return needed ? imageStore.collect(needed, IMAGE_GRACE_MS).catch(() => 0) : 0;
}

/** Puts a deleted conversation back (the sidebar's Undo). */
export function restoreConversation(conv: Conversation): void {
  useAppStore.setState((s) => ({ conversations: { ...s.conversations, [conv.id]: conv } }));
}
