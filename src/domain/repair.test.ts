import { describe, expect, it } from "vitest";
import { createConversation } from "./conversation";
import { msg } from "./messages.test-util";
import { repairConversation } from "./repair";

describe("repairConversation", () => {
  it("leaves a sound conversation as the same object", () => {
    const conv = { ...createConversation("c", 1), messages: [msg("u", null, "user")], leafId: "u" };
    const result = repairConversation(conv);
    expect(result).toEqual({ conversation: conv, repaired: false });
    expect(result.conversation).toBe(conv);
  });

  it("makes orphans roots, moves a lost leaf to the last message and stops streaming replies", () => {
    const conv = {
      ...createConversation("c", 1),
      messages: [
        msg("u", "gone", "user"),
        msg("self", "self", "user"),
        msg("a", "u", "assistant", { status: "streaming" }),
      ],
      leafId: "missing",
    };
    const { conversation, repaired } = repairConversation(conv);
    expect(repaired).toBe(true);
    expect(conversation.messages.map((m) => [m.id, m.parentId, m.status])).toEqual([
      ["u", null, "complete"],
      ["self", null, "complete"],
      ["a", "u", "stopped"],
    ]);
    expect(conversation.leafId).toBe("a");
  });
});
