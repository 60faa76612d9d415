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

/**
 * Checks after every change of the page (a MutationObserver: a background tab draws no frames) that it
 * still shows its own message, and that its reply never got shorter.
 */
function watchOwnMessage(marker: string) {
  const seen = { checks: 0, ownMissing: 0, shrank: 0, longest: 0, armed: false, otherWhileStreaming: false };
  (window as unknown as { __race: typeof seen }).__race = seen;
  const check = () => {
    const articles = Array.from(document.querySelectorAll("article"));
    const at = articles.findIndex(
      (a) => a.getAttribute("aria-label") === "You" && a.textContent?.includes(marker),
    );
    if (at >= 0) seen.armed = true;
    if (!seen.armed) return;
    seen.checks++;
    if (at < 0) seen.ownMissing++;
    // Its reply: the assistant article right after it.
    const reply = articles[at + 1];
    const length =
      at >= 0 && reply?.getAttribute("aria-label") === "Assistant" ? (reply.textContent?.length ?? 0) : 0;
    if (length < seen.longest) seen.shrank++;
    seen.longest = Math.max(seen.longest, length);
    // The other tab's branch arrived (a version counter) while this reply was still streaming.
    if (
      reply?.getAttribute("aria-busy") === "true" &&
      articles.some((a) => /[123]\/[23]/.test(a.textContent ?? ""))
    ) {
      seen.otherWhileStreaming = true;
    }
  };
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
}

/** A conversation large enough (~420 K characters) to be kept in IndexedDB once it changes. */
function bigConversation(title: string) {
  const now = Date.now();
  const messages = Array.from({ length: 400 }, (_, i) => ({
    id: `m_big_${i}`,
    parentId: i === 0 ? null : `m_big_${i - 1}`,
    role: i % 2 === 0 ? "user" : "assistant",
    content: `${i % 2 === 0 ? "Question" : "Answer"} ${i}: ${"lorem ipsum dolor sit amet ".repeat(38)}`,
    createdAt: now - (400 - i) * 1000,
    updatedAt: now - (400 - i) * 1000,
    status: "complete",
  }));
  return {
    id: "c_big_shared",
    title,
    createdAt: now - 400_000,
    updatedAt: now - 1000,
    messages,
    leafId: "m_big_399",
    systemPrompt: "",
    extraBody: "",
  };
}

for (const size of ["small", "large"] as const) {
  test(`two tabs racing on one ${size} conversation while one streams: nothing disappears`, async ({
    context,
  }) => {
    const a = new ChatPage(await context.newPage());
    const b = new ChatPage(await context.newPage());
    const title = size === "small" ? "Shared start" : "A big shared conversation";
    if (size === "large") {
      await a.page.goto("/favicon.svg");
      await a.page.evaluate((conv) => {
        localStorage.setItem("chat-studio:meta", JSON.stringify({ version: 1, activeId: conv.id }));
        localStorage.setItem(`chat-studio:conv:${conv.id}`, JSON.stringify(conv));
      }, bigConversation(title));
      await a.goto();
    } else {
      await a.goto();
      await a.send(title);
      await a.waitForReplyDone();
    }
    await b.goto();
    await b.conversation(title).click();
    await expect(b.userMessages().first()).toBeVisible();

    // A is the tab in front (a background tab renders rarely); B works in the background.
    await a.page.bringToFront();
    await a.page.evaluate(watchOwnMessage, "From tab A");
    await a.sendScenario("From tab A", "slow");
    await a.waitForStreaming();
    // While A's reply streams, B writes the same conversation: an edit of the first message (a new
    // branch) with its own reply, then a second one.
    const pivot = size === "small" ? title : "Question 398:";
    // Each edit is a sibling of the message on screen: the original, then B's first edit.
    const edits: [string, string][] = [
      [pivot, "From tab B"],
      ["From tab B", "Again from tab B"],
    ];
    for (const [on, text] of edits) {
      await b.messageAction(b.userMessages().filter({ hasText: on }).first(), "Edit");
      await b.page.getByRole("textbox", { name: "Edited text" }).fill(text);
      await b.page.getByRole("button", { name: "Save edit" }).click();
      await b.waitForReplyDone();
    }
    await a.waitForReplyDone(30_000);

    const race = await a.page.evaluate(
      () =>
        (
          window as unknown as {
            __race: { checks: number; ownMissing: number; shrank: number; otherWhileStreaming: boolean };
          }
        ).__race,
    );
    expect(race.checks).toBeGreaterThan(20);
    expect(race).toMatchObject({ ownMissing: 0, shrank: 0, otherWhileStreaming: true });
    if (size === "large") {
      // The race ran in IndexedDB: the conversation outgrew localStorage when it changed.
      expect(
        await a.page.evaluate((id) => localStorage.getItem(`chat-studio:ref:${id}`), "c_big_shared"),
      ).not.toBeNull();
    }
    await expect(a.lastUser()).toContainText("From tab A");
    await expect(a.lastAssistant()).toContainText("Slow chunk 100.");

    // After a reload, both tabs have every version of the edited message (the original and B's two
    // edits) and A's message with its whole reply.
    if (size === "large") test.slow();
    for (const tab of [a, b]) {
      await tab.page.reload();
      await tab.conversation(title).click();
      const branched = tab.userMessages().filter({ hasText: /[123]\/3$/ });
      if (size === "large") {
        // 400 messages are windowed: the edited message sits above the reply on screen (A's long one or
        // B's, whichever branch was stored last), so scroll up until it is rendered.
        await expect
          .poll(async () => {
            if ((await branched.count()) > 0) return true;
            await tab.messages.evaluate((log) => {
              let el: Element | null = log;
              while (el && getComputedStyle(el).overflowY !== "auto") el = el.parentElement;
              el?.scrollBy(0, -300);
            });
            return false;
          })
          .toBe(true);
        // All three versions are kept; stepping through them is the small conversation's check (here
        // a version switch re-anchors the windowed list and the message leaves the rendered rows).
        await expect(branched).toContainText(/[123]\/3$/);
        continue;
      }
      await expect(branched).toHaveCount(1);
      const previous = branched.getByRole("button", { name: "Previous version" });
      while (await previous.isEnabled()) await previous.click();
      const versions: string[] = [];
      for (let i = 0; i < 3; i++) {
        await expect(branched).toContainText(`${i + 1}/3`);
        versions.push((await branched.textContent()) ?? "");
        if (i < 2) await branched.getByRole("button", { name: "Next version" }).click();
      }
      expect(versions).toEqual([
        expect.stringContaining(pivot),
        expect.stringContaining("From tab B"),
        expect.stringContaining("Again from tab B"),
      ]);
      await previous.click();
      await previous.click();
      await expect(tab.userMessages().filter({ hasText: "From tab A" })).toHaveCount(1);
      await expect(tab.lastAssistant()).toContainText("Slow chunk 100.");
    }
  });
}
