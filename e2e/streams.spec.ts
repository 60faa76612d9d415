import { expect, test } from "./fixtures";

// Recorded-format streams (src/lib/openai/__fixtures__) replayed by the mock, byte for byte: what the app
// shows must be what the wire carried, and nothing it could not read may vanish without a word.

test.describe("stream shapes from the wild", () => {
  test("Mistral magistral: thinking parts go to Thinking, the answer is whole (391, not 91)", async ({
    chat,
  }) => {
    await chat.goto();
    await chat.sendScenario("17 × 23?", "replay-mistral-magistral-parts");
    await chat.waitForReplyDone();
    const reply = chat.lastAssistant();
    await expect(reply.locator(".markdown")).toHaveText("391 です。");
    await reply.getByText("Thinking", { exact: true }).click();
    await expect(reply).toContainText("17 × 20 = 340, 17 × 3 = 51, 340 + 51 = 391.");
    await expect(reply.getByRole("alert")).toHaveCount(0);
    await expect(reply).not.toContainText("could not be read");
  });

  test("a reply that is only a tool call says so, and Details shows the call", async ({ chat }) => {
    await chat.goto();
    await chat.sendScenario("weather in Tokyo", "replay-openai-tool-calls");
    await chat.waitForReplyDone();
    const reply = chat.lastAssistant();
    await expect(reply).toContainText(
      "The model asked to run a tool (get_weather) instead of answering in text; this app does not run tools.",
    );
    await reply.getByRole("button", { name: "Details" }).click();
    await expect(reply).toContainText('get_weather {"location":"Tokyo"}');
  });

  test("OpenRouter relaying Google's 429 mid-stream: the inner message, once, and the text kept", async ({
    chat,
  }) => {
    await chat.goto();
    await chat.sendScenario("京都について", "replay-openrouter-relayed-error");
    const alert = chat.lastAssistant().getByRole("alert");
    await expect(alert).toHaveText(
      "The provider reported an error during the reply: Resource has been exhausted (e.g. check quota). " +
        "The provider's rate or concurrency limit was reached; try again shortly. " +
        "The part of the reply that arrived is kept.Retry",
    );
    await expect(alert).not.toContainText("{");
    await expect(chat.lastAssistant().locator(".markdown")).toHaveText("京都は日本の古都で");
    await expect(chat.lastAssistant().getByText(/arrived is kept/)).toHaveCount(1);
  });

  test("an error before any text does not claim that something was kept", async ({ chat }) => {
    await chat.goto();
    await chat.sendScenario("fail at once", "error-first");
    const alert = chat.lastAssistant().getByRole("alert");
    await expect(alert).toContainText(
      "The provider reported an error during the reply: Upstream model overloaded.",
    );
    await expect(alert).not.toContainText("kept");
  });

  test("Azure's empty first chunk and null fields: the text, and no notice", async ({ chat }) => {
    await chat.goto();
    await chat.sendScenario("nulls", "replay-azure-empty-choices-nulls");
    await chat.waitForReplyDone();
    await expect(chat.lastAssistant().locator(".markdown")).toHaveText("Null fields mean nothing here.");
    await expect(chat.lastAssistant()).not.toContainText("could not be read");
  });

  test("chunks a gateway mangled are counted in the reply, with a sample in Details", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await chat.sendScenario("mangled", "replay-gateway-unreadable-chunks");
    await chat.waitForReplyDone();
    const reply = chat.lastAssistant();
    await expect(reply.locator(".markdown")).toHaveText("First, then the end.");
    const notice = "2 chunks could not be read, so part of the reply may be missing. Details shows a sample.";
    await expect(reply).toContainText(notice);
    await reply.getByRole("button", { name: "Details" }).click();
    await expect(reply).toContainText('"content":"a lost pie');
    await page.reload();
    await expect(chat.lastAssistant()).toContainText(notice);
  });
});
