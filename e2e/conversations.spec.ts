// The Conversations sidebar: new chat, today's group, rename, delete with Undo, search. Runs in both
// locale projects, with every name read from the catalogues.
import { expect, test } from "./fixtures";

test("new chat, rename, delete with Undo, and search", async ({ chat, page }) => {
  const first = `最初の会話 ${Date.now()}`;
  await chat.goto();
  await expect(chat.sidebar.getByText(chat.t("conversations.empty"))).toBeVisible();
  await chat.send(first);
  await chat.waitForReplyDone();

  const today = chat.sidebar.getByRole("region", { name: chat.t("conversations.today") });
  const row = today.getByRole("button", { name: first, exact: true });
  await expect(row).toHaveAttribute("aria-current", "page");
  // Hovering tells when it was last active, in the UI's language ("Last active now (…)" / "最終更新: 今（…）").
  const lead = chat.t("conversations.lastActive", { relative: "@", date: "" }).split("@")[0] ?? "";
  expect(lead.trim()).not.toBe("");
  expect((await row.getAttribute("title"))?.startsWith(lead)).toBe(true);

  await chat.newChat();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(chat.t("conversations.untitled"));
  const second = `second chat ${Date.now()}`;
  await chat.send(second);
  await chat.waitForReplyDone();

  // Rename the first one.
  const firstRow = chat.conversation(first).locator("xpath=..");
  await firstRow.hover();
  await firstRow.getByRole("button", { name: chat.t("conversations.rename"), exact: true }).click();
  const title = chat.sidebar.getByRole("textbox", { name: chat.t("conversations.titleField") });
  await title.fill("名前を変えた会話");
  await title.press("Enter");
  await expect(chat.conversation("名前を変えた会話")).toBeVisible();

  // Search finds by message text, case-insensitively, and says when nothing matches.
  const search = chat.sidebar.getByRole("searchbox", { name: chat.t("conversations.search") });
  await search.fill("SECOND CHAT");
  await expect(chat.conversation(second)).toBeVisible();
  await expect(chat.conversation("名前を変えた会話")).toBeHidden();
  await search.fill("存在しない言葉");
  await expect(chat.sidebar.getByText(chat.t("conversations.noMatches"))).toBeVisible();
  await search.fill("");

  // Delete, then Undo.
  const secondRow = chat.conversation(second).locator("xpath=..");
  await secondRow.hover();
  await secondRow.getByRole("button", { name: chat.t("conversations.delete"), exact: true }).click();
  await expect(chat.conversation(second)).toBeHidden();
  const notice = chat.sidebar.getByRole("status");
  await expect(notice).toContainText(chat.t("conversations.deleted", { title: second }));
  await notice.getByRole("button", { name: chat.t("common.undo"), exact: true }).click();
  await expect(chat.conversation(second)).toBeVisible();
});
