// Export and import as a user does it: chat, download the file, take it to a fresh browser profile, import it.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";

const SECRET_KEY = `sk-e2e-${randomUUID()}`;

/** Sends one message and waits for the reply; short messages become the conversation's title whole. */
async function chatOnce(chat: ChatPage, text: string): Promise<string> {
  await chat.send(text);
  await chat.waitForReplyDone();
  return text;
}

async function download(page: Page, button: string): Promise<Download> {
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: button, exact: true }).click();
  return pending;
}

async function saved(d: Download, path: string): Promise<string> {
  await d.saveAs(path);
  return readFile(path, "utf8");
}

const importInput = (page: Page) => page.getByLabel("Import conversations");

test("Export all, then import into a fresh profile: same conversation, no duplicates, bad files refused", async ({
  page,
  chat,
  browser,
  baseURL,
}, testInfo) => {
  await chat.goto();
  await chat.configure({ apiKey: SECRET_KEY });
  const text = `Carry me over ${randomUUID().slice(0, 8)}`;
  const title = await chatOnce(chat, text);
  await expect(chat.conversation(title)).toBeVisible();
  // A preset of one's own travels in Export all too.
  const panel = await chat.openParameters();
  await panel.getByRole("button", { name: "Save as preset", exact: true }).click();
  await panel.getByRole("textbox", { name: "Preset name", exact: true }).fill("Carry preset");
  await panel.getByRole("button", { name: "Save preset", exact: true }).click();

  const file = await download(page, "Export all");
  expect(file.suggestedFilename()).toMatch(/^chat-studio-all-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath(file.suggestedFilename());
  const json = await saved(file, path);
  expect(json).not.toContain(SECRET_KEY);
  const envelope = JSON.parse(json) as {
    format: string;
    version: number;
    conversations: { title: string }[];
    presets: { name: string }[];
  };
  expect(envelope).toMatchObject({ format: "chat-studio.conversations", version: 2 });
  expect(envelope.conversations.map((c) => c.title)).toContain(title);
  expect(envelope.presets.map((p) => p.name)).toEqual(["Carry preset"]);

  // A new context is a fresh profile: empty storage. It does not inherit the project's baseURL by itself.
  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    const otherChat = new ChatPage(other);
    await otherChat.goto();
    await expect(otherChat.conversation(title)).toHaveCount(0);

    await importInput(other).setInputFiles(path);
    await expect(other.getByRole("status").filter({ hasText: /^Imported 1 conversation\b/ })).toContainText(
      "1 preset added.",
    );
    const picker = (await otherChat.openParameters()).getByRole("combobox", { name: "Preset", exact: true });
    await expect(picker.locator("option", { hasText: "Carry preset" })).toHaveCount(1);
    const row = otherChat.conversation(title);
    await expect(row).toHaveCount(1);
    await row.click();
    await expect(row).toHaveAttribute("aria-current", "page");
    await expect(otherChat.userMessages().filter({ hasText: text })).toBeVisible();
    await expect(otherChat.lastAssistant()).not.toBeEmpty();

    // The same file again: recognised as already here, nothing added.
    await importInput(other).setInputFiles(path);
    await expect(other.getByRole("status").filter({ hasText: "already here" })).toBeVisible();
    await expect(otherChat.conversation(title)).toHaveCount(1);
    await expect(otherChat.conversation(`${title} (imported)`)).toHaveCount(0);

    // A file that is not an export: an alert names the cause and nothing stored changes.
    await importInput(other).setInputFiles({
      name: "not-an-export.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"nope"}'),
    });
    const alert = other.getByRole("alert").filter({ hasText: "not a Chat Studio export" });
    await expect(alert).toBeVisible();
    await expect(otherChat.conversation(title)).toHaveCount(1);
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(alert).toHaveCount(0);

    await importInput(other).setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ this is not json"),
    });
    await expect(other.getByRole("alert").filter({ hasText: "not valid JSON" })).toBeVisible();

    // The imported conversation survives a reload: it went through the store's normal persistence.
    await other.reload();
    await expect(otherChat.conversation(title)).toHaveCount(1);
  } finally {
    await fresh.close();
  }
});

test("Export conversation downloads the open conversation; Markdown has the branch on screen", async ({
  page,
  chat,
}, testInfo) => {
  await chat.goto();
  await expect(page.getByRole("button", { name: "Export conversation", exact: true })).toBeDisabled();

  const text = `Only this one ${randomUUID().slice(0, 8)}`;
  const title = await chatOnce(chat, text);
  await expect(page.getByRole("button", { name: "Export all", exact: true })).toBeEnabled();

  const file = await download(page, "Export conversation");
  expect(file.suggestedFilename()).toMatch(/^chat-studio-only-this-one-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
  const envelope = JSON.parse(await saved(file, testInfo.outputPath("one.json"))) as {
    conversations: { title: string; messages: { role: string; content: string }[] }[];
  };
  expect(envelope.conversations).toHaveLength(1);
  expect(envelope.conversations[0]?.title).toBe(title);
  expect(envelope.conversations[0]?.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
  expect(envelope.conversations[0]?.messages[0]?.content).toBe(text);

  const md = await download(page, "Export as Markdown");
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await saved(md, testInfo.outputPath("one.md"));
  expect(markdown).toContain(`# ${title}`);
  expect(markdown).toContain(`## You\n\n${text}`);
  expect(markdown).toContain("## Assistant");

  // Importing its own export in the same profile changes nothing.
  await importInput(page).setInputFiles(testInfo.outputPath("one.json"));
  await expect(page.getByRole("status").filter({ hasText: "already here" })).toBeVisible();
  await expect(chat.conversation(title)).toHaveCount(1);
});
