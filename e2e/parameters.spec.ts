// The Parameters panel, driven by role and name as a user (or an outside check) would, against the local mock.
// The mock records every request from every worker, so each test finds its own by a unique message text.
import { randomUUID } from "node:crypto";
import type { Locator } from "@playwright/test";
import { paramSpec, SLIDER_STEPS, sliderToValue } from "../src/domain/parameters";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import type { MockServer } from "./mock-client";
import type { ChatRequestBody, ParameterName } from "./types";

const SAMPLING = ["temperature", "top_p", "top_k", "max_tokens"] as const;
const NAMES: ParameterName[] = ["Temperature", "Top P", "Top K", "Max tokens"];

/** Sends a uniquely marked message, waits for the reply to finish, and returns the body the server got. */
async function send(
  chat: ChatPage,
  mock: MockServer,
  label: string,
): Promise<{ text: string; body: ChatRequestBody }> {
  const text = `${label} ${randomUUID()}`;
  await chat.send(text);
  const recorded = await mock.lastRequest(text);
  await chat.waitForReplyDone();
  expect(recorded.body).not.toBeNull();
  return { text, body: recorded.body as ChatRequestBody };
}

function sampling(body: ChatRequestBody): Partial<Record<(typeof SAMPLING)[number], unknown>> {
  return Object.fromEntries(SAMPLING.filter((k) => k in body).map((k) => [k, body[k]]));
}

/** Types into a number box and applies it with Enter, as a value applies on Enter or when leaving the box. */
async function enter(box: Locator, text: string): Promise<void> {
  await box.fill(text);
  await box.press("Enter");
}

async function openPanel(chat: ChatPage): Promise<Locator> {
  await chat.goto();
  return chat.openParameters();
}

test("each slider sets its exact value and turns its field on", async ({ chat, mock }) => {
  const panel = await openPanel(chat);
  for (const name of NAMES) {
    await expect(chat.parameterToggle(name)).not.toBeChecked();
  }

  await chat.parameterSlider("Temperature").fill("1.3");
  await chat.parameterSlider("Top P").fill("0.45");
  await chat.parameterSlider("Top K").fill("25");

  const maxTokens = chat.parameterSlider("Max tokens");
  await maxTokens.focus();
  await maxTokens.press("End");
  await expect(maxTokens).toHaveAttribute("aria-valuenow", "65536");
  await maxTokens.press("Home");
  await expect(maxTokens).toHaveAttribute("aria-valuenow", "1");
  await maxTokens.press("End");
  await maxTokens.press("ArrowLeft");
  const nearTop = sliderToValue(paramSpec("max_tokens"), SLIDER_STEPS - 1);
  await expect(maxTokens).toHaveAttribute("aria-valuenow", String(nearTop));
  await expect(chat.parameterInput("Max tokens")).toHaveValue(String(nearTop));

  await expect(chat.parameterSlider("Temperature")).toHaveAttribute("aria-valuenow", "1.3");
  await expect(chat.parameterInput("Top P")).toHaveValue("0.45");
  for (const name of NAMES) {
    await expect(chat.parameterToggle(name)).toBeChecked();
  }
  await expect(panel.getByText(chat.t("parameters.bothSampling"))).toBeVisible();

  const { body } = await send(chat, mock, "sliders");
  expect(sampling(body)).toEqual({ temperature: 1.3, top_p: 0.45, top_k: 25, max_tokens: nearTop });
});

test("number boxes send exactly what is typed; an invalid value never reaches the request", async ({
  chat,
  mock,
}) => {
  const panel = await openPanel(chat);
  const temperature = chat.parameterInput("Temperature");
  await enter(temperature, "0.37");
  await enter(chat.parameterInput("Top P"), "0.05");
  // Beyond the slider's range: the number box accepts any whole number ≥ 1.
  await enter(chat.parameterInput("Top K"), "512");
  await enter(chat.parameterInput("Max tokens"), "1234");
  await expect(chat.parameterSlider("Top K")).toHaveAttribute("aria-valuenow", "512");
  await expect(chat.parameterSlider("Temperature")).toHaveAttribute("aria-valuenow", "0.37");

  await enter(temperature, "3");
  await expect(temperature).toHaveAttribute("aria-invalid", "true");
  const range = chat.t("parameters.range", { name: chat.param("Temperature"), min: 0, max: 2 });
  await expect(panel.getByText(range)).toBeVisible();
  const topK = chat.parameterInput("Top K");
  await enter(topK, "2.5");
  await expect(panel.getByText(chat.t("parameters.notInteger", { name: chat.param("Top K") }))).toBeVisible();

  const { body } = await send(chat, mock, "typed");
  expect(sampling(body)).toEqual({ temperature: 0.37, top_p: 0.05, top_k: 512, max_tokens: 1234 });
  // Leaving the box shows the stored value again.
  await expect(temperature).toHaveValue("0.37");
  await expect(temperature).not.toHaveAttribute("aria-invalid", "true");
  await expect(topK).toHaveValue("512");
});

test("choosing the value already shown still sends it", async ({ chat, mock }) => {
  await openPanel(chat);
  // The initial values are the seed's examples; picking one is a choice like any other.
  await chat.parameterSlider("Temperature").fill("0.7");
  await enter(chat.parameterInput("Top P"), "0.9");
  await enter(chat.parameterInput("Top K"), "40");
  await enter(chat.parameterInput("Max tokens"), "2000");
  for (const name of NAMES) {
    await expect(chat.parameterToggle(name)).toBeChecked();
  }
  const { body } = await send(chat, mock, "shown values");
  expect(sampling(body)).toEqual({ temperature: 0.7, top_p: 0.9, top_k: 40, max_tokens: 2000 });
});

test("a field switched off or reset is left out of the request", async ({ chat, mock }) => {
  const panel = await openPanel(chat);
  await enter(chat.parameterInput("Temperature"), "0.9");
  await enter(chat.parameterInput("Top P"), "0.8");
  await enter(chat.parameterInput("Top K"), "40");
  await enter(chat.parameterInput("Max tokens"), "300");

  await chat.parameterToggle("Top K").uncheck();
  await panel
    .getByRole("button", { name: chat.t("parameters.reset", { name: chat.param("Max tokens") }) })
    .click();
  await expect(chat.parameterToggle("Max tokens")).not.toBeChecked();
  await expect(chat.parameterInput("Max tokens")).toHaveValue("2000");
  const notSent = chat.t("parameters.notSentHint", { providerDefault: chat.t("parameters.topKDefault") });
  await expect(panel.getByText(notSent)).toBeVisible();

  const first = await send(chat, mock, "partly off");
  expect(sampling(first.body)).toEqual({ temperature: 0.9, top_p: 0.8 });

  // Now the open conversation is the target: switching off applies to its next request.
  await chat.parameterToggle("Temperature").uncheck();
  await chat.parameterToggle("Top P").uncheck();
  const second = await send(chat, mock, "all off");
  expect(sampling(second.body)).toEqual({});

  // Switching back on sends the kept value.
  await chat.parameterToggle("Top K").check();
  const third = await send(chat, mock, "back on");
  expect(sampling(third.body)).toEqual({ top_k: 40 });
});

test("presets apply, and a saved preset comes back", async ({ chat, mock }) => {
  const panel = await openPanel(chat);
  const preset = panel.getByRole("combobox", { name: chat.t("parameters.preset") });
  await enter(chat.parameterInput("Top P"), "0.3");

  await preset.selectOption({ label: chat.t("parameters.presetPrecise") });
  await expect(chat.parameterSlider("Temperature")).toHaveAttribute("aria-valuenow", "0.2");
  await expect(chat.parameterToggle("Temperature")).toBeChecked();
  await expect(chat.parameterToggle("Top P")).not.toBeChecked();
  expect(sampling((await send(chat, mock, "precise")).body)).toEqual({ temperature: 0.2 });

  await enter(chat.parameterInput("Top K"), "7");
  await panel.getByRole("button", { name: chat.t("parameters.presetSaveAs") }).click();
  await panel.getByRole("textbox", { name: chat.t("parameters.presetName") }).fill("Narrow");
  await panel.getByRole("button", { name: chat.t("parameters.presetSave") }).click();

  await preset.selectOption({ label: chat.t("parameters.presetCreative") });
  await expect(chat.parameterInput("Temperature")).toHaveValue("1.2");
  await expect(chat.parameterToggle("Top K")).not.toBeChecked();
  expect(sampling((await send(chat, mock, "creative")).body)).toEqual({ temperature: 1.2 });

  await preset.selectOption({ label: "Narrow" });
  await expect(chat.parameterInput("Top K")).toHaveValue("7");
  expect(sampling((await send(chat, mock, "narrow")).body)).toEqual({ temperature: 0.2, top_k: 7 });
});

test("the request preview is the body the server receives; the system prompt goes first", async ({
  chat,
  mock,
}) => {
  const panel = await openPanel(chat);
  const systemPrompt = 'You are terse. It\'s "fine" to say $HOME.';
  await panel.getByRole("textbox", { name: chat.t("parameters.systemPrompt") }).fill(systemPrompt);
  await enter(chat.parameterInput("Temperature"), "0.5");
  await panel.getByRole("button", { name: chat.t("parameters.advanced") }).click();
  const extra = panel.getByRole("textbox", { name: chat.t("parameters.extraFields") });
  await extra.fill('{"reasoning_effort": "low"}');
  await panel.getByRole("button", { name: chat.t("parameters.preview") }).click();
  const preview = panel.getByRole("region", { name: chat.t("parameters.previewBody") });

  const expectPreviewMatches = async (label: string) => {
    const shown = JSON.parse((await preview.textContent()) ?? "") as ChatRequestBody;
    const { text, body } = await send(chat, mock, label);
    const last = shown.messages.at(-1);
    expect(last).toEqual({ role: "user", content: chat.t("parameters.previewNextMessage") });
    if (last) last.content = text;
    expect(body).toEqual(shown);
    return body;
  };

  const first = await expectPreviewMatches("preview first");
  expect(first.messages[0]).toEqual({ role: "system", content: systemPrompt });
  expect(first.reasoning_effort).toBe("low");
  expect(first.temperature).toBe(0.5);

  // The second turn carries the history; an invalid extra object is reported and left out.
  await extra.fill('{"reasoning_effort": ');
  await expect(extra).toHaveAttribute("aria-invalid", "true");
  const notJson = chat.t("parameters.extraNotJson", { detail: "" }).trim();
  await expect(panel.getByText(notJson, { exact: false })).toBeVisible();
  await expect(preview).toContainText('"role": "assistant"');
  const second = await expectPreviewMatches("preview second");
  expect(second.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
  expect(second).not.toHaveProperty("reasoning_effort");
});
