import { expect, test } from "./fixtures";

test("a Japanese reply: emphasis beside CJK punctuation renders bold, and never flashes asterisks while streaming", async ({
  chat,
  page,
}) => {
  await chat.goto();
  // Record every state of the reply the page shows while it streams: its text and its bold parts.
  await page.evaluate(() => {
    const seen: { texts: string[]; strongs: string[][] } = { texts: [], strongs: [] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      const replies = document.querySelectorAll('article[aria-label="Assistant"] .markdown');
      const reply = replies[replies.length - 1];
      if (!reply) return;
      seen.texts.push(reply.textContent ?? "");
      seen.strongs.push(Array.from(reply.querySelectorAll("strong"), (s) => s.textContent ?? ""));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await chat.sendScenario("日本語で説明してください", "japanese-emphasis");
  await chat.waitForReplyDone();
  const reply = chat.lastAssistant();

  const bold = ["「重要」", "（注）", "手順1：", "npm install"];
  for (const text of bold) await expect(reply.locator("strong", { hasText: text })).toBeVisible();
  await expect(reply.locator("em", { hasText: "強調" })).toBeVisible();
  await expect(reply.locator("del", { hasText: "「古い方法」" })).toBeVisible();
  await expect(reply).not.toContainText("*");
  await expect(reply).not.toContainText("~~");

  const seen = await page.evaluate(
    () => (window as unknown as { __seen: { texts: string[]; strongs: string[][] } }).__seen,
  );
  expect(seen.texts.length).toBeGreaterThan(3);
  for (const text of seen.texts) expect(text).not.toContain("*");
  // What was bold while streaming is the start of what is bold at the end: no wrong span, no jump.
  for (const strongs of seen.strongs) {
    strongs.forEach((shown, i) => expect(bold[i]?.startsWith(shown), `${shown} while streaming`).toBe(true));
  }
});
