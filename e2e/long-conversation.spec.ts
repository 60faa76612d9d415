import { expect, test } from "./fixtures";

// A conversation of 2,000 messages, written in the app's stored format before the page loads.
function seed(count: number) {
  const now = Date.now();
  const messages = Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    parentId: i === 0 ? null : `m${i - 1}`,
    role: i % 2 === 0 ? "user" : "assistant",
    content: i % 2 === 0 ? `Question number ${i}` : `Answer number ${i} with **bold** text`,
    createdAt: now - (count - i) * 1000,
    updatedAt: now - (count - i) * 1000,
    status: "complete",
  }));
  const conversation = {
    id: "long",
    title: "A very long conversation",
    createdAt: now - count * 1000,
    updatedAt: now,
    messages,
    leafId: `m${count - 1}`,
    systemPrompt: "",
    extraBody: "",
  };
  return {
    meta: JSON.stringify({ version: 1, activeId: "long" }),
    conversation: JSON.stringify(conversation),
  };
}

test("a 2,000-message conversation opens at its end and loads earlier messages on scroll", async ({
  chat,
  page,
}) => {
  const data = seed(2000);
  await page.addInitScript((d) => {
    if (localStorage.getItem("chat-studio:conv:long")) return;
    localStorage.setItem("chat-studio:meta", d.meta);
    localStorage.setItem("chat-studio:conv:long", d.conversation);
  }, data);
  await chat.goto();
  await expect(chat.lastAssistant()).toContainText("Answer number 1999");
  const rendered = await chat.messages.getByRole("article").count();
  expect(rendered).toBeLessThan(200);
  await expect(chat.lastAssistant()).toBeInViewport();

  const earlier = chat.messages.getByRole("button", { name: /earlier messages/ });
  await earlier.click();
  await expect.poll(() => chat.messages.getByRole("article").count()).toBeGreaterThan(rendered);
  // Scrolling up loads more on its own.
  const before = await chat.messages.getByRole("article").count();
  await chat.messages.evaluate((el) => el.parentElement?.scrollTo({ top: 0 }));
  await expect.poll(() => chat.messages.getByRole("article").count()).toBeGreaterThan(before);

  // Sending still works and lands at the bottom.
  await chat.send("One more question");
  await chat.waitForReplyDone();
  await expect(chat.lastAssistant()).toBeInViewport();
});
