// The one start-up of storage, called from main.tsx before the first render: reads what is stored,
// starts saving, listens to other tabs and to the page going away, and — once everything stored has
// been read — cleans up images nothing refers to and asks the browser to keep the data.
import { newId } from "../domain/ids";
import {
  clearStorageProblem,
  conversationStorage,
  dropConversation,
  hydrate,
  persistedPart,
  putConversations,
  reportStorageProblem,
  setSaver,
  useAppStore,
  type AppState,
} from "./app-store";
import { collectUnusedImages, setImageGuard } from "./conversations";
import { openIndexedStore, type IndexedStore } from "./indexed-db";
import { DATA_VERSION, migrate } from "./migrations";
import { createPersistence, type LocalArea } from "./persistence";
import {
  LOCAL_CONVERSATION_MAX_CHARS,
  LOCAL_CONVERSATIONS_BUDGET_CHARS,
  STORAGE_PREFIX,
  storageKeys,
} from "./storage-format";
import { loadIndexed, startFromLocal, type LoadContext, type LoadHost } from "./storage-load";

/** Later than first paint, so start-up is not slowed by IndexedDB image keys. */
const IMAGE_COLLECT_DELAY_MS = 5000;
export const INDEXED_DB_NAME = "chat-studio-data";
const CHANNEL_NAME = "chat-studio";

function memoryStorage(): LocalArea {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

function browserStorage(): LocalArea {
  try {
    if (typeof localStorage !== "undefined") return localStorage;
  } catch {
    // Access can throw when storage is disabled; the app still runs, unsaved.
  }
  return memoryStorage();
}

function browserIndexed(): IndexedStore | null {
  try {
    return typeof indexedDB === "undefined" ? null : openIndexedStore(INDEXED_DB_NAME);
  } catch {
    return null;
  }
}

const persistedChanged = (s: AppState, prev: AppState) =>
  s.conversations !== prev.conversations ||
  s.settings !== prev.settings ||
  s.activeId !== prev.activeId ||
  s.chatDefaults !== prev.chatDefaults ||
  s.presets !== prev.presets;

/** After the next frame is drawn (or half a second, in a tab that draws none). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "undefined") return resolve();
    const timer = setTimeout(resolve, 500);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

let started = false;

export function startStorage(): void {
  if (started) return;
  started = true;
  const local = browserStorage();
  const indexed = browserIndexed();
  const keys = storageKeys(STORAGE_PREFIX);
  const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL_NAME);
  const tab = newId("tab");
  let revs = 0;

  const host: LoadHost = {
    getState: () => persistedPart(useAppStore.getState()),
    applyConversation: (id, conv) => (conv ? putConversations([conv]) : dropConversation(id)),
    applyMeta: ({ settings, chatDefaults, presets }) =>
      useAppStore.setState({ settings, chatDefaults, presets }),
    report: reportStorageProblem,
    clear: clearStorageProblem,
    hydrate,
    addConversations: putConversations,
    setLoading: (storageLoading) => useAppStore.setState({ storageLoading }),
  };
  const persistence = createPersistence({
    local,
    indexed,
    keys,
    version: DATA_VERSION,
    placement: { budget: LOCAL_CONVERSATIONS_BUDGET_CHARS, maxConversation: LOCAL_CONVERSATION_MAX_CHARS },
    host,
    broadcast: channel ? (id) => channel.postMessage({ id }) : undefined,
    newRev: () => `${tab}.${++revs}`,
  });
  setSaver({
    flush: persistence.flush,
    flushSoon: persistence.flushSoon,
    saveNow: persistence.saveNow,
    dismissed: (code) => {
      if (code === "unsaved-earlier") persistence.forgetEarlier();
    },
  });
  const ctx: LoadContext = {
    local,
    indexed,
    keys,
    read: { keys, currentVersion: DATA_VERSION, migrate },
    persistence,
    host,
    now: Date.now,
    afterFirstPaint,
  };
  const read = startFromLocal(ctx, STORAGE_PREFIX);
  useAppStore.subscribe((s, prev) => {
    if (persistedChanged(s, prev)) persistence.schedule();
  });

  if (typeof window === "undefined") return;
  window.addEventListener("storage", (event) => {
    if (event.storageArea === local) persistence.onStorageEvent(event.key);
  });
  if (channel) {
    channel.onmessage = (event: MessageEvent<{ id?: unknown }>) => {
      if (typeof event.data?.id === "string") persistence.onIndexedChange(event.data.id);
    };
  }
  // Streaming replies are written lazily; the latest text is saved when the tab goes away.
  window.addEventListener("pagehide", () => conversationStorage.flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") conversationStorage.flush();
  });

  if (!read) return;
  void loadIndexed(ctx, read).then((outcome) => {
    setImageGuard({ complete: outcome.complete && !persistence.isReadOnly(), texts: outcome.backupTexts });
    window.setTimeout(() => void collectUnusedImages(), IMAGE_COLLECT_DELAY_MS);
    // Asks the browser not to clear this origin's data under storage pressure (Chromium decides by
    // engagement; Firefox may ask the user). Settings shows the answer.
    void navigator.storage?.persist?.().catch(() => false);
  });
}
