// Addresses: each conversation has its own URL, the tab is titled after it, Back and Forward move
// between conversations, and the URL of a deleted conversation says so.
import { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import { DESKTOP_AND_PHONE, openConversation, showConversations, startNewChat } from "./navigation";

const heading = (chat: ChatPage) => chat.page.getByRole("heading", { level: 1 });

for (const viewport of DESKTOP_AND_PHONE) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("each conversation has its own URL and title; Back and Forward move between them", async ({
      chat,
      page,
    }) => {
      await chat.goto();
      await expect(page).toHaveURL(/#\/new$/);
      await expect(page).toHaveTitle("New chat — Chat Studio");

      await chat.send("Alpha conversation");
      await chat.waitForReplyDone();
      await expect(page).toHaveURL(/#\/c\/[^/]+$/);
      const alpha = page.url();
      await expect(page).toHaveTitle("Alpha conversation — Chat Studio");

      await startNewChat(chat);
      await expect(page).toHaveURL(/#\/new$/);
      await chat.send("Beta conversation");
      await chat.waitForReplyDone();
      const beta = page.url();
      expect(beta).not.toBe(alpha);
      await expect(page).toHaveTitle("Beta conversation — Chat Studio");

      await openConversation(chat, "Alpha conversation");
      await expect(page).toHaveURL(alpha);
      await expect(chat.lastUser()).toContainText("Alpha conversation");

      // Back: Beta (its first message turned the new-chat entry into its own), then Alpha again.
      await page.goBack();
      await expect(page).toHaveURL(beta);
      await expect(chat.lastUser()).toContainText("Beta conversation");
      await expect(heading(chat)).toHaveText("Beta conversation");
      await expect(page).toHaveTitle("Beta conversation — Chat Studio");
      await page.goBack();
      await expect(page).toHaveURL(alpha);
      await expect(chat.lastUser()).toContainText("Alpha conversation");
      await page.goForward();
      await expect(chat.lastUser()).toContainText("Beta conversation");

      // A renamed conversation renames the tab.
      await showConversations(chat);
      await chat.sidebar
        .getByRole("listitem")
        .filter({ hasText: "Beta conversation" })
        .getByRole("button", { name: "Rename", exact: true })
        .click();
      await page.getByRole("textbox", { name: "Conversation title" }).fill("Beta, renamed");
      await page.keyboard.press("Enter");
      await expect(page).toHaveTitle("Beta, renamed — Chat Studio");

      // The address opens its conversation in a new tab, whatever was open last.
      const other = new ChatPage(await page.context().newPage());
      await other.page.goto(alpha);
      await expect(other.lastUser()).toContainText("Alpha conversation");
      await expect(other.page).toHaveTitle("Alpha conversation — Chat Studio");
      await other.page.close();
    });

    test("the URL of a deleted conversation says so, and sending from there starts a new chat", async ({
      chat,
      page,
    }) => {
      await chat.goto();
      await chat.send("Soon deleted");
      await chat.waitForReplyDone();
      const address = page.url();

      // Deleting the open conversation here shows the new chat in its place.
      await showConversations(chat);
      await chat.sidebar.getByRole("button", { name: "Delete", exact: true }).first().click();
      await expect(chat.conversation("Soon deleted")).toHaveCount(0);
      await expect(page).toHaveURL(/#\/new$/);

      await page.goto(address);
      await expect(page.getByRole("heading", { level: 2, name: "Conversation not found" })).toBeVisible();
      await expect(page.getByText("This conversation was deleted")).toBeVisible();
      await expect(page).toHaveTitle("Conversation not found — Chat Studio");
      await expect(chat.userMessages()).toHaveCount(0);

      await chat.send("A fresh start");
      await chat.waitForReplyDone();
      await expect(page).toHaveTitle("A fresh start — Chat Studio");
      await expect(page).not.toHaveURL(address);
      await expect(chat.userMessages()).toHaveCount(1);
    });
  });
}

test("a conversation deleted in another tab says so where it is open", async ({ context }) => {
  const a = new ChatPage(await context.newPage());
  await a.goto();
  await a.send("Shared and deleted");
  await a.waitForReplyDone();
  const b = new ChatPage(await context.newPage());
  await b.page.goto(a.page.url());
  await expect(b.lastUser()).toContainText("Shared and deleted");

  await a.sidebar.getByRole("button", { name: "Delete", exact: true }).first().click();
  await expect(b.page.getByRole("heading", { level: 2, name: "Conversation not found" })).toBeVisible();
  await expect(b.userMessages()).toHaveCount(0);

  // Undo there brings it back here too.
  await a.sidebar.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(b.lastUser()).toContainText("Shared and deleted");
  await expect(b.page).toHaveTitle("Shared and deleted — Chat Studio");
});
