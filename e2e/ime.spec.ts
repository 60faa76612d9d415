// Typing Japanese: while an IME composition is open, Enter confirms the conversion and Escape cancels it.
// Neither may send, save, rename or close anything. Each test opens a real composition in Chromium (CDP
// Input.imeSetComposition), sends the key the way an IME delivers it (a keydown with keyCode 229 while the
// composition is open, so isComposing is true), checks that nothing happened, then commits the text and
// shows that the same key does its job once the composition is over.
import type { CDPSession, Page } from "@playwright/test";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";

async function ime(page: Page): Promise<{
  compose: (text: string) => Promise<void>;
  /** Enter or Escape as the IME passes it on: processed by the IME (keyCode 229), inside the composition. */
  press: (key: "Enter" | "Escape") => Promise<void>;
  commit: (text: string) => Promise<void>;
}> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  return {
    press: async (key) => {
      const event = { key, code: key, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 };
      await cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...event });
      await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...event });
    },
    compose: async (text) => {
      await cdp.send("Input.imeSetComposition", {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    },
    commit: async (text) => {
      await cdp.send("Input.insertText", { text });
    },
  };
}

/** Sends a first message so there is a conversation, a user message and a reply to work on. */
async function withConversation(chat: ChatPage, text: string): Promise<void> {
  await chat.goto();
  await chat.send(text);
  await chat.waitForReplyDone();
}

test("composer: Enter inside a composition does not send", async ({ chat, page, mock }) => {
  await chat.goto();
  const { compose, press, commit } = await ime(page);
  const marker = `ime-composer-${Date.now()}`;
  await chat.messageBox.fill(`${marker} `);
  await chat.messageBox.press("End");
  await compose("にほんご");
  await press("Enter");
  await commit("日本語");
  await expect(chat.messageBox).toHaveValue(`${marker} 日本語`);
  await expect(chat.userMessages()).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(chat.lastUser()).toContainText(`${marker} 日本語`);
  expect((await mock.lastRequest(marker)).body?.messages.at(-1)?.content).toBe(`${marker} 日本語`);
  await chat.waitForReplyDone();
});

test("edit box: Enter inside a composition does not save, Escape does not cancel", async ({ chat, page }) => {
  await withConversation(chat, `ime-edit-${Date.now()}`);
  await chat.messageAction(chat.lastUser(), "Edit");
  const box = page.getByRole("textbox", { name: chat.t("chat.editedText") });
  await box.fill("編集: ");
  await box.press("End");
  const { compose, press, commit } = await ime(page);
  await compose("へんしゅう");
  await press("Enter");
  await press("Escape");
  await expect(box).toBeVisible();
  await commit("編集");
  await expect(box).toHaveValue("編集: 編集");
  await expect(chat.userMessages()).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(box).toBeHidden();
  await expect(chat.lastUser()).toContainText("編集: 編集");
  await chat.waitForReplyDone();
});

test("rename: Enter inside a composition does not commit the title", async ({ chat, page }) => {
  const title = `ime-rename-${Date.now()}`;
  await withConversation(chat, title);
  const row = chat.conversation(title).locator("xpath=..");
  await row.hover();
  await row.getByRole("button", { name: chat.t("conversations.rename"), exact: true }).click();
  const input = chat.sidebar.getByRole("textbox", { name: chat.t("conversations.titleField") });
  await input.fill("会話 ");
  await input.press("End");
  const { compose, press, commit } = await ime(page);
  await compose("めも");
  await press("Enter");
  await press("Escape");
  await expect(input).toBeVisible();
  await commit("メモ");
  await expect(input).toHaveValue("会話 メモ");
  await page.keyboard.press("Enter");
  await expect(input).toBeHidden();
  await expect(chat.conversation("会話 メモ")).toBeVisible();
});

test("search: a composition filters only once it is committed", async ({ chat, page }) => {
  const title = `検索テスト ${Date.now()}`;
  await withConversation(chat, title);
  const search = chat.sidebar.getByRole("searchbox", { name: chat.t("conversations.search") });
  await search.click();
  const { compose, press, commit } = await ime(page);
  await compose("けんさく");
  await press("Enter");
  await commit("検索");
  await expect(search).toHaveValue("検索");
  await expect(chat.conversation(title)).toBeVisible();
  await expect(chat.lastUser()).toContainText(title);
});

test("preset name: Enter inside a composition does not save the preset", async ({ chat, page }) => {
  await chat.goto();
  const panel = await chat.openParameters();
  await panel.getByRole("button", { name: chat.t("parameters.presetSaveAs") }).click();
  const name = panel.getByRole("textbox", { name: chat.t("parameters.presetName") });
  await name.fill("低温 ");
  await name.press("End");
  const { compose, press, commit } = await ime(page);
  await compose("せってい");
  await press("Enter");
  await press("Escape");
  await expect(name).toBeVisible();
  await commit("設定");
  await expect(name).toHaveValue("低温 設定");
  await page.keyboard.press("Enter");
  await expect(name).toBeHidden();
  const preset = panel.getByRole("combobox", { name: chat.t("parameters.preset") });
  await expect(preset.locator("option", { hasText: "低温 設定" })).toHaveCount(1);
});

test("Settings fields: Escape inside a composition does not close the dialog", async ({ chat, page }) => {
  await chat.goto();
  const dialog = await chat.openSettings();
  const model = chat.modelField(dialog);
  await model.fill("gemini-");
  await model.press("End");
  const { compose, press, commit } = await ime(page);
  await compose("もでる");
  await press("Enter");
  await press("Escape");
  await expect(dialog).toBeVisible();
  await commit("モデル");
  await expect(model).toHaveValue("gemini-モデル");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
