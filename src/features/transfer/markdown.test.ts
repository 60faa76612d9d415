import { describe, expect, it } from "vitest";
import { activateLocale, t } from "../../lib/i18n/i18n";
import { toMarkdown } from "./markdown";
import {
  branchingConversation,
  emptyConversation,
  japaneseConversation,
} from "./sample-conversations.test-util";

describe("toMarkdown", () => {
  it("writes the branch on screen with reply details and reasoning", () => {
    const conv = { ...branchingConversation(), leafId: "m_a1" };
    expect(toMarkdown(conv, t)).toBe(
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
    const stopped = toMarkdown(branchingConversation(), t);
    expect(stopped).toContain("Quicksort is a divide-and\n\n*(stopped)*");
    expect(stopped).not.toContain("merge sort");
    const failed = toMarkdown({ ...branchingConversation(), leafId: "m_a2" }, t);
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
    expect(toMarkdown(withImage, t)).toContain("*(1 image attached)*");
  });

  it("keeps non-Latin text and handles an empty conversation", () => {
    expect(toMarkdown(japaneseConversation(), t)).toContain("## You\n\nこんにちは、世界！🌏");
    expect(toMarkdown(emptyConversation(), t)).toBe("# New chat\n");
  });

  it("writes in the UI's language", async () => {
    await activateLocale("ja");
    try {
      const conv = { ...branchingConversation(), leafId: "m_a1" };
      const text = toMarkdown(conv, t);
      expect(text).toContain("## システムプロンプト");
      expect(text).toContain("## あなた\n\nExplain quicksort.");
      expect(text).toContain("*`gemini-3.1-pro-preview` · 温度 0.3 · 最大トークン数 512 · 42 トークン*");
    } finally {
      await activateLocale("en");
    }
  });
});
