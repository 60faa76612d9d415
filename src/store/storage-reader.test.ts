import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import { defaultSettings, type Conversation } from "../domain/types";
import { migrate } from "./migrations";
import { storageKeys } from "./storage-format";
import {
  missingRecords,
  readIndexedBatch,
  readLocal,
  reviveConversation,
  type Migrate,
  type ReadContext,
} from "./storage-reader";

const keys = storageKeys("t");
const ctx: ReadContext = { keys, currentVersion: 2, migrate, now: 1000 };

function conv(id: string, extra: Partial<Conversation> = {}): Conversation {
  return { ...addMessage(createConversation(id, 1), msg(`${id}-u`, null, "user")), ...extra };
}

const meta = (version: number, more: object = {}) =>
  JSON.stringify({ version, settings: { ...defaultSettings(), apiKey: "sk-1" }, activeId: "a", ...more });

describe("readLocal", () => {
  it("reads settings and conversations, and knows they are stored as they are", () => {
    const a = conv("a");
    const text = JSON.stringify(a);
    const read = readLocal(
      [
        [keys.meta, meta(2)],
        [keys.conversation("a"), text],
      ],
      ctx,
    );
    expect(read.problems).toEqual([]);
    expect(read.backups).toEqual([]);
    expect(read.state?.settings.apiKey).toBe("sk-1");
    expect(read.state?.activeId).toBe("a");
    expect(read.state?.conversations).toEqual({ a });
    expect(read.known.get("a")).toMatchObject({ where: "local", raw: text, chars: text.length });
    // The object in memory is the one known as stored: nothing is rewritten for nothing.
    expect(read.known.get("a")?.conv).toBe(read.state?.conversations.a);
    expect(read.writtenMeta).toBe(meta(2));
  });

  it("returns null state when nothing is stored, with no problem", () => {
    const read = readLocal([], ctx);
    expect(read.state).toBeNull();
    expect(read.problems).toEqual([]);
    expect(read.readOnly).toBe(false);
  });

  it("with every value garbled: problems as data, each garbled text backed up, the rest defaults", () => {
    const read = readLocal(
      [
        [keys.meta, "{{{"],
        [keys.conversation("x"), "not json"],
        [keys.conversation("y"), JSON.stringify({ id: "y", messages: "nope" })],
        [keys.stub("z"), "garbled stub"],
        [keys.unsaved, "]["],
      ],
      ctx,
    );
    expect(read.problems).toEqual([
      { kind: "corrupt", code: "corrupt-settings" },
      { kind: "corrupt", code: "unreadable", count: 2 },
    ]);
    expect(read.unreadable).toBe(2);
    expect(read.backups).toEqual([
      { key: keys.backup("meta", 1000), text: "{{{" },
      { key: keys.backup("x", 1000), text: "not json", from: keys.conversation("x") },
      {
        key: keys.backup("y", 1000),
        text: JSON.stringify({ id: "y", messages: "nope" }),
        from: keys.conversation("y"),
      },
    ]);
    expect(read.state?.settings).toEqual(defaultSettings());
    expect(read.state?.conversations).toEqual({});
    // A garbled stub still names a record in IndexedDB, so it stays counted.
    expect([...read.stubs.keys()]).toEqual(["z"]);
    expect(read.readOnly).toBe(false);
  });

  it("repairs stored conversations as an import would: a streaming reply becomes stopped", () => {
    const c = addMessage(conv("a"), msg("r", "a-u", "assistant", { status: "streaming" }));
    const read = readLocal([[keys.conversation("a"), JSON.stringify(c)]], ctx);
    expect(read.state?.conversations.a?.messages[1]?.status).toBe("stopped");
  });

  it("reads nothing and writes nothing when the data is from a newer version", () => {
    const read = readLocal(
      [
        [keys.meta, meta(9)],
        [keys.conversation("x"), "garbage"],
      ],
      ctx,
    );
    expect(read.readOnly).toBe(true);
    expect(read.state).toBeNull();
    expect(read.backups).toEqual([]);
    expect(read.problems).toEqual([{ kind: "unavailable", code: "newer-version", version: 9 }]);
  });

  it("migrates older data, backing up only records a step changes (required before writing)", () => {
    const a = conv("a");
    const upper: Migrate = (state, from) =>
      migrate(
        state,
        from,
        {
          1: (s) => ({
            ...s,
            conversations: (s.conversations as Conversation[]).map((c) =>
              c.id === "a" ? { ...c, title: c.title.toUpperCase() } : c,
            ),
          }),
        },
        2,
      );
    const b = conv("b");
    const read = readLocal(
      [
        [keys.meta, meta(1)],
        [keys.conversation("a"), JSON.stringify(a)],
        [keys.conversation("b"), JSON.stringify(b)],
      ],
      { ...ctx, migrate: upper },
    );
    expect(read.state?.conversations.a?.title).toBe("A-U");
    expect(read.backups).toEqual([
      { key: keys.backup("v1-a", 1000), text: JSON.stringify(a), required: true },
    ]);
    // The migrated record must be written again; the untouched one need not be.
    expect(read.known.get("a")?.conv).toBeUndefined();
    expect(read.known.get("b")?.conv).toBe(read.state?.conversations.b);
    expect(read.writtenMeta).toBeNull();
  });

  it("reports what an earlier session could not save, by title", () => {
    const read = readLocal(
      [[keys.unsaved, JSON.stringify({ items: [{ id: "a", title: "Trip plans" }] })]],
      ctx,
    );
    expect(read.problems).toEqual([
      { kind: "quota", code: "unsaved-earlier", count: 1, titles: ["Trip plans"] },
    ]);
    expect(read.unsaved).toEqual([{ id: "a", title: "Trip plans" }]);
  });

  it("keeps the texts of earlier backups for the image guard", () => {
    const read = readLocal([[keys.backup("x", 5), '{"images":[{"id":"img_1"']], ctx);
    expect(read.backupTexts).toEqual(['{"images":[{"id":"img_1"']);
  });
});

describe("readIndexedBatch", () => {
  const batchCtx = { ...ctx, storedVersion: 2 };

  it("reads records and sets aside unreadable ones (bad JSON, bad shape, wrong id)", () => {
    const a = conv("a");
    const batch = readIndexedBatch(
      [
        { id: "a", rev: "r1", json: JSON.stringify(a) },
        { id: "b", rev: "r1", json: "{" },
        { id: "c", rev: "r1", json: JSON.stringify({ id: "c" }) },
        { id: "d", rev: "r1", json: JSON.stringify(conv("other")) },
      ],
      batchCtx,
    );
    expect(batch.conversations).toEqual([a]);
    expect(batch.known.get("a")).toMatchObject({ where: "indexed", rev: "r1" });
    expect(batch.known.get("a")?.conv).toBe(batch.conversations[0]);
    expect(batch.unreadable.map((r) => r.id)).toEqual(["b", "c", "d"]);
  });
});

describe("reviveConversation", () => {
  it("is the schema plus the repair", () => {
    expect(reviveConversation({ id: "x" })).toBeNull();
    const c = { ...conv("a"), leafId: "gone" };
    expect(reviveConversation(JSON.parse(JSON.stringify(c)))?.leafId).toBe("a-u");
  });
});

describe("missingRecords", () => {
  it("names stubs without a record and moves each to a backup key", () => {
    const stubs = new Map([
      ["a", { rev: "1", title: "Found", updatedAt: 1, chars: 10 }],
      ["b", { rev: "1", title: "Lost one", updatedAt: 1, chars: 10 }],
    ]);
    const result = missingRecords(stubs, new Set(["a"]), keys, 7);
    expect(result.problem).toEqual({
      kind: "corrupt",
      code: "missing-records",
      count: 1,
      titles: ["Lost one"],
    });
    expect(result.backups).toEqual([
      { key: keys.backup("missing-b", 7), text: JSON.stringify(stubs.get("b")), from: keys.stub("b") },
    ]);
    expect(missingRecords(stubs, new Set(["a", "b"]), keys, 7)).toEqual({ backups: [], problem: null });
  });
});
