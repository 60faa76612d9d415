// The one store: settings and conversations (saved by persistence.ts once startStorage() has run), plus
// transient UI state (never saved). Importing this module starts nothing.
import { create } from "zustand";
import { defaultSettings, type ChatDefaults, type Conversation, type Settings } from "../domain/types";
import type { PersistedState, StorageProblem, StorageProblemCode } from "./storage-format";
import { defaultChatDefaults } from "./storage-reader";

export { STORAGE_PREFIX } from "./storage-format";
export type { PersistedState, StorageProblem, StorageProblemCode } from "./storage-format";

export interface AppState extends PersistedState {
  /** The settings of the "New chat" draft before its first message creates the conversation. */
  draft: ChatDefaults;
  /** Storage problems to show (unreadable data, a full quota, …), each until solved or dismissed. */
  storageProblems: StorageProblem[];
  /** Conversations kept in IndexedDB are still being read. */
  storageLoading: boolean;
}

export function initialAppState(): AppState {
  return {
    settings: defaultSettings(),
    conversations: {},
    activeId: null,
    chatDefaults: defaultChatDefaults(),
    presets: [],
    draft: defaultChatDefaults(),
    storageProblems: [],
    storageLoading: false,
  };
}

export const useAppStore = create<AppState>()(() => initialAppState());

/** The part of the state that is saved; a change to any of these fields starts a save. */
export function persistedPart(s: AppState): PersistedState {
  const { settings, conversations, activeId, chatDefaults, presets } = s;
  return { settings, conversations, activeId, chatDefaults, presets };
}

/** Puts what start-up read on screen (null: nothing stored yet, the defaults stay). */
export function hydrate(state: PersistedState | null): void {
  if (!state) return;
  useAppStore.setState({ ...state, draft: structuredClone(state.chatDefaults) });
}

export function updateSettings(patch: Partial<Settings>): void {
  useAppStore.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

/** Shows a problem, replacing an earlier one with the same code. */
export function reportStorageProblem(problem: StorageProblem): void {
  useAppStore.setState((s) => {
    const same = s.storageProblems.find((p) => p.code === problem.code);
    if (same && JSON.stringify(same) === JSON.stringify(problem)) return s;
    return { storageProblems: [...s.storageProblems.filter((p) => p.code !== problem.code), problem] };
  });
}

export function clearStorageProblem(code: StorageProblemCode): void {
  if (!useAppStore.getState().storageProblems.some((p) => p.code === code)) return;
  useAppStore.setState((s) => ({ storageProblems: s.storageProblems.filter((p) => p.code !== code) }));
}

/** What saving offers the rest of the app; a no-op until startStorage() has run (unit tests, say). */
export interface Saver {
  /** Writes everything now, streaming replies included. */
  flush(): void;
  /** The same after the current task, so a finished reply is on screen before it is saved. */
  flushSoon(): void;
  /** Saves and waits for it; the ids of conversations that could not be stored. */
  saveNow(): Promise<{ unsaved: ReadonlySet<string> }>;
  /** The user has dismissed a problem (some are remembered across reloads until then). */
  dismissed(code: StorageProblemCode): void;
}

const idle: Saver = {
  flush: () => {},
  flushSoon: () => {},
  saveNow: async () => ({ unsaved: new Set() }),
  dismissed: () => {},
};

let saver: Saver = idle;

/** Set once by startStorage(). */
export function setSaver(next: Saver): void {
  saver = next;
}

export const conversationStorage: Saver = {
  flush: () => saver.flush(),
  flushSoon: () => saver.flushSoon(),
  saveNow: () => saver.saveNow(),
  dismissed: (code) => saver.dismissed(code),
};

export function dismissStorageProblem(code: StorageProblemCode): void {
  clearStorageProblem(code);
  conversationStorage.dismissed(code);
}

/** Adds conversations read from storage (or replaces them with a merged copy). */
export function putConversations(list: readonly Conversation[]): void {
  if (list.length === 0) return;
  useAppStore.setState((s) => {
    const conversations = { ...s.conversations };
    for (const conv of list) conversations[conv.id] = conv;
    return { conversations };
  });
}

/**
 * Removes a conversation another tab deleted. If it is open here it stays the open one: the page says it
 * was deleted rather than silently changing chats.
 */
export function dropConversation(id: string): void {
  useAppStore.setState((s) => {
    if (!s.conversations[id]) return s;
    const rest = { ...s.conversations };
    delete rest[id];
    return { conversations: rest };
  });
}
