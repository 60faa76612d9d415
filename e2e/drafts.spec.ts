// Drafts per conversation: what is typed or attached but not sent stays with its conversation (and with
// the new chat) across switching and reloading, and goes away once sent.
import { writeFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import type { ChatMessage } from "./types";
import { DESKTOP_AND_PHONE, openConversation, startNewChat } from "./navigation";
import { noisePng } from "./noise-png";

const imageCount = (message: ChatMessage | undefined) =>
  Array.isArray(message?.content)
    ? message.content.filter((p: { type?: string }) => p.type === "image_url").length
    : 0;

for (const viewport of DESKTOP_AND_PHONE) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("text drafts follow their conversation through switches and reloads, and clear when sent", async ({
      chat,
      page,
      mock,
    }) => {
      await chat.goto();
      await chat.send("First conversation");
      await chat.waitForReplyDone();
      await chat.messageBox.fill("Unsent in the first\nsecond line");

      await startNewChat(chat);
      await expect(chat.messageBox).toHaveValue("");
      await chat.messageBox.fill("Unsent in the new chat");

      await openConversation(chat, "First conversation");
      await expect(chat.messageBox).toHaveValue("Unsent in the first\nsecond line");
      await expect(chat.sendButton).toBeEnabled();

      await page.reload();
      await expect(chat.messageBox).toHaveValue("Unsent in the first\nsecond line");
      await startNewChat(chat);
      await expect(chat.messageBox).toHaveValue("Unsent in the new chat");

      // Sending clears the draft it came from, and only that one.
      await chat.sendButton.click();
      await chat.waitForReplyDone();
      await expect(chat.lastUser()).toContainText("Unsent in the new chat");
      await expect(chat.messageBox).toHaveValue("");
      await startNewChat(chat);
      await expect(chat.messageBox).toHaveValue("");
      await openConversation(chat, "First conversation");
      await expect(chat.messageBox).toHaveValue("Unsent in the first\nsecond line");
      await page.keyboard.press("Enter");
      await chat.waitForReplyDone();
      const request = await mock.lastRequest("Unsent in the first");
      expect(request.body?.messages.at(-1)?.content).toBe("Unsent in the first\nsecond line");

      await page.reload();
      await expect(chat.lastUser()).toContainText("Unsent in the first");
      await expect(chat.messageBox).toHaveValue("");
      await openConversation(chat, "Unsent in the new chat");
      await expect(chat.messageBox).toHaveValue("");
    });
  });
}

test("attached images are part of the draft: kept per conversation, after a reload, and sent once", async ({
  chat,
  page,
  mock,
}, testInfo) => {
  const path = testInfo.outputPath("draft-noise.png");
  await writeFile(path, noisePng(120, 80));
  await chat.goto();
  await chat.send("A conversation for pictures");
  await chat.waitForReplyDone();

  await chat.attachImages(path);
  const attached = page.getByRole("list", { name: "Attached images" });
  await expect(attached.getByRole("img")).toHaveCount(1);
  await chat.messageBox.fill("What is in this picture?");

  await startNewChat(chat);
  await expect(attached).toHaveCount(0);
  await openConversation(chat, "A conversation for pictures");
  await expect(attached.getByRole("img")).toHaveCount(1);

  await page.reload();
  await expect(attached.getByRole("img")).toHaveCount(1);
  await expect
    .poll(() => attached.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(120);
  await expect(chat.messageBox).toHaveValue("What is in this picture?");

  await chat.sendButton.click();
  await chat.waitForReplyDone();
  await expect(chat.lastAssistant()).toContainText("I received 1 image.");
  const request = await mock.lastRequest("What is in this picture?");
  expect(imageCount(request.body?.messages.at(-1))).toBe(1);
  await expect(attached).toHaveCount(0);
  await page.reload();
  await expect(chat.lastUser().getByRole("button", { name: "View image 1", exact: true })).toBeVisible();
  await expect(attached).toHaveCount(0);
});
