import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultParamSettings } from "../domain/parameters";
import type { Conversation } from "../domain/types";
import { setSaver, useAppStore, type Saver } from "./app-store";
import { importAndSave, importConversations, IMPORTED_SUFFIX, mergeImported, sameContent } from "./import";

const idleSaver: Saver = {
  flush: () => {},
  flushSoon: () => {},
  saveNow: async () => ({ unsaved: new Set() }),
  dismissed: () => {},
};

function conv(id: string, title = `Chat ${id}`, content = "hello"): Conversation {
  return {
    id,
    title,
    createdAt: 1,
    updatedAt: 2,
    leafId: `${id}_m1`,
    systemPrompt: "",
    params: defaultParamSettings(),
    extraBody: "",
    messages: [
      {
        id: `${id}_m1`,
        parentId: null,
        role: "user",
        content,
        createdAt: 1,
        updatedAt: 1,
        status: "complete",
      },
    ],
  };
}

const stored = () => useAppStore.getState().conversations;

beforeEach(() => {
  useAppStore.setState({ conversations: {}, activeId: null });
});

describe("sameContent", () => {
  it("ignores key order and treats a missing key like undefined", () => {
    expect(sameContent({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameContent({ a: 1, reasoning: undefined }, { a: 1 })).toBe(true);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameContent({ a: {} }, { a: [] })).toBe(false);
    expect(sameContent({ a: null }, { a: {} })).toBe(false);
  });
});

describe("importConversations", () => {
  it("adds conversations with new ids", () => {
    expect(importConversations([conv("a"), conv("b")])).toEqual({ added: 2, copies: 0, unchanged: 0 });
    expect(Object.keys(stored()).sort()).toEqual(["a", "b"]);
  });

  it("does not duplicate a conversation that is already here unchanged", () => {
    importConversations([conv("a")]);
    const before = stored();
    // A structurally equal object with keys in another order, as after a JSON round trip through zod.
    const reversed = (o: object) => Object.fromEntries(Object.entries(o).reverse());
    const original = conv("a");
    const again = { ...reversed(original), messages: original.messages.map(reversed) } as Conversation;
    expect(importConversations([again])).toEqual({ added: 0, copies: 0, unchanged: 1 });
    expect(stored()).toBe(before);
  });

  it("imports different content under a taken id as a copy, never overwriting", () => {
    importConversations([conv("a", "Mine", "original")]);
    const result = importConversations([conv("a", "Mine", "changed elsewhere")]);
    expect(result).toEqual({ added: 0, copies: 1, unchanged: 0 });
    const all = Object.values(stored());
    expect(all).toHaveLength(2);
    expect(stored().a?.messages[0]?.content).toBe("original");
    const copy = all.find((c) => c.id !== "a");
    expect(copy?.id).toMatch(/^c_/);
    expect(copy?.title).toBe(`Mine${IMPORTED_SUFFIX}`);
    expect(copy?.messages[0]?.content).toBe("changed elsewhere");
  });

  it("does not make a second copy when the same file is imported again", () => {
    importConversations([conv("a", "Mine", "original")]);
    importConversations([conv("a", "Mine", "changed elsewhere")]);
    expect(importConversations([conv("a", "Mine", "changed elsewhere")])).toEqual({
      added: 0,
      copies: 0,
      unchanged: 1,
    });
    expect(Object.keys(stored())).toHaveLength(2);
  });

  it("keeps the open conversation open", () => {
    importConversations([conv("a")]);
    useAppStore.setState({ activeId: "a" });
    importConversations([conv("b")]);
    expect(useAppStore.getState().activeId).toBe("a");
  });

  it("changes nothing when the import fails halfway", () => {
    importConversations([conv("a")]);
    const before = stored();
    const broken = {
      get id(): string {
        throw new Error("boom");
      },
    } as unknown as Conversation;
    expect(() => importConversations([conv("b"), broken])).toThrow("boom");
    expect(stored()).toBe(before);
    expect(stored().b).toBeUndefined();
  });

  it("never lets an id replace the record's prototype", () => {
    const result = importConversations([conv("__proto__"), conv("constructor"), conv("toString")]);
    expect(result).toEqual({ added: 3, copies: 0, unchanged: 0 });
    expect(Object.getPrototypeOf(stored())).toBe(Object.prototype);
    expect(Object.keys(stored())).toHaveLength(3);
    expect(Object.keys(stored())).not.toContain("__proto__");
  });
});

describe("mergeImported", () => {
  it("is pure and uses the id factory for copies", () => {
    const existing = { a: conv("a", "A", "one") };
    const { conversations, result } = mergeImported(existing, [conv("a", "A", "two")], () => "c_new");
    expect(result.copies).toBe(1);
    expect(Object.keys(conversations)).toEqual(["a", "c_new"]);
    expect(Object.keys(existing)).toEqual(["a"]);
  });
});

describe("importAndSave", () => {
  afterEach(() => setSaver({ ...idleSaver }));

  it("takes back the new conversations that could not be stored and counts them", async () => {
    importConversations([conv("here")]);
    setSaver({ ...idleSaver, saveNow: async () => ({ unsaved: new Set(["b", "c"]) }) });
    const result = await importAndSave([conv("here"), conv("a"), conv("b"), conv("c")]);
    expect(result).toEqual({ added: 1, copies: 0, unchanged: 1, notStored: 2 });
    expect(Object.keys(stored()).sort()).toEqual(["a", "here"]);
  });

  it("counts nothing as lost when everything was stored", async () => {
    expect(await importAndSave([conv("a")])).toEqual({ added: 1, copies: 0, unchanged: 0 });
  });
});
