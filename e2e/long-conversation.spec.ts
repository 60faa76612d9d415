import { expect, test } from "./fixtures";
import { seedConversations, texts } from "./seed";

test("a 2,000-message conversation opens at its end, scrolls to its start, and takes new messages", async ({
  chat,
  page,
}) => {
  await seedConversations(page, [{ id: "long", title: "A very long conversation", texts: texts(2000) }]);
  await chat.goto();
  await expect(chat.lastAssistant()).toContainText("Answer number 1999");
  await expect(chat.lastAssistant()).toBeInViewport();
  // Virtualised: only the messages near the view are in the page.
  const rendered = await chat.messages.getByRole("article").count();
  expect(rendered).toBeLessThan(100);

  // Scrolling to the top reaches the first message (measured as it comes, never a blank screen).
  await chat.messages.evaluate((log) => {
    let el: Element | null = log;
    while (el && getComputedStyle(el).overflowY !== "auto") el = el.parentElement;
    el?.scrollTo({ top: 0 });
  });
  await expect(chat.messages.getByText("Question number 0:", { exact: false })).toBeInViewport();
  expect(await chat.messages.getByRole("article").count()).toBeLessThan(100);

  // Sending from there lands at the bottom, with the reply in view.
  await page.getByRole("button", { name: "Jump to latest", exact: true }).click();
  await chat.send("One more question");
  await chat.waitForReplyDone();
  await expect(chat.lastAssistant()).toBeInViewport();
  await expect(chat.messages.getByRole("article", { name: "You" }).last()).toContainText("One more question");
});
