import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import { startAppServer, type AppServer } from "./support/app-server";

// Installable and offline: a manifest Chromium accepts, a service worker that keeps the app (and so every
// stored conversation) readable offline and never caches /api, an offline send that says so, and a new
// build that is offered with Update instead of taking over, never while a reply streams or input is unsent.

/** Waits until the service worker has installed and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const updatePrompt = (chat: ChatPage) =>
  chat.page.getByRole("status").filter({ hasText: "A new version of Chat Studio is ready." });

test.describe("installable and offline", () => {
  test("Chromium finds the app installable: manifest, icons, service worker", async ({ page, request }) => {
    await page.goto("/");
    await waitForServiceWorker(page);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(manifestHref).toBe("/manifest.webmanifest");
    const manifest = (await (await request.get(manifestHref ?? "")).json()) as {
      name: string;
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: "Chat Studio", display: "standalone", start_url: "/" });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    for (const icon of manifest.icons) {
      const res = await request.get(icon.src);
      expect(res.headers()["content-type"], icon.src).toBe("image/png");
    }
    const cdp = await page.context().newCDPSession(page);
    const { errors } = (await cdp.send("Page.getAppManifest")) as { errors: { message: string }[] };
    expect(errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's contexts are incognito, where Chromium installs nothing; that is the only objection.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
  });

  test("offline, the app opens with its conversations readable, and a send says it is offline", async ({
    chat,
    page,
    context,
  }) => {
    await chat.goto();
    await waitForServiceWorker(page);
    // A reply that needs the lazily loaded pieces: markdown, highlighted code and math.
    await chat.send("offline check: $$\\frac{1}{2}$$");
    await chat.waitForReplyDone();
    await expect(chat.lastAssistant().locator(".katex").first()).toBeVisible();
    await chat.newChat();
    await chat.sendScenario("second conversation", "markdown");
    await chat.waitForReplyDone();
    await chat.newChat();

    // The network goes away: a send says so, and keeps the message for Retry.
    await context.setOffline(true);
    await chat.send("are you there?");
    const alert = chat.lastAssistant().getByRole("alert");
    await expect(alert).toContainText("You are offline: the request could not be sent.");
    await expect(alert.getByRole("button", { name: "Retry", exact: true })).toBeVisible();

    // Offline, the app still opens, and every conversation reads as before.
    await page.reload();
    await expect(chat.messageBox).toBeVisible();
    await expect(chat.lastUser()).toContainText("are you there?");
    await expect(chat.lastAssistant().getByRole("alert")).toContainText("You are offline");
    await chat.conversation("offline check: $$\\frac{1}{2}$$").click();
    await expect(chat.lastUser()).toContainText("offline check");
    await expect(chat.lastAssistant()).toContainText("You said: offline check");
    await expect(chat.lastAssistant().locator(".katex").first()).toBeVisible();
    await expect(chat.lastAssistant().locator("pre code")).toContainText('console.log("hello");');
    await chat.conversation("second conversation [[mock:markdown]]").click();
    await expect(chat.lastAssistant().locator("pre code").first()).toBeVisible();

    // Back online, Retry gets the answer.
    await context.setOffline(false);
    await chat.conversation("are you there?").click();
    await chat.retry();
    await chat.waitForReplyDone();
    await expect(chat.lastAssistant()).toContainText("You said: are you there?");

    // Nothing from /api was ever cached, and every cached file belongs to the app itself.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      }
      return urls;
    });
    expect(cached.length).toBeGreaterThan(10);
    expect(cached.filter((u) => u.startsWith("/api"))).toEqual([]);
  });
});

test.describe("a new version", () => {
  let server: AppServer | null = null;
  let dist = "";
  test.beforeEach(() => {
    // A copy of the build that the spec can "redeploy" without touching the suite's own dist/.
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "dist-update-"));
    fs.cpSync(path.resolve(import.meta.dirname, "..", "dist"), dist, { recursive: true });
  });
  test.afterEach(async () => {
    await server?.stop();
    server = null;
    fs.rmSync(dist, { recursive: true, force: true });
  });

  test("is offered with Update, which waits for the reply and the unsent text, then reloads into it", async ({
    chat,
    page,
  }) => {
    server = await startAppServer({ DIST_DIR: dist });
    await page.goto(server.url);
    await waitForServiceWorker(page);
    // Marks this page load: it disappears only if the page reloads.
    await page.evaluate(() => ((window as unknown as { loadMark: number }).loadMark = 1));
    const sameLoad = () => page.evaluate(() => (window as unknown as { loadMark?: number }).loadMark === 1);

    // Deploy: a service worker that differs by a byte is a new version. The tab checks for it.
    fs.appendFileSync(path.join(dist, "sw.js"), "\n// the next build\n");
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(updatePrompt(chat)).toBeVisible();
    const update = updatePrompt(chat).getByRole("button", { name: "Update", exact: true });
    await page.waitForTimeout(500);
    expect(await sameLoad(), "the app reloaded by itself").toBe(true);

    // Unsent text holds the update back.
    await chat.messageBox.fill("a thought not sent yet");
    await update.click();
    await expect(updatePrompt(chat)).toContainText("You have a message that is not sent yet");
    expect(await sameLoad()).toBe(true);
    await chat.messageBox.fill("");

    // So does a reply that is still being written.
    await chat.sendScenario("keep streaming", "hang");
    await chat.waitForStreaming();
    await update.click();
    await expect(updatePrompt(chat)).toContainText("A reply is still being written");
    expect(await sameLoad()).toBe(true);
    await chat.stop();
    await chat.waitForReplyDone();

    // A draft left in another conversation holds it back too.
    await chat.messageBox.fill("a draft left behind");
    await chat.newChat();
    await expect(chat.messageBox).toHaveValue("");
    await update.click();
    await expect(updatePrompt(chat)).toContainText("You have a message that is not sent yet");
    expect(await sameLoad()).toBe(true);
    await chat.conversation("keep streaming [[mock:hang]]").click();
    await expect(chat.messageBox).toHaveValue("a draft left behind");
    await chat.messageBox.fill("");

    // Now Update reloads into the new version (the one waiting), and the conversation is still there.
    const waiting = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);
    expect(await waiting()).toBe(true);
    // Asked only once the new document has loaded: a question sent mid-reload has no page to answer it.
    const reloaded = page.waitForEvent("load");
    await update.click();
    await reloaded;
    expect(await sameLoad()).toBe(false);
    await expect(chat.lastUser()).toContainText("keep streaming");
    await expect(updatePrompt(chat)).toHaveCount(0);
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.waiting === null && navigator.serviceWorker.controller !== null;
        }),
      )
      .toBe(true);
  });
});
