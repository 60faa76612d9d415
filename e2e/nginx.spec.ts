import http from "node:http";
import path from "node:path";
import { APP_CSP } from "../scripts/guard.mjs";
import { expect, test } from "./fixtures";
import { MOCK_URL } from "./mock-client";
import { watchCspViolations } from "./support/csp";
import { startNginx, type Nginx } from "./support/nginx";

// The deployment documented in docs/deploy.md, for real: Debian's nginx serves dist/ with the app's
// headers and proxies /api/ unbuffered to the provider (here the mock), and a reply streams through it.

const DIST = path.resolve(import.meta.dirname, "..", "dist");

test.describe("behind nginx", () => {
  let nginx: Nginx;
  test.beforeAll(async () => {
    // A small body limit so the 413 can be seen without sending 50 MB.
    nginx = await startNginx({
      distDir: DIST,
      upstream: MOCK_URL,
      tweaks: [["client_max_body_size 50m;", "client_max_body_size 200k;"]],
    });
  });
  test.afterAll(async () => {
    await nginx.stop();
  });

  test("the app loads under its CSP and a reply streams through, as it is written", async ({
    chat,
    page,
    mock,
  }) => {
    const violations = await watchCspViolations(page);
    const response = await page.goto(nginx.url);
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toBe(APP_CSP);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    await expect(chat.messageBox).toBeVisible();

    const text = `through nginx ${Date.now()}`;
    await chat.sendScenario(text, "slow");
    await chat.waitForStreaming();
    // Unbuffered: the text grows while the reply is still streaming, several times over.
    const lengths: number[] = [];
    await expect
      .poll(async () => {
        const busy = await chat.lastAssistant().getAttribute("aria-busy");
        if (busy === "true") lengths.push((await chat.lastAssistant().innerText()).length);
        return new Set(lengths).size;
      })
      .toBeGreaterThanOrEqual(3);
    await chat.waitForReplyDone(30_000);
    await expect(chat.lastAssistant()).toContainText("Slow chunk 1. Slow chunk 2.");
    await expect(chat.lastAssistant().getByRole("alert")).toHaveCount(0);
    expect((await mock.lastRequest(text)).outcome).toBe("completed");
    expect(await violations()).toEqual([]);
  });

  test("relayed /api responses are sandboxed; other host names and oversized bodies are refused", async ({
    chat,
    page,
    request,
  }) => {
    const api = await request.get(`${nginx.url}/api/v1/models`);
    expect(api.status()).toBe(200);
    expect(api.headers()["content-security-policy"]).toBe(
      "sandbox; default-src 'none'; frame-ancestors 'none'",
    );
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");

    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(
          { host: "127.0.0.1", port: nginx.port, path: "/", headers: { host: "rebind.attacker.example" } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        )
        .on("error", reject);
    });
    expect(status).toBe(421);

    await page.goto(nginx.url);
    await chat.messageBox.evaluate(
      (box, value) => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(box, value);
        box.dispatchEvent(new Event("input", { bubbles: true }));
      },
      `too big for nginx ${"x".repeat(300_000)}`,
    );
    await chat.sendButton.click();
    await expect(chat.lastAssistant().getByRole("alert")).toContainText(
      /^HTTP 413 .*Request Entity Too Large/,
    );
  });
});
