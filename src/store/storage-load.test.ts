import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import { defaultSettings, type Conversation } from "../domain/types";
import { FakeStorage } from "./fake-storage.test-util";
import { imagesInUse } from "./image-guard";
import { openIndexedStore, type IndexedStore } from "./indexed-db";
import { migrate } from "./migrations";
import { createPersistence } from "./persistence";
import { storageKeys, type PersistedState, type StorageProblem } from "./storage-format";
import { loadIndexed, startFromLocal, type LoadContext, type LoadHost } from "./storage-load";

const keys = storageKeys("t");
const image = (id: string) => ({ id, mime: "image/png", width: 1, height: 1, bytes: 1 });

function conv(id: string, imageId?: string): Conversation {
  return addMessage(
    createConversation(id, 1),
    msg(`${id}-u`, null, "user", imageId ? { images: [image(imageId)] } : {}),
  );
}

function setup(local: FakeStorage, indexed: IndexedStore | null) {
  let state: PersistedState | null = null;
  const problems: StorageProblem[] = [];
  const host: LoadHost = {
    getState: () =>
      state ?? {
        settings: defaultSettings(),
        conversations: {},
        activeId: null,
        chatDefaults: { systemPrompt: "", params: {} as never, extraBody: "" },
        presets: [],
      },
    applyConversation: (id, c) => {
      const s = host.getState();
      const conversations = { ...s.conversations };
      if (c) conversations[id] = c;
      else delete conversations[id];
      state = { ...s, conversations };
    },
    applyMeta: () => {},
    // Problems are recorded the moment they are found: no later assignment can miss them.
    report: (p) => problems.push(p),
    clear: () => {},
    hydrate: (s) => (state = s),
    addConversations: (list) => {
      const s = host.getState();
      state = {
        ...s,
        conversations: { ...s.conversations, ...Object.fromEntries(list.map((c) => [c.id, c])) },
      };
    },
    setLoading: () => {},
  };
  const persistence = createPersistence({
    local,
    indexed,
    keys,
    version: 2,
    placement: { budget: 1_000_000, maxConversation: 100_000 },
    host,
    newRev: () => "r",
  });
  const ctx: LoadContext = {
    local,
    indexed,
    keys,
    read: { keys, currentVersion: 2, migrate },
    persistence,
    host,
    now: () => 7,
    afterFirstPaint: async () => {},
  };
  return { ctx, host, problems, persistence };
}

describe("start-up with every stored value garbled", () => {
  it("reports each problem as it is found, keeps every text as a backup, and keeps the images", async () => {
    const local = new FakeStorage();
    const factory = new IDBFactory();
    const indexed = openIndexedStore("db", factory, IDBKeyRange);
    const good = conv("good", "img_good");
    local.setItem(keys.meta, "{not json");
    local.setItem(keys.conversation("bad"), '{"id":"bad","messages":[{"images":[{"id":"img_in_bad"');
    local.setItem(keys.conversation("good"), JSON.stringify(good));
    local.setItem(
      keys.stub("lost"),
      JSON.stringify({ rev: "1", title: "Lost chat", updatedAt: 1, chars: 5 }),
    );
    local.setItem(
      keys.stub("idb"),
      JSON.stringify({ rev: "1", title: "Broken record", updatedAt: 1, chars: 5 }),
    );
    await indexed.putIfRev([{ id: "idb", expectRev: null, rev: "1", json: '{"img_in_record"' }]);

    const { ctx, host, problems } = setup(local, indexed);
    const read = startFromLocal(ctx, "t");
    // Before any render: the problems are already there.
    expect(problems.map((p) => p.code)).toEqual(["corrupt-settings", "unreadable"]);
    expect(host.getState().conversations).toEqual({ good });
    expect(local.getItem(keys.conversation("bad"))).toBeNull();
    expect(local.getItem(keys.backup("bad", 7))).toContain("img_in_bad");
    expect(local.getItem(keys.backup("meta", 7))).toBe("{not json");

    if (!read) throw new Error("nothing read");
    const outcome = await loadIndexed(ctx, read);
    expect(outcome.complete).toBe(true);
    expect(problems.slice(2)).toEqual([
      { kind: "corrupt", code: "unreadable", count: 2 },
      { kind: "corrupt", code: "missing-records", count: 1, titles: ["Lost chat"] },
    ]);
    // The broken record went to IndexedDB's backups; the lost stub to a backup key.
    expect(await indexed.get("idb")).toBeNull();
    expect(await indexed.backupTexts()).toEqual(['{"img_in_record"']);
    expect(local.getItem(keys.stub("idb"))).toBeNull();
    expect(local.getItem(keys.stub("lost"))).toBeNull();
    expect(local.getItem(keys.backup("missing-lost", 7))).toContain("Lost chat");

    // The clean-up may run, and keeps every image any of that mentions.
    const inUse = imagesInUse(
      { complete: outcome.complete, texts: outcome.backupTexts },
      Object.values(host.getState().conversations),
    );
    for (const id of ["img_good", "img_in_bad", "img_in_record"]) expect(inUse?.(id)).toBe(true);
    expect(inUse?.("img_orphan")).toBe(false);
  });

  it("from a newer version: says so, reads nothing, writes nothing, and the clean-up never runs", async () => {
    const local = new FakeStorage();
    local.setItem(keys.meta, JSON.stringify({ version: 9 }));
    local.setItem(keys.conversation("x"), "whatever v9 writes");
    const before = local.keys().map((k) => [k, local.getItem(k)]);
    const { ctx, problems, host, persistence } = setup(
      local,
      openIndexedStore("db", new IDBFactory(), IDBKeyRange),
    );
    const read = startFromLocal(ctx, "t");
    expect(problems.map((p) => p.code)).toEqual(["newer-version"]);
    host.addConversations([conv("new")]);
    await persistence.saveNow();
    expect(local.keys().map((k) => [k, local.getItem(k)])).toEqual(before);
    const outcome = read && (await loadIndexed(ctx, read));
    expect(outcome?.complete).toBe(false);
    expect(imagesInUse({ complete: false, texts: [] }, [])).toBeNull();
  });

  it("without IndexedDB: conversations listed there are said to be unreadable, and nothing is deleted", async () => {
    const local = new FakeStorage();
    local.setItem(keys.stub("a"), JSON.stringify({ rev: "1", title: "A", updatedAt: 1, chars: 5 }));
    const { ctx, problems } = setup(local, null);
    const read = startFromLocal(ctx, "t");
    const outcome = read && (await loadIndexed(ctx, read));
    expect(outcome?.complete).toBe(false);
    expect(problems.map((p) => p.code)).toEqual(["indexed-unavailable"]);
    expect(local.getItem(keys.stub("a"))).not.toBeNull();
  });
});
