import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "./conversation";
import { mergeConversations } from "./merge";
import { msg as message } from "./messages.test-util";
import type { Message } from "./types";

const msg = (id: string, parentId: string | null, createdAt: number, extra: Partial<Message> = {}): Message =>
  message(id, parentId, parentId ? "assistant" : "user", { createdAt, updatedAt: createdAt, ...extra });

describe("mergeConversations", () => {
  const base = addMessage(createConversation("c", 0), msg("u1", null, 1));

  it("keeps what each tab added", () => {
    const a = addMessage(base, msg("a1", "u1", 2));
    const b = addMessage(base, msg("a2", "u1", 3));
    const merged = mergeConversations(a, b);
    expect(merged.messages.map((m) => m.id)).toEqual(["u1", "a1", "a2"]);
    expect(merged.leafId).toBe("a2");
  });

  it("takes the later version of a message both changed", () => {
    const a = addMessage(base, msg("a1", "u1", 2, { content: "partial", status: "streaming", updatedAt: 5 }));
    const b = addMessage(base, msg("a1", "u1", 2, { content: "partial and done", updatedAt: 9 }));
    expect(mergeConversations(a, b).messages[1]?.content).toBe("partial and done");
    expect(mergeConversations(b, a).messages[1]?.content).toBe("partial and done");
  });

  it("is the identity for the same object", () => {
    expect(mergeConversations(base, base)).toBe(base);
  });
});
