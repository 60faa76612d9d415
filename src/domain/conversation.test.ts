import { describe, expect, it } from "vitest";
import {
  activePath,
  addMessage,
  appendToMessage,
  createConversation,
  deleteMessage,
  patchMessage,
  siblingsOf,
  switchBranch,
  titleFromText,
  UNTITLED,
} from "./conversation";
import { msg } from "./messages.test-util";
import type { Conversation } from "./types";

function chain(): Conversation {
  let c = createConversation("c1", 0);
  c = addMessage(c, msg("u1", null, "user", { content: "Hello there" }));
  c = addMessage(c, msg("a1", "u1", "assistant"));
  c = addMessage(c, msg("u2", "a1", "user"));
  c = addMessage(c, msg("a2", "u2", "assistant"));
  return c;
}

describe("titleFromText", () => {
  it("takes the first non-empty line", () => {
    expect(titleFromText("\n\n  こんにちは、世界  \nsecond")).toBe("こんにちは、世界");
  });
  it("shortens at a word boundary", () => {
    const t = titleFromText("word ".repeat(30), 40);
    expect(t.length).toBeLessThanOrEqual(41);
    expect(t.endsWith("…")).toBe(true);
    expect(t).not.toMatch(/ …$/);
  });
  it("falls back to the placeholder title", () => {
    expect(titleFromText("   \n ")).toBe(UNTITLED);
  });
});

describe("message tree", () => {
  it("titles a conversation started with images alone", () => {
    const image = { id: "i", mime: "image/png", width: 1, height: 1, bytes: 1 };
    const c = addMessage(
      createConversation("c", 0),
      { ...msg("u", null, "user", { content: "" }), images: [image, image] },
      (n) => `${n} images`,
    );
    expect(c.title).toBe("2 images");
  });

  it("titles the conversation from the first user message only", () => {
    const c = chain();
    expect(c.title).toBe("Hello there");
    expect(activePath(c).map((m) => m.id)).toEqual(["u1", "a1", "u2", "a2"]);
  });

  it("keeps regenerations as siblings and switches between them", () => {
    let c = addMessage(chain(), msg("a2b", "u2", "assistant"));
    expect(activePath(c).map((m) => m.id)).toEqual(["u1", "a1", "u2", "a2b"]);
    expect(siblingsOf(c, "a2b")).toMatchObject({ index: 1 });
    c = switchBranch(c, "a2");
    expect(c.leafId).toBe("a2");
  });

  it("switching to an edited user message follows its newest reply", () => {
    let c = addMessage(chain(), msg("u2b", "a1", "user"));
    c = addMessage(c, msg("a3", "u2b", "assistant"));
    c = switchBranch(c, "u2");
    expect(c.leafId).toBe("a2");
    c = switchBranch(c, "u2b");
    expect(c.leafId).toBe("a3");
  });

  it("deletes a message with its descendants and moves to a surviving branch", () => {
    let c = addMessage(chain(), msg("u2b", "a1", "user"));
    c = switchBranch(c, "u2");
    c = deleteMessage(c, "u2", 5);
    expect(c.messages.map((m) => m.id)).toEqual(["u1", "a1", "u2b"]);
    expect(c.leafId).toBe("u2b");
    c = deleteMessage(c, "u1", 6);
    expect(c.messages).toEqual([]);
    expect(c.leafId).toBeNull();
  });

  it("appends deltas without touching other messages", () => {
    const c = chain();
    const next = appendToMessage(c, "a2", { content: " more", reasoning: "hmm" }, 9);
    expect(next.messages[3]).toMatchObject({ content: "a2 more", reasoning: "hmm", updatedAt: 9 });
    expect(next.messages[0]).toBe(c.messages[0]);
    expect(appendToMessage(c, "a2", {}, 9)).toBe(c);
  });

  it("patching an unknown id changes nothing", () => {
    const c = chain();
    expect(patchMessage(c, "nope", { content: "x" }, 2)).toBe(c);
  });

  it("survives a corrupt parent cycle", () => {
    const c: Conversation = {
      ...createConversation("c", 0),
      messages: [msg("x", "y", "user"), msg("y", "x", "assistant")],
      leafId: "y",
    };
    expect(activePath(c).length).toBeLessThanOrEqual(3);
  });
});
