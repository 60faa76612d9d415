import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { openIndexedStore, type IndexedStore } from "./indexed-db";
import type { IndexedRecord } from "./storage-format";

let factory: IDBFactory;
let store: IndexedStore;

beforeEach(() => {
  factory = new IDBFactory();
  store = openIndexedStore("test", factory, IDBKeyRange);
});

const all = async (s: IndexedStore, batchSize?: number) => {
  const batches: IndexedRecord[][] = [];
  await s.readAll((records) => void batches.push(records), batchSize);
  return batches;
};

describe("IndexedDB store", () => {
  it("writes a record only if its revision is still the expected one, in one transaction", async () => {
    expect(await store.putIfRev([{ id: "a", expectRev: null, rev: "1", json: "A1" }])).toEqual([
      { status: "ok" },
    ]);
    // A second tab that still expects "no record" finds tab one's write and gets it back to merge.
    const other = openIndexedStore("test", factory, IDBKeyRange);
    expect(
      await other.putIfRev([
        { id: "a", expectRev: null, rev: "2", json: "A2" },
        { id: "b", expectRev: null, rev: "2", json: "B2" },
      ]),
    ).toEqual([{ status: "conflict", current: { id: "a", rev: "1", json: "A1" } }, { status: "ok" }]);
    expect(await store.get("a")).toEqual({ id: "a", rev: "1", json: "A1" });
    expect(await store.putIfRev([{ id: "a", expectRev: "1", rev: "3", json: "A3" }])).toEqual([
      { status: "ok" },
    ]);
    expect(await other.get("a")).toEqual({ id: "a", rev: "3", json: "A3" });
    expect(await store.get("b")).toEqual({ id: "b", rev: "2", json: "B2" });
  });

  it("reads every record in slices", async () => {
    await store.putIfRev(
      Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, expectRev: null, rev: "1", json: `${i}` })),
    );
    const batches = await all(store, 3);
    expect(batches.map((b) => b.map((r) => r.id))).toEqual([["c0", "c1", "c2"], ["c3", "c4", "c5"], ["c6"]]);
    expect(await all(openIndexedStore("empty", factory, IDBKeyRange))).toEqual([]);
  });

  it("moves unreadable records to the backups and deletes records", async () => {
    await store.putIfRev([
      { id: "a", expectRev: null, rev: "1", json: "{bad" },
      { id: "b", expectRev: null, rev: "1", json: "{}" },
    ]);
    await store.moveToBackups([{ id: "a", key: "backup:1:a", text: "{bad" }]);
    await store.delete(["b"]);
    expect(await all(store)).toEqual([]);
    expect(await store.backupTexts()).toEqual(["{bad"]);
  });

  it("keeps meta values and removes them with null", async () => {
    await store.setMeta("unsaved", '{"items":[]}');
    expect(await store.getMeta("unsaved")).toBe('{"items":[]}');
    await store.setMeta("unsaved", null);
    expect(await store.getMeta("unsaved")).toBeNull();
  });
});
