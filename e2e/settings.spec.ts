// Settings, and the UI's language: it follows the browser until the user picks one, the choice is kept,
// and <html lang> follows it. Runs in both locale projects.
import { formatMonth } from "../src/lib/i18n/format";
import { expect, test } from "./fixtures";
import { translator } from "./i18n";

test("the UI speaks the browser's language, switches when chosen, and keeps the choice", async ({
  chat,
  page,
  locale,
}) => {
  const browserJa = locale?.startsWith("ja") ?? false;
  const own = browserJa ? "ja" : "en";
  const other = browserJa ? "en" : "ja";
  const otherT = translator(other);

  await chat.goto();
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", own);
  await expect(chat.sendButton).toBeVisible();

  const dialog = await chat.openSettings();
  const language = dialog.getByRole("combobox", { name: chat.t("settings.language"), exact: true });
  await expect(language).toHaveValue("system");
  const options = await language.locator("option").allTextContents();
  expect(options).toEqual([chat.t("settings.languageSystem"), "English", "日本語"]);

  await language.selectOption(other);
  await expect(html).toHaveAttribute("lang", other);
  // The open dialog itself turns to the chosen language.
  await expect(page.getByRole("dialog", { name: otherT("settings.dialog") })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: otherT("chat.send"), exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: otherT("conversations.nav") })).toBeVisible();

  await page.reload();
  await expect(html).toHaveAttribute("lang", other);
  await expect(page.getByRole("textbox", { name: otherT("chat.message"), exact: true })).toBeVisible();

  // Back to System: the browser's language again.
  await page.getByRole("button", { name: otherT("app.settings"), exact: true }).click();
  await page.getByRole("combobox", { name: otherT("settings.language"), exact: true }).selectOption("system");
  await expect(html).toHaveAttribute("lang", own);
  await page.keyboard.press("Escape");
  await expect(chat.sendButton).toBeVisible();
});

test("month groups and a provider error read in the UI's language", async ({ chat, page, locale }) => {
  const lang = locale?.startsWith("ja") ? "ja" : "en";
  // A conversation from months ago is grouped under its month, named the locale's way.
  const old = new Date(2024, 9, 14, 12).getTime();
  await page.addInitScript((at) => {
    if (localStorage.getItem("chat-studio:meta")) return;
    const conv = {
      id: "c_old",
      title: "古い会話",
      createdAt: at,
      updatedAt: at,
      messages: [
        {
          id: "m1",
          parentId: null,
          role: "user",
          content: "こんにちは",
          createdAt: at,
          updatedAt: at,
          status: "complete",
        },
      ],
      leafId: "m1",
    };
    localStorage.setItem("chat-studio:conv:c_old", JSON.stringify(conv));
    localStorage.setItem("chat-studio:meta", JSON.stringify({ version: 1, activeId: null }));
  }, old);
  await chat.goto();
  const group = chat.sidebar.getByRole("region", { name: formatMonth(old, lang) });
  await expect(group).toBeVisible();
  await expect(group.getByRole("button", { name: "古い会話", exact: true })).toBeVisible();
  await expect(chat.sidebar.getByText(formatMonth(old, lang), { exact: true })).toBeVisible();

  // A 401 from the provider: what happened and what to do, in the UI's language.
  await chat.sendScenario("認証エラー", "http-401");
  await chat.waitForReplyDone();
  await expect(chat.lastAssistant().getByRole("alert")).toContainText(chat.t("errors.hintAuth"));
  await expect(chat.lastAssistant().getByRole("alert")).toContainText("HTTP 401");
});
