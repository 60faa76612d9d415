import { expect, test } from "./fixtures";
import { withScenario } from "./mock-client";

test.describe("chat", () => {
  test("streams a reply: busy while streaming, text grows, then done with the request as chosen", async ({
    chat,
    mock,
  }) => {
    await chat.goto();
    const text = `stream check ${Date.now()}`;
    await chat.sendScenario(text, "slow");
    await chat.waitForStreaming();
    await expect(chat.stopButton).toBeVisible();
    const early = (await chat.lastAssistant().innerText()).length;
    await expect
      .poll(async () => (await chat.lastAssistant().innerText()).length)
      .toBeGreaterThan(early + 20);
    await chat.waitForReplyDone(30_000);
    await expect(chat.sendButton).toBeVisible();

    const request = await mock.lastRequest(text);
    expect(request.body).toMatchObject({ model: "gemini-3.1-pro-preview", stream: true });
    expect(Object.keys(request.body ?? {}).sort()).toEqual(["messages", "model", "stream"]);
    expect(request.headers.accept).toContain("text/event-stream");
  });

  test("Enter sends, Shift+Enter adds a line, an open IME composition never sends", async ({
    chat,
    page,
    mock,
  }) => {
    await chat.goto();
    const box = chat.messageBox;
    const marker = `ime ${Date.now()}`;
    await box.click();
    await page.keyboard.type(`${marker} line one`);
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("line two");
    // Enter that confirms a Japanese conversion arrives with isComposing=true: it must not send.
    await box.dispatchEvent("keydown", {
      key: "Enter",
      code: "Enter",
      isComposing: true,
      keyCode: 229,
      bubbles: true,
    });
    await page.waitForTimeout(300);
    await expect(chat.userMessages()).toHaveCount(0);
    await expect(box).toHaveValue(`${marker} line one\nline two`);
    await page.keyboard.press("Enter");
    await expect(chat.lastUser()).toContainText("line two");
    const request = await mock.lastRequest(marker);
    expect(request.body?.messages.at(-1)?.content).toBe(`${marker} line one\nline two`);
    await chat.waitForReplyDone();
  });

  test("Stop keeps the partial reply, marked stopped, and it survives a reload", async ({
    chat,
    page,
    mock,
  }) => {
    await chat.goto();
    const text = `stop check ${Date.now()}`;
    await chat.sendScenario(text, "slow");
    await chat.waitForStreaming();
    await expect.poll(async () => (await chat.lastAssistant().innerText()).length).toBeGreaterThan(40);
    await chat.stop();
    await chat.waitForReplyDone();
    const reply = chat.lastAssistant();
    await expect(reply).toContainText(chat.t("chat.stoppedKept"));
    const kept = await reply.locator(".markdown").innerText();
    expect(kept.length).toBeGreaterThan(20);
    await expect.poll(async () => (await mock.lastRequest(text)).outcome).toBe("client-closed");

    await page.reload();
    await expect(chat.lastAssistant()).toContainText(chat.t("chat.stoppedKept"));
    expect(await chat.lastAssistant().locator(".markdown").innerText()).toBe(kept);
    await expect(chat.lastUser()).toContainText(text);
  });

  test("a conversation and its settings survive a reload", async ({ chat, page }) => {
    await chat.goto();
    await chat.configure({ apiKey: "sk-test-123", model: "gemini-2.5-flash", stream: false });
    await chat.send("Remember me");
    await chat.waitForReplyDone();
    await page.reload();
    await expect(chat.lastUser()).toContainText("Remember me");
    await expect(chat.lastAssistant()).toContainText("You said");
    await expect(chat.conversation("Remember me")).toHaveAttribute("aria-current", "page");
    const dialog = await chat.openSettings();
    await expect(dialog.getByLabel(chat.t("settings.apiKey"), { exact: true })).toHaveValue("sk-test-123");
    await expect(chat.modelField(dialog)).toHaveValue("gemini-2.5-flash");
    await expect(chat.toggle(dialog, chat.t("settings.stream"))).not.toBeChecked();
  });

  test("non-streaming mode posts stream:false with the key and shows the whole answer", async ({
    chat,
    mock,
  }) => {
    await chat.goto();
    await chat.configure({ stream: false, apiKey: "sk-nonstream" });
    const text = `whole answer ${Date.now()}`;
    await chat.send(withScenario(text, "reasoning"));
    await chat.waitForReplyDone();
    await expect(chat.lastAssistant()).toContainText("You said");
    await expect(chat.lastAssistant().getByText(chat.t("chat.thinking"), { exact: true })).toBeVisible();
    const request = await mock.lastRequest(text);
    expect(request.body?.stream).toBe(false);
    expect(request.headers.authorization).toBe("Bearer sk-nonstream");
  });

  test("reasoning streams into a collapsed Thinking section", async ({ chat, page }) => {
    await chat.goto();
    for (const scenario of ["reasoning", "reasoning-field", "think-tags"]) {
      await chat.sendScenario(`think ${scenario}`, scenario);
      await chat.waitForReplyDone();
      const reply = chat.lastAssistant();
      const details = reply.locator("details");
      await expect(details).toHaveCount(1);
      await expect(details).not.toHaveAttribute("open", "");
      await expect(reply.locator(".markdown")).not.toContainText("<think>");
      await expect(reply.locator(".markdown")).toContainText("You said");
      await page.keyboard.press("Escape");
    }
  });

  test("a reply keeps streaming into its own conversation after switching away", async ({ chat }) => {
    await chat.goto();
    await chat.send("First conversation");
    await chat.waitForReplyDone();
    await chat.newChat();
    await chat.sendScenario("Second conversation", "slow");
    await chat.waitForStreaming();
    await chat.conversation("First conversation").click();
    await expect(chat.lastUser()).toContainText("First conversation");
    await expect(chat.sendButton).toBeVisible();
    await chat.conversation("Second conversation [[mock:slow]]").click();
    await chat.waitForReplyDone(30_000);
    await expect(chat.lastAssistant()).toContainText("Slow chunk 100.");
  });

  test("Edit and Regenerate keep the old version as a branch", async ({ chat, mock }) => {
    await chat.goto();
    await chat.send("Original question");
    await chat.waitForReplyDone();
    await chat.messageAction(chat.lastAssistant(), "Regenerate");
    await chat.waitForReplyDone();
    const version = (index: number, count: number) => chat.t("chat.version", { index, count });
    await expect(chat.lastAssistant().getByText(version(2, 2))).toBeVisible();
    await chat
      .lastAssistant()
      .getByRole("button", { name: chat.t("chat.previousVersion") })
      .click();
    await expect(chat.lastAssistant().getByText(version(1, 2))).toBeVisible();

    await chat.messageAction(chat.lastUser(), "Edit");
    const marker = `Edited question ${Date.now()}`;
    await chat.page.getByRole("textbox", { name: chat.t("chat.editedText") }).fill(marker);
    await chat.page.getByRole("button", { name: chat.t("chat.saveEdit") }).click();
    await chat.waitForReplyDone();
    await expect(chat.lastUser()).toContainText(marker);
    await expect(chat.lastUser().getByText(version(2, 2))).toBeVisible();
    const request = await mock.lastRequest(marker);
    expect(request.body?.messages.map((m) => m.content)).toEqual([marker]);

    await chat
      .lastUser()
      .getByRole("button", { name: chat.t("chat.previousVersion") })
      .click();
    await expect(chat.lastUser()).toContainText("Original question");
    await chat.messageAction(chat.lastAssistant(), "Delete");
    await expect(chat.assistantMessages()).toHaveCount(1);
  });
});
