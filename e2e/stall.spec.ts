import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";

// A stalled stream (headers and some text, then an open, silent connection) is said in the reply; data
// resuming takes the notice back; keep-alive comments count as data; Stop stays instant; an optional
// overall timeout gives up. Thresholds are set to a few seconds in Settings so the specs do not wait 20 s.

async function setWaiting(chat: ChatPage, options: { stall?: number; timeout?: number }): Promise<void> {
  const dialog = await chat.openSettings();
  if (options.stall !== undefined) {
    await dialog
      .getByRole("spinbutton", { name: "Stall notice after (seconds)" })
      .fill(String(options.stall));
  }
  if (options.timeout !== undefined) {
    await chat.toggle(dialog, "Overall timeout").setChecked(true);
    await dialog.getByRole("spinbutton", { name: "Timeout (seconds)" }).fill(String(options.timeout));
  }
  await chat.closeSettings();
}

const stallNotice = (chat: ChatPage) =>
  chat.lastAssistant().getByRole("status").filter({ hasText: "No data" });

/** Records in the page whether a stall notice was ever shown, however briefly. */
async function watchForNotice(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { stallSeen: boolean };
    w.stallSeen = false;
    new MutationObserver(() => {
      if (document.body.innerText.includes("still waiting")) w.stallSeen = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { stallSeen: boolean }).stallSeen);
}

test.describe("a silent connection", () => {
  test("the reply says when no data came for the set time, and the notice goes when data resumes", async ({
    chat,
  }) => {
    await chat.goto();
    await setWaiting(chat, { stall: 2 });
    await chat.sendScenario("pause midway", "stall-resume");
    await expect(chat.lastAssistant()).toContainText("Before the pause.");
    await expect(stallNotice(chat)).toHaveText(/No data for 2 s — still waiting/);
    await expect(chat.lastAssistant()).toHaveAttribute("aria-busy", "true");
    await expect(stallNotice(chat).getByRole("button", { name: "Retry", exact: true })).toBeVisible();
    await expect(chat.stopButton).toBeVisible();
    await chat.waitForReplyDone();
    await expect(stallNotice(chat)).toHaveCount(0);
    await expect(chat.lastAssistant()).toContainText("Before the pause. After the pause.");
    await expect(chat.lastAssistant().getByRole("alert")).toHaveCount(0);
  });

  test("keep-alive comments count as signs of life: no notice while they arrive", async ({ chat, page }) => {
    await chat.goto();
    // Keep-alives every second against a 3 s threshold: two seconds of margin on a busy machine.
    await setWaiting(chat, { stall: 3 });
    const seen = await watchForNotice(page);
    await chat.sendScenario("slow thinker", "keepalive-wait");
    await chat.waitForReplyDone();
    await expect(chat.lastAssistant()).toContainText("Thinking it over. Done.");
    expect(await seen(), "a stall notice appeared although keep-alives arrived every second").toBe(false);
  });

  test("Stop is instant during a stall and keeps what arrived", async ({ chat, mock }) => {
    await chat.goto();
    await setWaiting(chat, { stall: 2 });
    const text = `stalled stop ${Date.now()}`;
    await chat.sendScenario(text, "hang");
    await expect(stallNotice(chat)).toBeVisible();
    const clicked = Date.now();
    await chat.stop();
    await expect(chat.lastAssistant()).not.toHaveAttribute("aria-busy", "true", { timeout: 1000 });
    expect(Date.now() - clicked).toBeLessThan(1000);
    await expect(stallNotice(chat)).toHaveCount(0);
    await expect(chat.lastAssistant()).toContainText("Waiting forever");
    await expect(chat.lastAssistant()).toContainText("Stopped");
    await expect.poll(async () => (await mock.lastRequest(text)).outcome).toBe("client-closed");
  });

  test("Retry beside the notice stops the silent request and asks again, keeping it as a branch", async ({
    chat,
    mock,
  }) => {
    await chat.goto();
    await setWaiting(chat, { stall: 2 });
    const text = `stalled retry ${Date.now()}`;
    await chat.sendScenario(text, "hang");
    await stallNotice(chat).getByRole("button", { name: "Retry", exact: true }).click();
    await expect.poll(async () => (await mock.requests({ containing: text })).length).toBe(2);
    await expect
      .poll(async () => (await mock.entries({ containing: text }))[0]?.outcome)
      .toBe("client-closed");
    await expect(chat.lastAssistant()).toHaveAttribute("aria-busy", "true");
    await chat.stop();
    await chat.waitForReplyDone();
    // The silent attempt is kept as the other branch, marked stopped.
    await expect(chat.lastAssistant().getByText("2/2")).toBeVisible();
    await chat.lastAssistant().getByRole("button", { name: "Previous version" }).click();
    await expect(chat.lastAssistant()).toContainText("Stopped");
  });

  test("an overall timeout (off by default) gives up, keeps what arrived and says why", async ({ chat }) => {
    await chat.goto();
    const dialog = await chat.openSettings();
    await expect(chat.toggle(dialog, "Overall timeout")).not.toBeChecked();
    await chat.closeSettings();
    await setWaiting(chat, { stall: 0, timeout: 2 });
    await chat.sendScenario("never ends", "hang");
    const alert = chat.lastAssistant().getByRole("alert");
    await expect(alert).toHaveText(/did not finish within the 2 s timeout set in Settings.*arrived is kept/);
    await expect(alert.getByRole("button", { name: "Retry", exact: true })).toBeVisible();
    await expect(chat.lastAssistant()).toContainText("Waiting forever");
    await expect(chat.lastAssistant()).not.toHaveAttribute("aria-busy", "true");
  });
});
