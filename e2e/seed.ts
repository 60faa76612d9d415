// Conversations written in the app's stored format before the page loads, for tests that need a
// history (long conversations, search) without sending hundreds of messages.
import type { Page } from "@playwright/test";

export interface SeedConversation {
  id: string;
  title: string;
  /** Message texts, alternating user / assistant, oldest first. */
  texts: string[];
  /** Minutes ago of the last activity (orders the sidebar). */
  minutesAgo?: number;
}

/** A conversation in the format the app stores. */
export function storedConversation(c: SeedConversation, now: number) {
  const end = now - (c.minutesAgo ?? 0) * 60_000;
  const count = c.texts.length;
  const messages = c.texts.map((content, i) => ({
    id: `${c.id}-m${i}`,
    parentId: i === 0 ? null : `${c.id}-m${i - 1}`,
    role: i % 2 === 0 ? "user" : "assistant",
    content,
    createdAt: end - (count - i) * 1000,
    updatedAt: end - (count - i) * 1000,
    status: "complete",
  }));
  return {
    id: c.id,
    title: c.title,
    createdAt: end - count * 1000,
    updatedAt: end,
    messages,
    leafId: messages.at(-1)?.id ?? null,
    systemPrompt: "",
    extraBody: "",
  };
}

/**
 * Stores `conversations` (the first one open) before the app starts. Only on the first load of the
 * page: a reload keeps what the app itself saved since.
 */
export async function seedConversations(page: Page, conversations: SeedConversation[]): Promise<void> {
  const now = Date.now();
  const entries: [string, string][] = conversations.map((c) => [
    `chat-studio:conv:${c.id}`,
    JSON.stringify(storedConversation(c, now)),
  ]);
  entries.push(["chat-studio:meta", JSON.stringify({ version: 1, activeId: conversations[0]?.id ?? null })]);
  await page.addInitScript((items) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (const [key, value] of items) localStorage.setItem(key, value);
  }, entries);
}

/** Texts of a conversation of `count` messages; `at` puts a given text at a given position. */
export function texts(count: number, at: Record<number, string> = {}): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      at[i] ??
      (i % 2 === 0
        ? `Question number ${i}: what comes next?`
        : `Answer number ${i} with **bold** text and a second sentence to give it some length.`),
  );
}
