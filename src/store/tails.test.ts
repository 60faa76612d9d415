import { describe, expect, it } from "vitest";
import {
  addMessage,
  appendToMessage,
  createConversation,
  deleteMessage,
  patchMessage,
} from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import type { Conversation } from "../domain/types";
import { FakeStorage } from "./fake-storage.test-util";
import { storageKeys } from "./storage-format";
import { applyTail, createTails, parseTail, tailOf } from "./tails";

const keys = storageKeys("t");

/** A long conversation as stored, then a new exchange added in memory (same message objects). */
function stored(): Conversation {
  let c = createConversation("c1", 1);
  c = addMessage(c, msg("u1", null, "user", { content: "long question", createdAt: 1 }));
  c = addMessage(c, msg("a1", "u1", "assistant", { content: "x".repeat(1000), createdAt: 2 }));
  return c;
}

function withReply(c: Conversation, status: "streaming" | "complete" = "complete"): Conversation {
  const u = addMessage(c, msg("u2", "a1", "user", { content: "Still there?", createdAt: 3 }));
  const r = addMessage(u, msg("a2", "u2", "assistant", { content: "", status: "streaming", createdAt: 4 }));
  const text = appendToMessage(r, "a2", { content: "You said: Still there?" }, 5);
  return status === "complete" ? patchMessage(text, "a2", { status: "complete" }, 6) : text;
}

describe("tailOf", () => {
  it("holds only what the stored copy lacks", () => {
    const base = stored();
    const tail = tailOf(base, withReply(base));
    expect(tail.conv.messages.map((m) => m.id)).toEqual(["u2", "a2"]);
    expect(tail.removed).toEqual([]);
    expect(tail.conv.leafId).toBe("a2");
  });

  it("names the messages deleted since", () => {
    const base = withReply(stored());
    const tail = tailOf(base, deleteMessage(base, "u2", 9));
    expect(tail.removed.sort()).toEqual(["a2", "u2"]);
    expect(tail.conv.messages).toEqual([]);
  });
});

describe("applyTail", () => {
  it("puts the finished reply back on the stored record", () => {
    const base = stored();
    const current = withReply(base);
    const text = JSON.stringify(tailOf(base, current));
    const restored = applyTail(base, parseTail(text)!);
    expect(restored.messages.map((m) => [m.id, m.status, m.content.length])).toEqual(
      current.messages.map((m) => [m.id, m.status, m.content.length]),
    );
    expect(restored.leafId).toBe("a2");
  });

  it("keeps deletions, and stops a reply that was still streaming", () => {
    const base = withReply(stored(), "streaming");
    const restored = applyTail(base, tailOf(base, deleteMessage(base, "u2", 9)));
    expect(restored.messages.map((m) => m.id)).toEqual(["u1", "a1"]);
    const streaming = withReply(stored(), "streaming");
    const cut = applyTail(stored(), tailOf(stored(), streaming));
    expect(cut.messages.find((m) => m.id === "a2")).toMatchObject({
      status: "stopped",
      content: "You said: Still there?",
    });
  });

  it("lets a newer record win (another tab wrote later) and ignores another conversation's tail", () => {
    const base = stored();
    const mine = withReply(base, "streaming");
    const theirs = patchMessage(withReply(base), "a2", { content: "their final text" }, 50);
    expect(applyTail(theirs, tailOf(base, mine)).messages.find((m) => m.id === "a2")?.content).toBe(
      "their final text",
    );
    expect(applyTail({ ...base, id: "c2" }, tailOf(base, mine)).messages).toHaveLength(2);
    expect(parseTail("{not json")).toBeNull();
  });
});

describe("createTails", () => {
  it("writes a tail for a save made now and removes it once a write as recent is stored", () => {
    const local = new FakeStorage();
    const tails = createTails(local, keys);
    const base = stored();
    tails.stored({ id: "c1", conv: base }, "indexed");
    const streaming = withReply(base, "streaming");
    tails.planned([{ base: streaming }], false);
    expect(local.getItem(keys.tail("c1"))).toBeNull();

    const done = withReply(base);
    tails.planned([{ base: done }], true);
    expect(parseTail(local.getItem(keys.tail("c1"))!)?.conv.messages.map((m) => m.id)).toEqual(["u2", "a2"]);
    // The earlier write, planned before the reply ended, lands: the tail stays.
    tails.stored({ id: "c1", conv: streaming, base: streaming }, "indexed");
    expect(local.getItem(keys.tail("c1"))).not.toBeNull();
    tails.stored({ id: "c1", conv: done, base: done }, "indexed");
    expect(local.getItem(keys.tail("c1"))).toBeNull();
  });

  it("writes none without a stored copy or without room, and drops one when stored whole in localStorage", () => {
    const small = new FakeStorage(100);
    const tails = createTails(small, keys);
    tails.planned([{ base: withReply(stored()) }], true);
    expect(small.keys()).toEqual([]);
    tails.stored({ id: "c1", conv: stored() }, "indexed");
    tails.planned([{ base: withReply(stored()) }], true);
    expect(small.keys()).toEqual([]);

    const local = new FakeStorage();
    const other = createTails(local, keys);
    local.setItem(keys.tail("c1"), "left by an earlier page");
    other.found("c1");
    other.stored({ id: "c1", conv: stored() }, "indexed");
    expect(local.getItem(keys.tail("c1"))).not.toBeNull();
    other.stored({ id: "c1", conv: withReply(stored()) }, "local");
    expect(local.getItem(keys.tail("c1"))).toBeNull();
  });
});
