import { describe, expect, it } from "vitest";
import { createConversation } from "./conversation";
import { msg } from "./messages.test-util";
import { findInMessages, markMatches, searchConversations, snippet } from "./search";
import type { Conversation, Message } from "./types";

function conversation(id: string, title: string, messages: Message[], updatedAt = 1): Conversation {
  return {
    ...createConversation(id, 1),
    title,
    messages,
    leafId: messages.at(-1)?.id ?? null,
    updatedAt,
  };
}

/** A linear chat: texts alternate user / assistant. */
function chat(id: string, title: string, texts: string[], updatedAt = 1): Conversation {
  const messages = texts.map((content, i) =>
    msg(`${id}-${i}`, i === 0 ? null : `${id}-${i - 1}`, i % 2 === 0 ? "user" : "assistant", { content }),
  );
  return conversation(id, title, messages, updatedAt);
}

describe("findInMessages", () => {
  const c = chat("c", "t", [
    "What does top_p do?",
    "**Top P** keeps the smallest set of tokens whose probability adds up to `top_p`. Ｔｏｐ too.",
    "Is it on example.com/top?",
    "See [the docs](https://docs.example/top).",
  ]);

  it("finds every occurrence in reading order, folded", () => {
    expect(findInMessages(c.messages, "ｔｏｐ")).toEqual([
      { messageId: "c-0", index: 0, occurrence: 0 },
      { messageId: "c-1", index: 1, occurrence: 0 },
      { messageId: "c-1", index: 1, occurrence: 1 },
      { messageId: "c-1", index: 1, occurrence: 2 },
      { messageId: "c-2", index: 2, occurrence: 0 },
    ]);
  });

  it("matches the words of a reply, not its markup or link addresses", () => {
    expect(findInMessages(c.messages, "top p keeps")).toHaveLength(1);
    expect(findInMessages(c.messages, "**")).toHaveLength(0);
    // A user's message is shown as typed, so its text is searched as typed.
    expect(findInMessages(c.messages, "example.com/top")).toHaveLength(1);
    expect(findInMessages(c.messages, "docs.example")).toHaveLength(0);
  });

  it("matches katakana with hiragana", () => {
    const j = chat("j", "t", ["キャッシュの話", "きゃっしゅは速い"]);
    expect(findInMessages(j.messages, "キャッシュ").map((m) => m.messageId)).toEqual(["j-0", "j-1"]);
  });

  it("finds nothing for an empty query and stops at the limit", () => {
    expect(findInMessages(c.messages, "  ")).toEqual([]);
    expect(findInMessages(c.messages, "top", 2)).toHaveLength(2);
  });
});

describe("markMatches", () => {
  it("marks every occurrence in the original characters", () => {
    expect(markMatches("Ｔｏｐ and top", "TOP")).toEqual([
      { text: "Ｔｏｐ", match: true },
      { text: " and ", match: false },
      { text: "top", match: true },
    ]);
    expect(markMatches("nothing here", "top")).toEqual([{ text: "nothing here", match: false }]);
  });
});

describe("snippet", () => {
  const long = `${"word ".repeat(40)}the needle is here ${"more ".repeat(40)}`;

  it("shows the text around the match, clipped, with the match marked", () => {
    const s = snippet(long, "needle");
    expect(s).not.toBeNull();
    const text = s?.parts.map((p) => p.text).join("") ?? "";
    expect(s?.parts.filter((p) => p.match).map((p) => p.text)).toEqual(["needle"]);
    expect(s?.clippedStart).toBe(true);
    expect(s?.clippedEnd).toBe(true);
    expect(text.length).toBeLessThan(160);
    // Cut at word boundaries.
    expect(text.startsWith("word ")).toBe(true);
    expect(text.endsWith("more")).toBe(true);
  });

  it("picks the requested occurrence and collapses line breaks", () => {
    const s = snippet("first top\n\nsecond top", "top", 1, 8, 5);
    expect(s?.parts.map((p) => p.text).join("")).toBe("second top");
    expect(snippet("short", "top")).toBeNull();
  });
});

describe("searchConversations", () => {
  const older = chat("a", "Sampling notes", ["How does temperature work?", "It scales the logits."], 1);
  const newer = chat("b", "トップの話", ["What is top_p?", "Nucleus sampling."], 2);

  it("finds conversations by title or message, most recent first, with the first matching message", () => {
    const hits = searchConversations([older, newer], "ｔｏｐ");
    expect(hits.map((h) => h.conversation.id)).toEqual(["b"]);
    expect(hits[0]?.message?.id).toBe("b-0");
    expect(hits[0]?.onPath).toBe(true);
    expect(hits[0]?.count).toBe(1);

    const byTitle = searchConversations([older, newer], "とっぷ");
    expect(byTitle.map((h) => [h.conversation.id, h.titleMatch, h.message])).toEqual([["b", true, null]]);

    expect(searchConversations([older, newer], "sampling").map((h) => h.conversation.id)).toEqual(["b", "a"]);
  });

  it("finds a message on another branch when the branch on screen has none", () => {
    const root = msg("r", null, "user", { content: "question" });
    const first = msg("x1", "r", "assistant", { content: "an answer about kittens" });
    const second = msg("x2", "r", "assistant", { content: "a different answer" });
    const c = { ...conversation("c", "t", [root, first, second]), leafId: "x2" };
    const [hit] = searchConversations([c], "kittens");
    expect(hit?.message?.id).toBe("x1");
    expect(hit?.onPath).toBe(false);
    expect(hit?.count).toBe(0);
  });

  it("returns nothing for a blank query", () => {
    expect(searchConversations([older, newer], " ")).toEqual([]);
  });
});
