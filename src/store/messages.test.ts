import { beforeEach, describe, expect, it } from "vitest";
import { activePath, addMessage, createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import { useAppStore } from "./app-store";
import { removeMessage, showVersion, undoMessageRemoval } from "./messages";
import { registerStream, unregisterStream } from "./streams";

beforeEach(() => {
  let c = createConversation("c1", 0);
  c = addMessage(c, msg("u1", null, "user"));
  c = addMessage(c, msg("a1", "u1", "assistant"));
  c = addMessage(c, msg("a1b", "u1", "assistant", { content: "", status: "streaming" }));
  useAppStore.setState({ conversations: { c1: c }, activeId: "c1" });
});

const conv = () => useAppStore.getState().conversations.c1!;
const path = () => activePath(conv()).map((m) => m.id);

describe("message actions", () => {
  it("show another version of a reply", () => {
    expect(path()).toEqual(["u1", "a1b"]);
    showVersion("c1", "a1");
    expect(path()).toEqual(["u1", "a1"]);
  });

  it("delete a message with its replies, stopping a reply that still streams, and undo it", () => {
    const controller = registerStream("a1b", "c1");
    const removal = removeMessage("c1", "u1");
    expect(removal?.deletion.removed.map((m) => m.id)).toEqual(["u1", "a1", "a1b"]);
    expect(conv().messages).toEqual([]);
    expect(controller.signal.aborted).toBe(true);
    unregisterStream("a1b");

    undoMessageRemoval();
    expect(path()).toEqual(["u1", "a1b"]);
    expect(conv().messages.find((m) => m.id === "a1b")?.status).toBe("stopped");
    // The offer is used up: a second Undo changes nothing.
    const restored = conv();
    undoMessageRemoval();
    expect(conv()).toBe(restored);
  });

  it("offer Undo for the latest deletion only", () => {
    removeMessage("c1", "a1");
    removeMessage("c1", "a1b");
    undoMessageRemoval();
    expect(conv().messages.map((m) => m.id)).toEqual(["u1", "a1b"]);
    expect(removeMessage("c1", "missing")).toBeNull();
  });
});
