// Tuning studio: a model per conversation and complete presets, read from the bodies the mock received.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("the conversation's model reaches the request body, and each conversation keeps its own", async ({
  chat,
  mock,
}) => {
  const first = `model A ${randomUUID()}`;
  const second = `model B ${randomUUID()}`;
  await chat.goto();
  await expect(chat.conversationModel).toHaveValue("gemini-3.1-pro-preview");

  // Picked before the first message: the new conversation is made with it.
  await chat.conversationModel.fill("gpt-4o-mini");
  await chat.conversationModel.press("Enter");
  // The request preview shows it.
  await chat.parameters.getByRole("button", { name: chat.t("parameters.preview") }).click();
  const preview = chat.parameters.getByRole("region", { name: chat.t("parameters.previewBody") });
  await expect(preview).toContainText('"model": "gpt-4o-mini"');
  await chat.send(first);
  await chat.waitForReplyDone();
  expect((await mock.lastRequest(first)).body?.model).toBe("gpt-4o-mini");

  // A new chat starts from Settings' model; the first conversation is not changed by it.
  await chat.newChat();
  await expect(chat.conversationModel).toHaveValue("gemini-3.1-pro-preview");
  await chat.send(second);
  await chat.waitForReplyDone();
  expect((await mock.lastRequest(second)).body?.model).toBe("gemini-3.1-pro-preview");

  // Suggestions come from GET {base}/models, and any id may still be typed.
  await chat.conversationModel.focus();
  await expect(chat.page.locator("datalist option[value='claude-sonnet-4']")).toHaveCount(1);
  await chat.conversationModel.fill("deepseek-chat");
  await chat.conversationModel.press("Enter");

  await chat.page.reload();
  await expect(chat.conversationModel).toHaveValue("deepseek-chat");
  await chat.conversation(first).click();
  await expect(chat.conversationModel).toHaveValue("gpt-4o-mini");
  await chat.send(`${first} again`);
  await chat.waitForReplyDone();
  expect((await mock.lastRequest(`${first} again`)).body?.model).toBe("gpt-4o-mini");
  // The reply records the model it was made with.
  await expect(chat.lastAssistant()).toContainText("gpt-4o-mini");
});

test("a preset holding a model and a system prompt applies both and leaves the parameters", async ({
  chat,
  mock,
}) => {
  const text = `preset ${randomUUID()}`;
  await chat.goto();
  const panel = await chat.openParameters();
  const systemPrompt = panel.getByRole("textbox", { name: chat.t("parameters.systemPrompt") });
  await systemPrompt.fill("Answer in haiku.");
  await chat.conversationModel.fill("claude-sonnet-4");
  await chat.conversationModel.press("Enter");

  await panel.getByRole("button", { name: chat.t("parameters.presetSaveAs"), exact: true }).click();
  await panel
    .getByRole("textbox", { name: chat.t("parameters.presetName"), exact: true })
    .fill("Haiku Claude");
  await expect(panel.getByRole("checkbox", { name: chat.t("tuning.includeModel") })).toBeChecked();
  await expect(panel.getByRole("checkbox", { name: chat.t("tuning.includeSystemPrompt") })).toBeChecked();
  await panel.getByRole("checkbox", { name: chat.t("tuning.includeParams") }).uncheck();
  await panel.getByRole("button", { name: chat.t("parameters.presetSave"), exact: true }).click();

  // Change everything, then apply the preset: the two parts it holds come back, the rest stays.
  await systemPrompt.fill("Something else.");
  await chat.conversationModel.fill("gemini-2.5-flash");
  await chat.conversationModel.press("Enter");
  await chat.setParameter("Temperature", 0.3);
  const picker = panel.getByRole("combobox", { name: chat.t("parameters.preset"), exact: true });
  await picker.selectOption({ label: "Haiku Claude" });
  await expect(systemPrompt).toHaveValue("Answer in haiku.");
  await expect(chat.conversationModel).toHaveValue("claude-sonnet-4");
  await expect(chat.parameterInput("Temperature")).toHaveValue("0.3");
  await expect(panel).toContainText(chat.t("tuning.presetHoldsList", { parts: "system prompt and model" }));

  await chat.send(text);
  await chat.waitForReplyDone();
  const body = (await mock.lastRequest(text)).body;
  expect(body?.model).toBe("claude-sonnet-4");
  expect(body?.messages[0]).toEqual({ role: "system", content: "Answer in haiku." });
  expect(body?.temperature).toBe(0.3);

  // Presets are kept across a reload.
  await chat.page.reload();
  await expect(picker).toHaveValue(/.+/);
  await expect(picker.locator("option", { hasText: "Haiku Claude" })).toHaveCount(1);
});
