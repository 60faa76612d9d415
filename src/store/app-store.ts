// The one store: settings and conversations (persisted), plus transient UI state (never persisted).
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { mergeConversations } from "../domain/merge";
import { settleStreaming } from "../domain/conversation";
import {
  createConversationStorage,
  type ExternalChange,
  defaultChatDefaults,
  type ConversationStorage,
  type PersistedState,
  type StorageProblem,
} from "./conversation-storage";
import { DATA_VERSION, migrate } from "./migrations";
import { defaultSettings, type ChatDefaults, type Settings } from "../domain/types";

export const STORAGE_PREFIX = "chat-studio";

export interface AppState extends PersistedState {
  /** The settings of the "New chat" draft before its first message creates the conversation. */
  draft: ChatDefaults;
  /** A storage problem to show (quota, unreadable data); cleared when a later write succeeds. */
  storageProblem: StorageProblem | null;
}

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

function browserStorage(): Storage {
  try {
    if (typeof localStorage !== "undefined") return localStorage;
  } catch {
    // Access can throw when storage is disabled; the app still runs, unsaved.
  }
  return memoryStorage();
}

let reportProblem: (p: StorageProblem) => void = () => {};
let clearProblem: () => void = () => {};

export const conversationStorage: ConversationStorage = createConversationStorage({
  storage: browserStorage(),
  prefix: STORAGE_PREFIX,
  onProblem: (p) => reportProblem(p),
  onWritten: () => clearProblem(),
  currentVersion: DATA_VERSION,
  migrate,
  defer: (write) => setTimeout(write, 0),
});

export const useAppStore = create<AppState>()(
  persist(
    (): AppState => ({
      settings: defaultSettings(),
      conversations: {},
      activeId: null,
      chatDefaults: defaultChatDefaults(),
      presets: [],
      draft: defaultChatDefaults(),
      storageProblem: null,
    }),
    {
      name: STORAGE_PREFIX,
      version: DATA_VERSION,
      storage: conversationStorage,
      migrate: (state, version) => migrate(state, version) as unknown as PersistedState,
      // Only data is saved: transient flags and in-flight stream state stay in memory.
      partialize: (s): PersistedState => ({
        settings: s.settings,
        conversations: s.conversations,
        activeId: s.activeId,
        chatDefaults: s.chatDefaults,
        presets: s.presets,
      }),
      merge: (persisted, current) => {
        const p = persisted as Partial<PersistedState> | undefined;
        return {
          ...current,
          settings: p?.settings ?? current.settings,
          // Replies that were streaming when the page went away cannot resume.
          conversations: Object.fromEntries(
            Object.entries(p?.conversations ?? {}).map(([id, c]) => [id, settleStreaming(c)]),
          ),
          activeId: p?.activeId ?? null,
          chatDefaults: p?.chatDefaults ?? current.chatDefaults,
          presets: p?.presets ?? current.presets,
          draft: structuredClone(p?.chatDefaults ?? current.chatDefaults),
        };
      },
    },
  ),
);

reportProblem = (problem) => useAppStore.setState({ storageProblem: problem });
clearProblem = () => {
  const current = useAppStore.getState().storageProblem;
  if (current?.kind === "quota") useAppStore.setState({ storageProblem: null });
};

export function updateSettings(patch: Partial<Settings>): void {
  useAppStore.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

export function dismissStorageProblem(): void {
  useAppStore.setState({ storageProblem: null });
}

/** Applies what another tab saved: its conversations merge into ours, so neither tab's work is lost. */
export function applyExternalChange(change: ExternalChange): void {
  if (change.type === "meta") {
    const { settings, chatDefaults, presets } = change;
    useAppStore.setState({ settings, chatDefaults, presets });
    return;
  }
  const { id, conversation, previous } = change;
  useAppStore.setState((s) => {
    const local = s.conversations[id];
    if (!conversation) {
      // Deleted elsewhere; a reply still streaming here keeps its conversation alive. If it is open
      // here, it stays the open one: the page says it was deleted rather than silently changing chats.
      if (!local || local.messages.some((m) => m.status === "streaming")) return s;
      const rest = { ...s.conversations };
      delete rest[id];
      return { conversations: rest };
    }
    // Without changes of its own since the last save, this tab simply takes the other tab's version
    // (renames included); with unsaved changes, the two are merged so neither is lost.
    const next = !local || local === previous ? conversation : mergeConversations(local, conversation);
    conversationStorage.acknowledge(id, next);
    return { conversations: { ...s.conversations, [id]: next } };
  });
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.storageArea !== localStorage) return;
    const change = conversationStorage.readExternal(event.key, event.newValue);
    if (change) applyExternalChange(change);
  });
  // Streaming replies are written lazily; make sure the latest text is saved when the tab goes away.
  window.addEventListener("pagehide", () => conversationStorage.flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") conversationStorage.flush();
  });
}
