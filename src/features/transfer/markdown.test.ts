import { describe, expect, it } from "vitest";
import { toMarkdown } from "./markdown";
import {
  branchingConversation,
  emptyConversation,
  japaneseConversation,
} from "./sample-conversations.test-util";

describe("toMarkdown", () => {
  it("writes the branch on screen with reply details and reasoning", () => {
    const conv = { ...branchingConversation(), leafId: "m_a1" };
    expect(toMarkdown(conv)).toBe(
      [
        "# Sorting algorithms",
        "## System prompt\n\nYou are terse.",
        "## You\n\nExplain quicksort.",
        "## Assistant\n\n*`gemini-3.1-pro-preview` · Temperature 0.3 · Max tokens 512 · 42 tokens*\n\n" +
          "> **Thinking**\n>\n> The user wants a short answer.\n\n" +
          "Pick a pivot, partition, recurse.\n\n```js\nsort(a)\n```",
      ].join("\n\n") + "\n",
    );
  });

  it("marks stopped and failed replies and leaves other branches out", () => {
    const stopped = toMarkdown(branchingConversation());
    expect(stopped).toContain("Quicksort is a divide-and\n\n*(stopped)*");
    expect(stopped).not.toContain("merge sort");
    const failed = toMarkdown({ ...branchingConversation(), leafId: "m_a2" });
    expect(failed).toContain("> **Error:** Rate limit exceeded");
    expect(failed).not.toContain("quicksort");
  });

  it("notes attached images, which only the JSON export carries", () => {
    const conv = japaneseConversation();
    const image = { id: "img_1", mime: "image/png", width: 10, height: 10, bytes: 100 };
    const withImage = {
      ...conv,
      messages: conv.messages.map((m, i) => (i === 0 ? { ...m, images: [image] } : m)),
    };
    expect(toMarkdown(withImage)).toContain("*(1 image attached)*");
  });

  it("keeps non-Latin text and handles an empty conversation", () => {
    expect(toMarkdown(japaneseConversation())).toContain("## You\n\nこんにちは、世界！🌏");
    expect(toMarkdown(emptyConversation())).toBe("# New chat\n");
  });
});
