import { describe, expect, it } from "vitest";
import { activePath, addMessage, createConversation, siblingsOf, switchBranch } from "./conversation";
import { deleteForUndo, restoreDeleted } from "./message-deletion";
import { msg } from "./messages.test-util";
import type { Conversation } from "./types";

/** u1 → a1 (and its regeneration a1b, on screen) → u2 → a2 */
function tree(): Conversation {
  let c = createConversation("c1", 0);
  c = addMessage(c, msg("u1", null, "user"));
  c = addMessage(c, msg("a1", "u1", "assistant"));
  c = addMessage(c, msg("u2", "a1", "user"));
  c = addMessage(c, msg("a2", "u2", "assistant"));
  c = addMessage(c, msg("a1b", "u1", "assistant"));
  return switchBranch(c, "a1b");
}

const ids = (c: Conversation) => c.messages.map((m) => m.id);

describe("deleteForUndo", () => {
  it("removes the message with what followed from it and records the old order and branch", () => {
    const before = switchBranch(tree(), "a1");
    const result = deleteForUndo(before, "a1", 9);
    if (!result) throw new Error("expected a deletion");
    expect(ids(result.conversation)).toEqual(["u1", "a1b"]);
    expect(result.deletion.removed.map((m) => m.id)).toEqual(["a1", "u2", "a2"]);
    expect(result.deletion).toMatchObject({
      order: ["u1", "a1", "u2", "a2", "a1b"],
      leafBefore: "a2",
      leafAfter: "a1b",
    });
  });

  it("keeps a reply that was streaming as stopped, and does nothing for an unknown id", () => {
    let c = createConversation("c1", 0);
    c = addMessage(c, msg("u1", null, "user"));
    c = addMessage(c, msg("a1", "u1", "assistant", { content: "part", status: "streaming" }));
    expect(deleteForUndo(c, "u1", 2)?.deletion.removed.map((m) => m.status)).toEqual(["complete", "stopped"]);
    expect(deleteForUndo(c, "nope", 2)).toBeNull();
  });
});

describe("restoreDeleted", () => {
  it("puts the messages back in their places, with the branch and the version order as they were", () => {
    const before = switchBranch(tree(), "a1");
    const result = deleteForUndo(before, "a1", 9);
    if (!result) throw new Error("expected a deletion");
    const after = restoreDeleted(result.conversation, result.deletion, 10);
    expect(ids(after)).toEqual(ids(before));
    expect(after.leafId).toBe("a2");
    expect(siblingsOf(after, "a1")).toMatchObject({ index: 0 });
    expect(after.updatedAt).toBe(10);
  });

  it("keeps messages added since, after the restored ones, and the branch the user moved to", () => {
    const result = deleteForUndo(tree(), "u2", 9);
    if (!result) throw new Error("expected a deletion");
    const moved = addMessage(result.conversation, msg("u3", "a1b", "user"));
    const after = restoreDeleted(moved, result.deletion, 10);
    expect(ids(after)).toEqual(["u1", "a1", "u2", "a2", "a1b", "u3"]);
    expect(activePath(after).map((m) => m.id)).toEqual(["u1", "a1b", "u3"]);
  });

  it("changes nothing when the place is gone or the messages are already back", () => {
    const inner = deleteForUndo(tree(), "u2", 9);
    const outer = inner && deleteForUndo(inner.conversation, "a1", 10);
    if (!inner || !outer) throw new Error("expected deletions");
    expect(restoreDeleted(outer.conversation, inner.deletion, 11)).toBe(outer.conversation);
    const back = restoreDeleted(inner.conversation, inner.deletion, 11);
    expect(restoreDeleted(back, inner.deletion, 12)).toBe(back);
  });
});
