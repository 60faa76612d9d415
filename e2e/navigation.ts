// Reaching the Conversations navigation whatever the width: a column on wide screens, a drawer otherwise.
import type { ChatPage } from "./chat-page";
import { expect } from "./fixtures";

export async function showConversations(chat: ChatPage): Promise<void> {
  if (await chat.sidebar.isVisible()) return;
  await chat.page.getByRole("button", { name: "Toggle sidebar", exact: true }).click();
  await expect(chat.sidebar).toBeVisible();
}

export async function openConversation(chat: ChatPage, title: string): Promise<void> {
  await showConversations(chat);
  await chat.conversation(title).click();
}

export async function startNewChat(chat: ChatPage): Promise<void> {
  await showConversations(chat);
  await chat.newChat();
}

/** The widths every everyday-chat promise is checked at: a desktop and a phone. */
export const DESKTOP_AND_PHONE = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
