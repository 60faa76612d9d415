import { chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "../scripts/chromium.mjs";
import { createMockServer } from "./server/mock-server.mjs";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import { startAppServer, type AppServer } from "./support/app-server";
import { watchCspViolations } from "./support/csp";
import type { AddressInfo } from "node:net";

// The server as it faces a network: the app works under its Content-Security-Policy (also against a base
// URL on another origin), other sites cannot frame it, oversized bodies get a 413 the app shows, foreign
// Host names (DNS rebinding) are refused, and an access token keeps strangers out.

/** Sends about 300 KB of text (over a 205 KB limit) from the app at `url`; returns the text's marker. */
async function sendTooLarge(chat: ChatPage, page: Page, url: string): Promise<string> {
  await page.goto(url);
  const marker = `too big ${Date.now()}`;
  // Set at once: typing it would take minutes.
  await chat.messageBox.evaluate(
    (box, text) => {
      // The prototype's setter, so React's value tracking sees a change and runs onChange.
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(box, text);
      box.dispatchEvent(new Event("input", { bubbles: true }));
    },
    `${marker} ${"a long line of text. ".repeat(15_000)}`,
  );
  await chat.sendButton.click();
  return marker;
}

test.describe("the hardened server", () => {
  let extra: AppServer | null = null;
  test.afterEach(async () => {
    await extra?.stop();
    extra = null;
  });

  test("the app works under its CSP, with no violation, also against an absolute base URL", async ({
    chat,
    page,
  }) => {
    const violations = await watchCspViolations(page);
    const response = await page.goto("/");
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await expect(chat.messageBox).toBeVisible();
    // Markdown, code highlighting and math: the lazily loaded pieces with their own styles and fonts.
    await chat.sendScenario("render everything", "markdown");
    await chat.waitForReplyDone();
    await chat.send("and math: $$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$");
    await chat.waitForReplyDone();
    await expect(chat.lastAssistant().locator(".katex").first()).toBeVisible();
    await chat.openSettings();
    await chat.closeSettings();

    // A CORS-enabled upstream on another origin, chosen as the base URL in Settings.
    const cors = createMockServer({ cors: true, delayMs: 5 });
    await new Promise<void>((resolve) => cors.listen(0, "127.0.0.1", resolve));
    try {
      const port = (cors.address() as AddressInfo).port;
      await chat.configure({ baseUrl: `http://127.0.0.1:${port}/v1` });
      await chat.send("straight to another origin");
      await chat.waitForReplyDone();
      await expect(chat.lastAssistant()).toContainText("You said");
      await expect(chat.lastAssistant().getByRole("alert")).toHaveCount(0);
    } finally {
      cors.closeAllConnections();
      await new Promise((resolve) => cors.close(resolve));
    }
    expect(await violations()).toEqual([]);
  });

  test("another site cannot frame the app", async ({ page, baseURL }) => {
    const blocked: string[] = [];
    page.on("console", (m) => {
      if (/frame-ancestors|X-Frame-Options/i.test(m.text())) blocked.push(m.text());
    });
    await page.setContent(`<iframe src="${baseURL}/" width="800" height="600"></iframe>`);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    await expect(frame?.getByRole("textbox", { name: "Message" }) ?? page.locator("none")).toHaveCount(0);
  });

  test("a body over MAX_BODY_MB gets a 413 that the app shows, and nothing reaches the provider", async ({
    chat,
    page,
    mock,
  }) => {
    extra = await startAppServer({ MAX_BODY_MB: "0.2" });
    const marker = await sendTooLarge(chat, page, extra.url);
    const alert = chat.lastAssistant().getByRole("alert");
    await expect(alert).toContainText(
      /^HTTP 413 Payload Too Large: The request is 3\d\d KB; this server accepts at most 205 KB \(MAX_BODY_MB\), so it was not sent to the provider\./,
    );
    await expect(alert).toContainText("shorten the conversation or remove attachments");
    expect(await mock.entries({ containing: marker })).toEqual([]);
  });

  test.describe("in Japanese", () => {
    test.use({ locale: "ja-JP" });

    test("the 413 is said in the UI's language, not in the server's English", async ({ chat, page, t }) => {
      extra = await startAppServer({ MAX_BODY_MB: "0.2" });
      await sendTooLarge(chat, page, extra.url);
      const alert = chat.lastAssistant().getByRole("alert");
      await expect(alert).toContainText(
        /^HTTP 413 Payload Too Large: リクエストは 3\d\d KB ですが、このサーバーが受け付けるのは 205 KB までです（MAX_BODY_MB）。/,
      );
      await expect(alert).toContainText(t("errors.hintTooLarge"));
      await expect(alert).not.toContainText("was not sent");
    });
  });

  test("a foreign Host name is refused, as a DNS-rebinding page would present it", async ({ baseURL }) => {
    const port = new URL(baseURL ?? "").port;
    // The browser resolves rebind.test to this machine, exactly what a rebinding attack achieves.
    const browser = await chromium.launch({
      executablePath: chromiumExecutable,
      args: [...chromiumArgs, "--host-resolver-rules=MAP rebind.test 127.0.0.1"],
    });
    try {
      const page = await browser.newPage();
      const response = await page.goto(`http://rebind.test:${port}/`);
      expect(response?.status()).toBe(421);
      await expect(page.locator("body")).toContainText('does not answer to the host name "rebind.test"');
      // The rebinding page's own script asking the proxy: refused as well.
      expect(await page.evaluate(() => fetch("/api/v1/models").then((r) => r.status))).toBe(421);

      // Named in ALLOWED_HOSTS, the same name works.
      extra = await startAppServer({ ALLOWED_HOSTS: "rebind.test" });
      await page.goto(`http://rebind.test:${extra.port}/`);
      await expect(page.getByRole("textbox", { name: "Message", exact: true })).toBeVisible();
    } finally {
      await browser.close();
    }
  });

  test("bound beyond loopback without a token, it warns", async () => {
    extra = await startAppServer({ HOST: "0.0.0.0" });
    const server = extra;
    await expect
      .poll(() => server.output())
      .toContain("warning: listening beyond this machine (0.0.0.0) without ACCESS_TOKEN");
  });

  test("with ACCESS_TOKEN: strangers are refused, the access link lets a browser in for good", async ({
    chat,
    page,
    mock,
  }) => {
    const token = "e2e-access-token-0123456789";
    extra = await startAppServer({ ACCESS_TOKEN: token });
    const refused = await page.goto(extra.url);
    expect(refused?.status()).toBe(401);
    await expect(page.locator("body")).toContainText("open it once with the access link");

    await page.goto(`${extra.url}/?access_token=${token}`);
    await expect(chat.messageBox).toBeVisible();
    // The token is gone from the address: the server redirected to the app, which names the chat it opened.
    expect(page.url()).toBe(`${extra.url}/#/new`);
    await chat.configure({ apiKey: "sk-provider-key" });
    await chat.send("behind the token");
    await chat.waitForReplyDone();
    await expect(chat.lastAssistant()).toContainText("You said");
    // The provider gets its key; the access cookie never leaves this server.
    const seen = await mock.lastRequest("behind the token");
    expect(seen.headers.authorization).toBe("Bearer sk-provider-key");
    expect(seen.headers.hasCookie).toBe(false);
    await page.reload();
    await expect(chat.lastUser()).toContainText("behind the token");
  });
});
