import { expect, test } from "./fixtures";

test("hostile markdown: no script runs, no javascript: or data: link is clickable, safe links open safely", async ({
  chat,
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await chat.goto();
  await chat.sendScenario("Show me something nasty", "hostile-markdown");
  await chat.waitForReplyDone();
  const reply = chat.lastAssistant();
  await expect(reply).toContainText("click");

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(reply.locator("script, iframe, img[onerror]")).toHaveCount(0);
  const hrefs = await reply.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|#)/);
  for (const a of await reply.locator("a").all()) {
    await expect(a).toHaveAttribute("rel", /noopener/);
    await expect(a).toHaveAttribute("rel", /noreferrer/);
  }
  // The javascript: link text is still shown, but as plain text.
  await reply.getByText("click", { exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("GFM renders: tables, task lists and code blocks with their language", async ({ chat }) => {
  await chat.goto();
  await chat.sendScenario("Render markdown", "markdown");
  await chat.waitForReplyDone();
  const reply = chat.lastAssistant();
  await expect(reply.getByRole("table")).toBeVisible();
  await expect(reply.getByRole("checkbox").first()).toBeVisible();
  await expect(reply.locator("pre code")).toBeVisible();
});
