import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createConversationStorage,
  storageKeys,
  type PersistedState,
  type StorageProblem,
} from "./conversation-storage";
import { FakeStorage } from "./fake-storage.test-util";
import { addMessage, appendToMessage, createConversation, patchMessage } from "../domain/conversation";
import { defaultParamSettings } from "../domain/parameters";
import { defaultSettings, type Conversation, type Message } from "../domain/types";
import { msg as message } from "../domain/messages.test-util";
import { migrate } from "./migrations";

const keys = storageKeys("t");

/** A reply when it has a parent, else a user message (the shared builder, role from the tree). */
function msg(id: string, parentId: string | null, extra: Partial<Message> = {}): Message {
  return message(id, parentId, parentId ? "assistant" : "user", extra);
}

function conv(id: string, text = "hello"): Conversation {
  return addMessage(createConversation(id, 1), msg(`${id}-u`, null, { content: text }));
}

function state(conversations: Conversation[]): PersistedState {
  return {
    settings: { ...defaultSettings(), apiKey: "sk-test" },
    conversations: Object.fromEntries(conversations.map((c) => [c.id, c])),
    activeId: conversations[0]?.id ?? null,
    chatDefaults: { systemPrompt: "", params: defaultParamSettings(), extraBody: "" },
    presets: [],
  };
}

function setup(storage = new FakeStorage(), version = 1, steps?: typeof migrate) {
  const problems: StorageProblem[] = [];
  const store = createConversationStorage({
    storage,
    prefix: "t",
    currentVersion: version,
    migrate: steps ?? migrate,
    onProblem: (p) => problems.push(p),
    now: () => 1000,
  });
  return { storage, store, problems };
}

describe("conversation storage", () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
  });

  it("round-trips the state with one key per conversation", () => {
    const a = conv("a");
    const b = conv("b");
    s.store.setItem("t", { state: state([a, b]), version: 1 });
    expect(s.storage.keys().sort()).toEqual(
      [keys.conversation("a"), keys.conversation("b"), keys.meta].sort(),
    );
    const fresh = setup(s.storage);
    const loaded = fresh.store.getItem("t");
    expect(loaded).not.toBeNull();
    expect((loaded as { state: PersistedState }).state.conversations).toEqual({ a, b });
    expect(fresh.problems).toEqual([]);
  });

  it("writes only the conversation that changed", () => {
    const a = conv("a");
    const b = conv("b");
    s.store.setItem("t", { state: state([a, b]), version: 1 });
    s.storage.writes = [];
    const b2 = addMessage(b, msg("b-a", "b-u"));
    s.store.setItem("t", { state: state([a, b2]), version: 1 });
    expect(s.storage.writes.map((w) => w.key)).toEqual([keys.conversation("b")]);
  });

  it("writes a streaming reply only when it has tripled, and everything on flush", () => {
    let c = addMessage(conv("a"), msg("r", "a-u", { content: "", status: "streaming" }));
    s.store.setItem("t", { state: state([c]), version: 1 });
    s.storage.writes = [];
    let total = 0;
    for (let i = 0; i < 2000; i++) {
      c = appendToMessage(c, "r", { content: "x".repeat(25) }, i);
      s.store.setItem("t", { state: state([c]), version: 1 });
    }
    c = patchMessage(c, "r", { status: "complete" }, 3000);
    s.store.setItem("t", { state: state([c]), version: 1 });
    for (const w of s.storage.writes) total += w.chars;
    const stored = s.storage.getItem(keys.conversation("a"))?.length ?? 0;
    expect(stored).toBeGreaterThan(50_000);
    // Partial copies at 2, 6 and 18 KB, then the final 50 KB: about 1.5x (doubling would be 2.3x).
    expect(total / stored).toBeLessThanOrEqual(2);
    s.store.flush();
  });

  it("reports a full quota, keeps going, and saves once there is room", () => {
    const small = setup(new FakeStorage(2_000));
    small.store.setItem("t", { state: state([conv("a", "x".repeat(3_000))]), version: 1 });
    expect(small.problems.map((p) => p.kind)).toEqual(["quota"]);
    expect(small.problems[0]).toEqual({ kind: "quota", code: "quota" });
    small.storage.setQuota(100_000);
    const onWritten = vi.fn();
    const again = createConversationStorage({
      storage: small.storage,
      prefix: "t",
      currentVersion: 1,
      migrate,
      onProblem: () => {},
      onWritten,
    });
    again.setItem("t", { state: state([conv("a", "x".repeat(3_000))]), version: 1 });
    expect(onWritten).toHaveBeenCalled();
  });

  it("keeps unreadable data under a backup key and loads the rest", () => {
    s.storage.setItem(keys.conversation("bad"), "{not json");
    s.storage.setItem(keys.conversation("worse"), JSON.stringify({ id: "worse", messages: "nope" }));
    s.store.setItem("t", { state: state([conv("good")]), version: 1 });
    const fresh = setup(s.storage);
    const loaded = fresh.store.getItem("t") as { state: PersistedState };
    expect(Object.keys(loaded.state.conversations)).toEqual(["good"]);
    expect(fresh.problems[0]).toMatchObject({ kind: "corrupt" });
    expect(fresh.problems[0]).toEqual({ kind: "corrupt", code: "conversationsUnreadable", count: 2 });
    const backups = s.storage.keys().filter((k) => k.startsWith("t:backup:"));
    expect(backups).toHaveLength(2);
    expect(backups.map((k) => s.storage.getItem(k)).sort()).toEqual(
      ['{"id":"worse","messages":"nope"}', "{not json"].sort(),
    );
  });

  it("backs up corrupt settings and starts with defaults", () => {
    s.storage.setItem(keys.meta, "{{{");
    const loaded = setup(s.storage);
    const value = loaded.store.getItem("t") as { state: PersistedState };
    expect(value.state.settings).toEqual(defaultSettings());
    expect(loaded.problems[0]?.kind).toBe("corrupt");
    expect(s.storage.keys().some((k) => k.startsWith("t:backup:") && s.storage.getItem(k) === "{{{")).toBe(
      true,
    );
  });

  it("never writes over data from a newer version", () => {
    s.storage.setItem(keys.meta, JSON.stringify({ version: 9 }));
    const newer = setup(s.storage);
    expect(newer.store.getItem("t")).toBeNull();
    expect(newer.problems[0]).toMatchObject({ kind: "unavailable", code: "newerVersion" });
    newer.store.setItem("t", { state: state([conv("x")]), version: 1 });
    expect(s.storage.getItem(keys.conversation("x"))).toBeNull();
    expect(s.storage.getItem(keys.meta)).toBe(JSON.stringify({ version: 9 }));
  });

  it("backs up the old data before migrating", () => {
    const old = conv("a");
    s.storage.setItem(keys.meta, JSON.stringify({ version: 1, settings: defaultSettings() }));
    s.storage.setItem(keys.conversation("a"), JSON.stringify({ ...old, title: "old title" }));
    const rename = (st: Record<string, unknown>) => {
      const convs = st.conversations as Conversation[];
      return { ...st, conversations: convs.map((c) => ({ ...c, title: c.title.toUpperCase() })) };
    };
    const v2 = setup(s.storage, 2, (st, from) => migrate(st, from, { 1: rename }, 2));
    const loaded = v2.store.getItem("t") as { state: PersistedState; version: number };
    expect(loaded.version).toBe(2);
    expect(loaded.state.conversations.a?.title).toBe("OLD TITLE");
    const backupKey = s.storage.keys().find((k) => k.startsWith("t:backup:") && k.endsWith(":v1"));
    expect(backupKey).toBeDefined();
    expect(s.storage.getItem(backupKey ?? "")).toContain("old title");
  });

  describe("two tabs", () => {
    it("merge instead of overwriting each other's writes to one conversation", () => {
      const shared = new FakeStorage();
      const tabA = setup(shared);
      const tabB = setup(shared);
      const base = conv("c");
      tabA.store.setItem("t", { state: state([base]), version: 1 });
      tabB.store.getItem("t");
      const fromA = addMessage(base, msg("a-reply", "c-u", { createdAt: 2 }));
      const fromB = addMessage(base, msg("b-reply", "c-u", { createdAt: 3 }));
      tabA.store.setItem("t", { state: state([fromA]), version: 1 });
      tabB.store.setItem("t", { state: state([fromB]), version: 1 });
      const stored = JSON.parse(shared.getItem(keys.conversation("c")) ?? "{}") as Conversation;
      expect(stored.messages.map((m) => m.id)).toEqual(["c-u", "a-reply", "b-reply"]);
    });

    it("never delete each other's conversations when writing different ones", () => {
      const shared = new FakeStorage();
      const tabA = setup(shared);
      const tabB = setup(shared);
      tabA.store.setItem("t", { state: state([conv("a")]), version: 1 });
      tabB.store.setItem("t", { state: state([conv("b")]), version: 1 });
      tabA.store.setItem("t", { state: state([addMessage(conv("a"), msg("a2", "a-u"))]), version: 1 });
      expect(shared.getItem(keys.conversation("a"))).not.toBeNull();
      expect(shared.getItem(keys.conversation("b"))).not.toBeNull();
    });

    it("reads another tab's change once, and ignores its own echo", () => {
      const c = conv("c");
      s.store.setItem("t", { state: state([c]), version: 1 });
      const mine = s.storage.getItem(keys.conversation("c"));
      expect(s.store.readExternal(keys.conversation("c"), mine)).toBeNull();
      const theirs = JSON.stringify(addMessage(c, msg("x", "c-u")));
      expect(s.store.readExternal(keys.conversation("c"), theirs)).toMatchObject({
        type: "conversation",
        id: "c",
      });
      expect(s.store.readExternal(keys.conversation("c"), null)).toMatchObject({
        type: "conversation",
        id: "c",
        conversation: null,
      });
      expect(s.store.readExternal("someone-else", "x")).toBeNull();
      expect(s.store.readExternal(keys.conversation("c"), "{corrupt")).toBeNull();
    });
  });
});

describe("deferred writes", () => {
  it("coalesce the updates of one task into one write, and flush() writes at once", () => {
    const storage = new FakeStorage();
    const queue: (() => void)[] = [];
    const store = createConversationStorage({
      storage,
      prefix: "t",
      currentVersion: 1,
      migrate,
      onProblem: () => {},
      defer: (write) => queue.push(write),
    });
    let c = conv("a");
    store.setItem("t", { state: state([c]), version: 1 });
    c = addMessage(c, msg("r1", "a-u"));
    store.setItem("t", { state: state([c]), version: 1 });
    expect(storage.writes).toEqual([]);
    expect(queue).toHaveLength(1);
    queue.shift()?.();
    expect(storage.writes.map((w) => w.key)).toEqual([keys.meta, keys.conversation("a")]);
    c = addMessage(c, msg("r2", "a-u"));
    store.setItem("t", { state: state([c]), version: 1 });
    store.flush();
    expect(JSON.parse(storage.getItem(keys.conversation("a")) ?? "{}").messages).toHaveLength(3);
  });
});
