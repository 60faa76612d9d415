import type { Page } from "@playwright/test";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import { showConversations } from "./navigation";
import { realisticConversationTexts } from "./server/bench-content.mjs";
import { seedConversations, texts } from "./seed";

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

/** The text and place of Find in conversation's current match, as painted (CSS Custom Highlight API). */
function currentHighlight(page: Page) {
  return page.evaluate(() => {
    // HighlightRegistry is a Map; TypeScript's DOM types leave out its read methods.
    const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
    const range = [...(registry.get("find-current") ?? [])][0];
    if (!range) return null;
    const r = range.getBoundingClientRect();
    return { text: range.toString(), inView: r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight };
  });
}

/** Distance (px) from the bottom of the message list's scroller to its end. */
function distanceFromEnd(chat: ChatPage) {
  return chat.messages.evaluate((log) => {
    let el: Element | null = log;
    while (el && getComputedStyle(el).overflowY !== "auto") el = el.parentElement;
    return el ? el.scrollHeight - el.scrollTop - el.clientHeight : -1;
  });
}

async function openFind(page: Page, phone: boolean) {
  // On a phone there is no keyboard shortcut: the header's button opens it.
  if (phone) await page.getByRole("button", { name: "Find in conversation", exact: true }).click();
  else await page.keyboard.press("Control+f");
  const box = page.getByRole("searchbox", { name: "Find in conversation", exact: true });
  await expect(box).toBeFocused();
  return box;
}

for (const { name, viewport } of VIEWPORTS) {
  const phone = name === "phone";

  test.describe(`message list (${name})`, () => {
    test.use({ viewport });

    test("a 10-message conversation shows all 10 messages in the log", async ({ chat, page }) => {
      await seedConversations(page, [{ id: "ten", title: "Ten messages", texts: texts(10) }]);
      await chat.goto();
      await expect(chat.messages.getByRole("article")).toHaveCount(10);
      await expect(chat.messages.getByRole("article").first()).toContainText("Question number 0");
      await expect(chat.lastAssistant()).toBeInViewport();
      await expect(page.getByRole("button", { name: /earlier messages/ })).toHaveCount(0);
    });

    test("Find in conversation finds a message the list has not rendered and scrolls to it", async ({
      chat,
      page,
    }) => {
      const at = { 37: "Tell me about the quokka of Rottnest Island, please." };
      await seedConversations(page, [{ id: "long", title: "A long conversation", texts: texts(2000, at) }]);
      await chat.goto();
      await expect(chat.lastAssistant()).toContainText("Answer number 1999");
      // Only the messages near the view are rendered: the one we look for is not.
      expect(await chat.messages.getByRole("article").count()).toBeLessThan(100);
      await expect(chat.messages.getByText("quokka")).toHaveCount(0);

      const find = await openFind(page, phone);
      await find.fill("QUOKKA");
      await expect(page.getByRole("search").getByRole("status")).toHaveText("1 of 1");
      const article = chat.messages.getByRole("article").filter({ hasText: "quokka" });
      await expect(article).toBeInViewport();
      await expect.poll(() => currentHighlight(page)).toEqual({ text: "quokka", inView: true });

      await find.press("Escape");
      await expect(find).toBeHidden();
      await expect.poll(() => currentHighlight(page)).toBeNull();
    });

    test("Enter, Shift+Enter and the buttons step through the matches", async ({ chat, page }) => {
      const at = {
        1: "An apple a day.",
        5: "Apple pie, and then another APPLE.",
        9: "The last ａｐｐｌｅ, written full-width.",
      };
      // Long enough that the view, at the end, is past every match.
      await seedConversations(page, [{ id: "fruit", title: "Fruit", texts: texts(40, at) }]);
      await chat.goto();
      const find = await openFind(page, phone);
      await find.fill("apple");
      const status = page.getByRole("search").getByRole("status");
      // The match nearest the view (the end) is current first.
      await expect(status).toHaveText("4 of 4");
      await expect.poll(async () => (await currentHighlight(page))?.text).toBe("ａｐｐｌｅ");
      await find.press("Enter");
      await expect(status).toHaveText("1 of 4");
      await expect.poll(() => currentHighlight(page)).toEqual({ text: "apple", inView: true });
      await find.press("Enter");
      await expect(status).toHaveText("2 of 4");
      await find.press("Shift+Enter");
      await expect(status).toHaveText("1 of 4");
      await page.getByRole("button", { name: "Previous match", exact: true }).click();
      await expect(status).toHaveText("4 of 4");
      await page.getByRole("button", { name: "Next match", exact: true }).click();
      await expect(status).toHaveText("1 of 4");

      // Enter that confirms an IME conversion does not step.
      await find.dispatchEvent("keydown", { key: "Enter", isComposing: true, keyCode: 229, bubbles: true });
      await expect(status).toHaveText("1 of 4");
      await find.fill("no such words");
      await expect(status).toHaveText("No matches");
    });

    test("Jump to latest appears when scrolled up while a reply streams, and brings the view down", async ({
      chat,
      page,
    }) => {
      await seedConversations(page, [{ id: "jump", title: "Jump", texts: texts(30) }]);
      await chat.goto();
      const jump = page.getByRole("button", { name: "Jump to latest", exact: true });
      await expect(jump).toBeHidden();
      await chat.sendScenario("Stream slowly, please", "slow");
      await chat.waitForStreaming();
      // At the end the view follows the reply.
      await expect.poll(() => distanceFromEnd(chat)).toBeLessThan(80);

      await chat.messages.hover();
      await page.mouse.wheel(0, -3000);
      await expect(jump).toBeVisible();
      // The reply goes on below: the list says so.
      await expect(page.getByRole("status").filter({ hasText: "New text below" })).toBeVisible();
      expect(await distanceFromEnd(chat)).toBeGreaterThan(200);

      await jump.click();
      await expect(jump).toBeHidden();
      // And it follows the reply again while it grows.
      const length = (await chat.lastAssistant().innerText()).length;
      await expect
        .poll(async () => (await chat.lastAssistant().innerText()).length)
        .toBeGreaterThan(length + 30);
      expect(await distanceFromEnd(chat)).toBeLessThan(80);
      await chat.stop();
    });
  });

  test.describe(`conversation search (${name})`, () => {
    test.use({ viewport });

    test("a full-width query finds half-width text, katakana finds hiragana, with the match marked", async ({
      chat,
      page,
    }) => {
      await seedConversations(page, [
        { id: "other", title: "Other things", texts: ["Nothing to see here.", "Indeed, nothing."] },
        {
          id: "sampling",
          title: "Sampling notes",
          texts: [
            "How does nucleus sampling work?",
            "It keeps the **top** tokens whose probabilities add up to P.",
          ],
          minutesAgo: 5,
        },
        {
          id: "cache",
          title: "日本語のメモ",
          texts: ["ブラウザのきゃっしゅはどう動きますか？", "保存した応答を再利用します。"],
          minutesAgo: 10,
        },
      ]);
      await chat.goto();
      await showConversations(chat);
      const search = chat.sidebar.getByRole("searchbox", { name: "Search conversations", exact: true });
      const results = chat.sidebar.getByRole("region", { name: "Search results" });

      await search.fill("ｔｏｐ");
      await expect(results.getByRole("button", { name: "Sampling notes", exact: true })).toBeVisible();
      await expect(results.getByRole("button")).toHaveCount(1);
      await expect(results.locator("mark")).toHaveText(["top"]);
      await expect(results.getByRole("button", { name: "Sampling notes" })).toHaveAccessibleDescription(
        /the top tokens whose/,
      );

      await search.fill("キャッシュ");
      await expect(results.getByRole("button", { name: "日本語のメモ", exact: true })).toBeVisible();
      await expect(results.getByRole("button")).toHaveCount(1);
      await expect(results.locator("mark")).toHaveText(["きゃっしゅ"]);

      await search.fill("zebra crossing");
      await expect(results.getByRole("status")).toHaveText("No conversation matches.");
      await search.fill("");
      await expect(chat.conversation("Other things")).toBeVisible();
    });

    test("choosing a result in the open conversation scrolls up to that message past long replies", async ({
      chat,
      page,
    }) => {
      // Tall replies (tables, code) above the message, rendered only as they come near the view.
      const long = realisticConversationTexts(60);
      long[6] = "Which lighthouse keeper wrote this?";
      await seedConversations(page, [{ id: "tall", title: "Tall replies", texts: long }]);
      await chat.goto();
      await expect(chat.messages.getByRole("article")).toHaveCount(60);
      await showConversations(chat);
      await chat.sidebar
        .getByRole("searchbox", { name: "Search conversations", exact: true })
        .fill("lighthouse");
      await chat.sidebar.getByRole("region", { name: "Search results" }).getByRole("button").click();
      const article = chat.messages.getByRole("article").filter({ hasText: "Which lighthouse keeper" });
      await expect(article).toHaveAttribute("data-find-current", "");
      await expect.poll(() => currentHighlight(page)).toEqual({ text: "lighthouse", inView: true });
    });

    test("choosing a result opens the conversation scrolled to that message, highlighted", async ({
      chat,
      page,
    }) => {
      const at = { 5: "Where does the lighthouse keeper live?" };
      await seedConversations(page, [
        { id: "short", title: "Short chat", texts: texts(4) },
        { id: "long", title: "A long chat", texts: texts(2000, at), minutesAgo: 30 },
      ]);
      await chat.goto();
      await showConversations(chat);
      const search = chat.sidebar.getByRole("searchbox", { name: "Search conversations", exact: true });
      await search.fill("Lighthouse keeper");
      // An open IME composition's Enter does not open a result.
      await search.dispatchEvent("keydown", { key: "Enter", isComposing: true, keyCode: 229, bubbles: true });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Short chat");

      await chat.sidebar.getByRole("button", { name: "A long chat", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("A long chat");
      const article = chat.messages.getByRole("article").filter({ hasText: "lighthouse keeper" });
      await expect(article).toBeInViewport();
      await expect(article).toHaveAttribute("data-find-current", "");
      await expect.poll(() => currentHighlight(page)).toEqual({ text: "lighthouse keeper", inView: true });
      await expect(page.getByRole("searchbox", { name: "Find in conversation" })).toHaveValue(
        "Lighthouse keeper",
      );
    });
  });
}

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP", viewport: { width: 1440, height: 900 } });

  test("Find in conversation, its count and Jump to latest speak Japanese", async ({ chat, page }) => {
    const at = { 3: "キャッシュの話をしましょう。" };
    await seedConversations(page, [{ id: "ja", title: "日本語", texts: texts(40, at) }]);
    await page.goto("/");
    await page.getByRole("button", { name: "会話内を検索", exact: true }).click();
    const find = page.getByRole("searchbox", { name: "会話内を検索", exact: true });
    await find.fill("きゃっしゅ");
    await expect(page.getByRole("search").getByRole("status")).toHaveText("1 件中 1 件目");
    await expect.poll(() => currentHighlight(page)).toEqual({ text: "キャッシュ", inView: true });
    await expect(page.getByRole("button", { name: "最新へ移動", exact: true })).toBeVisible();
    await find.fill("ありえない言葉");
    await expect(page.getByRole("search").getByRole("status")).toHaveText("一致なし");
    // The log's name is the catalogue's, in Japanese here.
    await expect(chat.messages).toBeVisible();
    await expect(page.getByRole("log", { name: "Messages" })).toHaveCount(0);
  });
});
