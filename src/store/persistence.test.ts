import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { addMessage, appendToMessage, createConversation, patchMessage } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import { defaultSettings, type Conversation } from "../domain/types";
import { FakeStorage } from "./fake-storage.test-util";
import { openIndexedStore, type IndexedStore } from "./indexed-db";
import { createPersistence, type PersistenceHost } from "./persistence";
import {
  storageKeys,
  type PersistedState,
  type StorageProblem,
  type StorageProblemCode,
} from "./storage-format";
import { defaultChatDefaults } from "./storage-reader";
import type { Placement } from "./write-plan";

const keys = storageKeys("t");
const LOCAL: Placement = { budget: 1_000_000, maxConversation: 100_000 };
const INDEXED: Placement = { budget: 0, maxConversation: 0 };

interface Shared {
  local: FakeStorage;
  factory: IDBFactory;
}

function shared(local = new FakeStorage()): Shared {
  return { local, factory: new IDBFactory() };
}

/** IndexedDB that refuses any record longer than `maxChars`, as a full disk would (whole transaction). */
function limited(store: IndexedStore, maxChars: number): IndexedStore {
  return {
    ...store,
    putIfRev: async (items) => {
      if (items.some((i) => i.json.length > maxChars)) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return store.putIfRev(items);
    },
  };
}

function openTab(
  s: Shared,
  name: string,
  placement = LOCAL,
  wrap = (i: IndexedStore) => i,
  broadcast: (id: string) => void = () => {},
) {
  let state: PersistedState = {
    settings: defaultSettings(),
    conversations: {},
    activeId: null,
    chatDefaults: defaultChatDefaults(),
    presets: [],
  };
  const problems = new Map<StorageProblemCode, StorageProblem>();
  let revs = 0;
  const host: PersistenceHost = {
    getState: () => state,
    applyConversation: (id, conv) => {
      const conversations = { ...state.conversations };
      if (conv) conversations[id] = conv;
      else delete conversations[id];
      state = { ...state, conversations };
    },
    applyMeta: (change) => (state = { ...state, ...change }),
    report: (p) => problems.set(p.code, p),
    clear: (key) => problems.delete(key),
  };
  const persistence = createPersistence({
    local: s.local,
    indexed: wrap(openIndexedStore("db", s.factory, IDBKeyRange)),
    keys,
    version: 2,
    placement,
    host,
    newRev: () => `${name}.${++revs}`,
    // Delivered later, by the test: events between tabs are asynchronous.
    broadcast,
  });
  persistence.begin({ writtenMeta: null, readOnly: false, earlier: [] });
  const tab = {
    persistence,
    problems,
    shown: (id: string) => state.conversations[id],
    ids: (id: string) => state.conversations[id]?.messages.map((m) => m.id),
    edit(id: string, update: (c: Conversation) => Conversation) {
      const current = state.conversations[id] ?? createConversation(id, 1);
      state = { ...state, conversations: { ...state.conversations, [id]: update(current) } };
    },
    remove(id: string) {
      host.applyConversation(id, null);
    },
    save: () => persistence.saveNow(),
    /** A storage event or a BroadcastChannel message about `id`, arriving now. */
    hear: async (id: string) => {
      await persistence.onStorageEvent(keys.conversation(id));
      await persistence.onIndexedChange(id);
    },
  };
  return tab;
}

const user = (id: string, parent: string | null, at: number) =>
  msg(id, parent, "user", { createdAt: at, updatedAt: at });

describe.each([
  ["localStorage", LOCAL],
  ["IndexedDB", INDEXED],
])("two tabs racing on one conversation in %s while one streams", (_, placement) => {
  it("never takes a tab's own message off its screen, and the streaming reply keeps its text", async () => {
    const s = shared();
    const a = openTab(s, "A", placement);
    const b = openTab(s, "B", placement);
    a.edit("c", (c) => addMessage(c, user("u1", null, 1)));
    await a.save();
    await b.hear("c");
    expect(b.ids("c")).toEqual(["u1"]);

    // Tab B adds its message and saves; tab A has not heard of it yet.
    b.edit("c", (c) => addMessage(c, user("o1", "u1", 2)));
    await b.save();
    // Tab A sends its own message; its reply starts streaming.
    a.edit("c", (c) => addMessage(c, user("t1", "u1", 3)));
    a.edit("c", (c) =>
      addMessage(
        c,
        msg("r", "t1", "assistant", { content: "", status: "streaming", createdAt: 4, updatedAt: 4 }),
      ),
    );
    await a.save();
    // A merged B's message in before writing, and shows it.
    expect(a.ids("c")).toEqual(["u1", "o1", "t1", "r"]);

    // B's event reaches A late, after A has written over it: A's own message stays on screen.
    await a.hear("c");
    expect(a.ids("c")).toEqual(["u1", "o1", "t1", "r"]);

    // The reply keeps streaming into a message that still exists, and is saved with its text.
    for (let i = 0; i < 5; i++) a.edit("c", (c) => appendToMessage(c, "r", { content: `part${i} ` }, 10 + i));
    await a.save();
    await b.hear("c");
    expect(b.ids("c")).toEqual(["u1", "o1", "t1", "r"]);
    expect(b.shown("c")?.messages[3]?.content).toBe("part0 part1 part2 part3 part4 ");

    a.edit("c", (c) => patchMessage(c, "r", { status: "complete" }, 20));
    await a.save();
    await b.hear("c");
    expect(b.shown("c")?.messages[3]).toMatchObject({
      status: "complete",
      content: "part0 part1 part2 part3 part4 ",
    });
    // B's late echo of an older write never rolls A back.
    await a.hear("c");
    expect(a.shown("c")?.messages[3]?.status).toBe("complete");
    expect(a.problems.size + b.problems.size).toBe(0);
  });
});

describe("saving", () => {
  it("moves a conversation to IndexedDB when it outgrows localStorage, and other tabs follow", async () => {
    const s = shared();
    const a = openTab(s, "A", { budget: 1_000_000, maxConversation: 2000 });
    const b = openTab(s, "B");
    a.edit("c", (c) => addMessage(c, user("u1", null, 1)));
    await a.save();
    await b.hear("c");
    expect(s.local.getItem(keys.conversation("c"))).not.toBeNull();
    a.edit("c", (c) =>
      addMessage(c, msg("r", "u1", "assistant", { content: "x".repeat(5000), createdAt: 2 })),
    );
    await a.save();
    expect(s.local.getItem(keys.conversation("c"))).toBeNull();
    expect(JSON.parse(s.local.getItem(keys.stub("c")) ?? "{}")).toMatchObject({ title: "u1" });
    // Gone from localStorage is a move, not a delete: B reads the new record.
    await b.hear("c");
    expect(b.ids("c")).toEqual(["u1", "r"]);
  });

  it("deletes a conversation for every tab", async () => {
    const s = shared();
    const a = openTab(s, "A", INDEXED);
    const b = openTab(s, "B", INDEXED);
    a.edit("c", (c) => addMessage(c, user("u1", null, 1)));
    await a.save();
    await b.hear("c");
    a.remove("c");
    await a.save();
    await b.hear("c");
    expect(b.shown("c")).toBeUndefined();
    expect(s.local.getItem(keys.stub("c"))).toBeNull();
  });

  it("tells other tabs of a deletion only once the IndexedDB record is gone", async () => {
    const s = shared();
    const seen: Promise<unknown>[] = [];
    const reader = openIndexedStore("db", s.factory, IDBKeyRange);
    const a = openTab(s, "A", INDEXED, undefined, (id) => seen.push(reader.get(id)));
    a.edit("c", (c) => addMessage(c, user("u1", null, 1)));
    await a.save();
    seen.length = 0;
    a.remove("c");
    await a.save();
    await expect.poll(() => seen.length).toBe(1);
    expect(await Promise.all(seen)).toEqual([null]);
  });

  it("never stops at the first full store: what fits is saved, what does not is named, also after a reload", async () => {
    // localStorage too small for any conversation, IndexedDB refusing records over 3,000 characters.
    const s = shared(new FakeStorage(2_000));
    const a = openTab(s, "A", LOCAL, (i) => limited(i, 3000));
    a.edit("big1", (c) => ({ ...addMessage(c, user("b1", null, 1)), title: "Big one" }));
    a.edit("big1", (c) => addMessage(c, msg("b1r", "b1", "assistant", { content: "x".repeat(4000) })));
    a.edit("small", (c) => addMessage(c, user("s1", null, 1)));
    a.edit("big2", (c) => ({ ...addMessage(c, user("b2", null, 1)), title: "Big two" }));
    a.edit("big2", (c) => addMessage(c, msg("b2r", "b2", "assistant", { content: "y".repeat(4000) })));
    const { unsaved } = await a.save();
    expect([...unsaved].sort()).toEqual(["big1", "big2"]);
    expect(a.problems.get("unsaved")).toEqual({
      kind: "quota",
      code: "unsaved",
      count: 2,
      titles: ["Big one", "Big two"],
      settings: false,
    });
    // The small one was saved despite the failures around it.
    const fresh = openIndexedStore("db", s.factory, IDBKeyRange);
    const small = s.local.getItem(keys.conversation("small")) ?? (await fresh.get("small"))?.json;
    expect(JSON.parse(small ?? "{}").id).toBe("small");
    // The marker survives the page (a reload reads it and names them again).
    expect(JSON.parse(s.local.getItem(keys.unsaved) ?? "{}")).toEqual({
      items: [
        { id: "big1", title: "Big one" },
        { id: "big2", title: "Big two" },
      ],
    });
    // Once there is room, the next save stores them and the problem goes.
    s.local.setQuota(1_000_000);
    a.edit("small", (c) => ({ ...c, title: "renamed" }));
    expect((await a.save()).unsaved.size).toBe(0);
    expect(a.problems.has("unsaved")).toBe(false);
  });
});
