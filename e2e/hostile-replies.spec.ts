import type { Page } from "@playwright/test";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";

// Replies shaped to break a renderer (e2e/server/hostile-content.mjs). Each once froze the page for
// seconds or threw "Maximum call stack size exceeded" into the app-wide boundary on every load.
const CASES = [
  { scenario: "deep-quotes", first: "Quotes, nested", end: "After the quotes.", note: "nested too deeply" },
  { scenario: "deep-list", first: "A list, nested", end: "After the list.", note: "nested too deeply" },
  {
    scenario: "deep-indent",
    first: "Indentation, a thousand",
    end: "After the indentation.",
    note: "nested too deeply",
  },
  { scenario: "many-code-blocks", first: "Three thousand code blocks", end: "After the code." },
  { scenario: "long-line", first: "A **long** line with", end: "After the long line.", note: "too large" },
  { scenario: "huge", first: "Making a long answer fast", end: "The end of the ten megabytes." },
];

/** Still usable: another message goes out and its reply comes back. */
async function stillWorks(chat: ChatPage, text: string) {
  await chat.send(text);
  // The new reply, not the finished one before it (which waitForReplyDone alone could take for it).
  await expect(chat.lastAssistant()).toContainText(`You said: ${text}`, { timeout: 15_000 });
  await chat.waitForReplyDone();
}

/** Makes the page's document refuse to create `tag` elements, so that rendering one throws. */
async function refuseElement(page: Page, tag: string) {
  await page.addInitScript((refused) => {
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (
      this: Document,
      name: string,
      options?: ElementCreationOptions,
    ) {
      if (name.toLowerCase() === refused) throw new Error(`${refused} creation refused by the test`);
      return create.call(this, name, options);
    } as typeof Document.prototype.createElement;
  }, tag);
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

test.describe("hostile replies", () => {
  test.beforeEach(async ({ page }) => {
    // Long tasks are recorded for the report (the bench holds the timing targets).
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
  });

  for (const { scenario, first, end, note } of CASES) {
    test(`${scenario}: shown, the app stays usable, and it opens again after a reload`, async ({
      chat,
      page,
    }) => {
      test.slow();
      await chat.goto();
      await chat.sendScenario("Try to break the page", scenario);
      await chat.waitForReplyDone(60_000);
      const reply = chat.messages.getByRole("article", { name: "Assistant" }).first();
      await expect(reply.getByText(end, { exact: true })).toBeVisible();
      if (note)
        await expect(reply.getByText(`Shown as plain text: ${note} to format.`).first()).toBeVisible();
      test
        .info()
        .annotations.push({ type: "longest task (ms)", description: String(await longestTask(page)) });

      await stillWorks(chat, "Still there?");

      await page.reload();
      await expect(chat.messageBox).toBeVisible();
      await expect(chat.assistantMessages().first()).toContainText(first);
      await expect(page.getByText("Something went wrong")).toHaveCount(0);
      await stillWorks(chat, "And after a reload?");
      test.info().annotations.push({
        type: "longest task after reload (ms)",
        description: String(await longestTask(page)),
      });
    });
  }
});

test("a reply whose formatting fails shows as plain text with a notice; the page keeps working", async ({
  chat,
  page,
}) => {
  // Formatting the markdown reply throws once the browser refuses to create its table.
  await refuseElement(page, "table");
  await chat.goto();
  await chat.sendScenario("Render markdown", "markdown");
  await chat.waitForReplyDone();
  const reply = chat.lastAssistant();
  await expect(
    reply.getByText("This reply could not be formatted, so it is shown as plain text."),
  ).toBeVisible();
  await expect(reply).toContainText("| gemini-3.1-pro-preview | 1M | default |");
  await expect(reply.getByRole("button", { name: "Copy", exact: true })).toBeVisible();
  await stillWorks(chat, "Still there?");
});

test("a message that fails to render shows its text as written; the others and the page keep working", async ({
  chat,
  page,
}) => {
  // The Thinking section is a <details>: refusing it makes the message itself fail, not its markdown.
  await refuseElement(page, "details");
  await chat.goto();
  await chat.sendScenario("Think first", "reasoning");
  const reply = chat.lastAssistant();
  await expect(
    reply.getByText("This message could not be displayed normally; its text is shown as written."),
  ).toBeVisible();
  await expect(reply).toContainText("You said: Think first");
  await expect(chat.lastUser()).toContainText("Think first");
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
  await stillWorks(chat, "Still there?");
});

test("replies are readable as plain text while the markdown code cannot be fetched, and formatted after a reload", async ({
  chat,
  page,
}) => {
  let blocked = true;
  await page.route(/\/assets\/Block-[^/]+\.js$/, (route) => (blocked ? route.abort() : route.continue()));
  await chat.goto();
  await chat.sendScenario("Render markdown", "markdown");
  await chat.waitForReplyDone();
  const reply = chat.lastAssistant();
  await expect(reply).toContainText("Some **bold**, some *italic*");
  await expect(reply).toContainText("| gemini-3.1-pro-preview | 1M | default |");
  await expect(reply.getByRole("table")).toHaveCount(0);
  await stillWorks(chat, "Still there?");

  blocked = false;
  await page.reload();
  await expect(chat.assistantMessages().first().getByRole("table")).toBeVisible();
  await expect(chat.assistantMessages().first().locator("strong", { hasText: "bold" })).toBeVisible();
});
