import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "./conversation";
import { mergeConversations } from "./merge";
import { msg as message } from "./messages.test-util";
import type { Message } from "./types";

const msg = (id: string, parentId: string | null, createdAt: number, extra: Partial<Message> = {}): Message =>
  message(id, parentId, parentId ? "assistant" : "user", { createdAt, updatedAt: createdAt, ...extra });

describe("mergeConversations", () => {
  const base = addMessage(createConversation("c", 0), msg("u1", null, 1));

  it("keeps what each tab added, and this tab's branch on screen", () => {
    const a = addMessage(base, msg("a1", "u1", 2));
    const b = addMessage(base, msg("a2", "u1", 3));
    const merged = mergeConversations(a, b);
    expect(merged.messages.map((m) => m.id)).toEqual(["u1", "a1", "a2"]);
    expect(merged.leafId).toBe("a1");
    expect(mergeConversations(b, a).leafId).toBe("a2");
  });

  it("with the version both started from: a deletion on one side stays, a change on one side wins", () => {
    const start = addMessage(addMessage(base, msg("a1", "u1", 2)), msg("u2", "a1", 3));
    // This tab deleted u2; the other renamed the conversation and added a reply elsewhere.
    const mine = { ...start, messages: start.messages.filter((m) => m.id !== "u2"), leafId: "a1" };
    const theirs = { ...addMessage(start, msg("a2", "u1", 4)), title: "Renamed there" };
    const merged = mergeConversations(mine, theirs, start);
    expect(merged.messages.map((m) => m.id)).toEqual(["u1", "a1", "a2"]);
    expect(merged.title).toBe("Renamed there");
    // A rename here survives a newer write there that did not touch the title.
    const renamedHere = { ...start, title: "Renamed here", updatedAt: 1 };
    const newerThere = { ...addMessage(start, msg("a3", "u1", 9)), updatedAt: 99 };
    expect(mergeConversations(renamedHere, newerThere, start).title).toBe("Renamed here");
    // Without that version, nothing is dropped.
    expect(mergeConversations(mine, theirs).messages.map((m) => m.id)).toEqual(["u1", "a1", "u2", "a2"]);
  });

  it("keeps a message one side deleted if the other changed it since", () => {
    const start = addMessage(base, msg("a1", "u1", 2, { content: "draft" }));
    const deleted = { ...start, messages: start.messages.filter((m) => m.id !== "a1") };
    const edited = {
      ...start,
      messages: start.messages.map((m) => (m.id === "a1" ? { ...m, content: "final", updatedAt: 5 } : m)),
    };
    expect(mergeConversations(deleted, edited, start).messages.map((m) => m.content)).toEqual([
      "u1",
      "final",
    ]);
  });

  it("takes the later version of a message both changed", () => {
    const a = addMessage(base, msg("a1", "u1", 2, { content: "partial", status: "streaming", updatedAt: 5 }));
    const b = addMessage(base, msg("a1", "u1", 2, { content: "partial and done", updatedAt: 9 }));
    expect(mergeConversations(a, b).messages[1]?.content).toBe("partial and done");
    expect(mergeConversations(b, a).messages[1]?.content).toBe("partial and done");
  });

  it("follows the other tab along this tab's branch, never onto another branch", () => {
    const a = addMessage(base, msg("a1", "u1", 2));
    const further = addMessage(a, msg("u2", "a1", 3));
    expect(mergeConversations(a, further).leafId).toBe("u2");
    const sibling = addMessage(base, msg("a2", "u1", 4));
    expect(mergeConversations(further, sibling).leafId).toBe("u2");
  });

  it("is the identity for the same object", () => {
    expect(mergeConversations(base, base)).toBe(base);
  });
});
