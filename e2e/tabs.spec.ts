import { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";

test("two tabs writing alternately lose nothing and see each other's conversations", async ({ context }) => {
  const a = new ChatPage(await context.newPage());
  const b = new ChatPage(await context.newPage());
  await a.goto();
  await b.goto();

  for (let round = 1; round <= 3; round++) {
    await a.newChat();
    await a.send(`Tab A round ${round}`);
    await a.waitForReplyDone();
    await b.newChat();
    await b.send(`Tab B round ${round}`);
    await b.waitForReplyDone();
  }

  const titles = [1, 2, 3].flatMap((r) => [`Tab A round ${r}`, `Tab B round ${r}`]);
  for (const tab of [a, b]) {
    for (const title of titles) await expect(tab.conversation(title)).toBeVisible();
  }

  // The same conversation, continued in both tabs one after the other: both turns survive.
  await a.conversation("Tab A round 1").click();
  await a.send("Follow-up from A");
  await a.waitForReplyDone();
  await b.conversation("Tab A round 1").click();
  await expect(b.lastUser()).toContainText("Follow-up from A");
  await b.send("Follow-up from B");
  await b.waitForReplyDone();
  await expect(a.userMessages()).toHaveCount(3);
  await expect(a.lastUser()).toContainText("Follow-up from B");

  for (const tab of [a, b]) {
    await tab.page.reload();
    for (const title of titles) await expect(tab.conversation(title)).toBeVisible();
    await tab.conversation("Tab A round 1").click();
    await expect(tab.userMessages()).toHaveCount(3);
  }
});

test("a rename or delete in one tab shows in the other", async ({ context }) => {
  const a = new ChatPage(await context.newPage());
  const b = new ChatPage(await context.newPage());
  await a.goto();
  await a.send("Shared conversation");
  await a.waitForReplyDone();
  await b.goto();
  await expect(b.conversation("Shared conversation")).toBeVisible();

  await a.sidebar.getByRole("button", { name: "Rename", exact: true }).first().click();
  await a.page.getByRole("textbox", { name: "Conversation title" }).fill("Renamed elsewhere");
  await a.page.keyboard.press("Enter");
  await expect(b.conversation("Renamed elsewhere")).toBeVisible();

  await a.sidebar.getByRole("button", { name: "Delete", exact: true }).first().click();
  await expect(b.conversation("Renamed elsewhere")).toHaveCount(0);
});
