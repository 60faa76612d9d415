// The Parameters panel, driven by role and name as a user (or an outside check) would, against the local mock.
// The mock records every request from every worker, so each test finds its own by a unique message text.
import { randomUUID } from "node:crypto";
import type { Locator } from "@playwright/test";
import { paramSpec, SLIDER_STEPS, sliderToValue } from "../src/domain/parameters";
import { expect, test, type ChatPage, type ChatRequestBody, type MockServer } from "./fixtures";

const SAMPLING = ["temperature", "top_p", "top_k", "max_tokens"] as const;

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

async function openPanel(chat: ChatPage): Promise<Locator> {
  await chat.goto();
  const panel = chat.parameters;
  // On narrow layouts the panel sits behind a toggle (and its code may still be loading when it is open).
  const toggle = chat.page.getByRole("button", { name: /^(Tuning|Parameters)$/ }).first();
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(panel).toBeVisible();
  return panel;
}

test("each slider sets its exact value and turns its field on", async ({ chat, mock }) => {
  const panel = await openPanel(chat);
  for (const name of ["Temperature", "Top P", "Top K", "Max tokens"]) {
    await expect(panel.getByRole("checkbox", { name: `Send ${name}` })).not.toBeChecked();
  }

  await panel.getByRole("slider", { name: "Temperature" }).fill("1.3");
  await panel.getByRole("slider", { name: "Top P" }).fill("0.45");
  await panel.getByRole("slider", { name: "Top K" }).fill("25");

  const maxTokens = panel.getByRole("slider", { name: "Max tokens" });
  await maxTokens.focus();
  await maxTokens.press("End");
  await expect(maxTokens).toHaveAttribute("aria-valuenow", "65536");
  await maxTokens.press("Home");
  await expect(maxTokens).toHaveAttribute("aria-valuenow", "1");
  await maxTokens.press("End");
  await maxTokens.press("ArrowLeft");
  const nearTop = sliderToValue(paramSpec("max_tokens"), SLIDER_STEPS - 1);
  await expect(maxTokens).toHaveAttribute("aria-valuenow", String(nearTop));
  await expect(panel.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue(String(nearTop));

  await expect(panel.getByRole("slider", { name: "Temperature" })).toHaveAttribute("aria-valuenow", "1.3");
  await expect(panel.getByRole("spinbutton", { name: "Top P" })).toHaveValue("0.45");
  for (const name of ["Temperature", "Top P", "Top K", "Max tokens"]) {
    await expect(panel.getByRole("checkbox", { name: `Send ${name}` })).toBeChecked();
  }
  await expect(panel.getByText("advises tuning one or the other")).toBeVisible();

  const { body } = await send(chat, mock, "sliders");
  expect(sampling(body)).toEqual({ temperature: 1.3, top_p: 0.45, top_k: 25, max_tokens: nearTop });
});

test("number boxes send exactly what is typed; an invalid value never reaches the request", async ({
  chat,
  mock,
}) => {
  const panel = await openPanel(chat);
  const temperature = panel.getByRole("spinbutton", { name: "Temperature" });
  await temperature.fill("0.37");
  await panel.getByRole("spinbutton", { name: "Top P" }).fill("0.05");
  // Beyond the slider's range: the number box accepts any whole number ≥ 1.
  await panel.getByRole("spinbutton", { name: "Top K" }).fill("512");
  await panel.getByRole("spinbutton", { name: "Max tokens" }).fill("1234");
  await expect(panel.getByRole("slider", { name: "Top K" })).toHaveAttribute("aria-valuenow", "512");
  await expect(panel.getByRole("slider", { name: "Temperature" })).toHaveAttribute("aria-valuenow", "0.37");

  await temperature.fill("3");
  await expect(temperature).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByText("Temperature must be 0–2.")).toBeVisible();
  const topK = panel.getByRole("spinbutton", { name: "Top K" });
  await topK.fill("2.5");
  await expect(panel.getByText("Top K must be a whole number.")).toBeVisible();

  const { body } = await send(chat, mock, "typed");
  expect(sampling(body)).toEqual({ temperature: 0.37, top_p: 0.05, top_k: 512, max_tokens: 1234 });
  // Leaving the box shows the stored value again.
  await expect(temperature).toHaveValue("0.37");
  await expect(temperature).not.toHaveAttribute("aria-invalid", "true");
  await expect(topK).toHaveValue("512");
});

test("choosing the value already shown still sends it", async ({ chat, mock }) => {
  const panel = await openPanel(chat);
  // The initial values are the seed's examples; picking one is a choice like any other.
  await panel.getByRole("slider", { name: "Temperature" }).fill("0.7");
  await panel.getByRole("spinbutton", { name: "Top P" }).fill("0.9");
  await panel.getByRole("spinbutton", { name: "Top K" }).fill("40");
  await panel.getByRole("spinbutton", { name: "Max tokens" }).fill("2000");
  for (const name of ["Temperature", "Top P", "Top K", "Max tokens"]) {
    await expect(panel.getByRole("checkbox", { name: `Send ${name}` })).toBeChecked();
  }
  const { body } = await send(chat, mock, "shown values");
  expect(sampling(body)).toEqual({ temperature: 0.7, top_p: 0.9, top_k: 40, max_tokens: 2000 });
});

test("a field switched off or reset is left out of the request", async ({ chat, mock }) => {
  const panel = await openPanel(chat);
  await panel.getByRole("spinbutton", { name: "Temperature" }).fill("0.9");
  await panel.getByRole("spinbutton", { name: "Top P" }).fill("0.8");
  await panel.getByRole("spinbutton", { name: "Top K" }).fill("40");
  await panel.getByRole("spinbutton", { name: "Max tokens" }).fill("300");

  await panel.getByRole("checkbox", { name: "Send Top K" }).uncheck();
  await panel.getByRole("button", { name: "Reset Max tokens" }).click();
  await expect(panel.getByRole("checkbox", { name: "Send Max tokens" })).not.toBeChecked();
  await expect(panel.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue("2000");
  await expect(panel.getByText("Not sent — provider default: unlimited")).toBeVisible();

  const first = await send(chat, mock, "partly off");
  expect(sampling(first.body)).toEqual({ temperature: 0.9, top_p: 0.8 });

  // Now the open conversation is the target: switching off applies to its next request.
  await panel.getByRole("checkbox", { name: "Send Temperature" }).uncheck();
  await panel.getByRole("checkbox", { name: "Send Top P" }).uncheck();
  const second = await send(chat, mock, "all off");
  expect(sampling(second.body)).toEqual({});

  // Switching back on sends the kept value.
  await panel.getByRole("checkbox", { name: "Send Top K" }).check();
  const third = await send(chat, mock, "back on");
  expect(sampling(third.body)).toEqual({ top_k: 40 });
});

test("presets apply, and a saved preset comes back", async ({ chat, mock }) => {
  const panel = await openPanel(chat);
  const preset = panel.getByRole("combobox", { name: "Preset" });
  await panel.getByRole("spinbutton", { name: "Top P" }).fill("0.3");

  await preset.selectOption({ label: "Precise" });
  await expect(panel.getByRole("slider", { name: "Temperature" })).toHaveAttribute("aria-valuenow", "0.2");
  await expect(panel.getByRole("checkbox", { name: "Send Temperature" })).toBeChecked();
  await expect(panel.getByRole("checkbox", { name: "Send Top P" })).not.toBeChecked();
  expect(sampling((await send(chat, mock, "precise")).body)).toEqual({ temperature: 0.2 });

  await panel.getByRole("spinbutton", { name: "Top K" }).fill("7");
  await panel.getByRole("button", { name: "Save as preset" }).click();
  await panel.getByRole("textbox", { name: "Preset name" }).fill("Narrow");
  await panel.getByRole("button", { name: "Save preset" }).click();

  await preset.selectOption({ label: "Creative" });
  await expect(panel.getByRole("spinbutton", { name: "Temperature" })).toHaveValue("1.2");
  await expect(panel.getByRole("checkbox", { name: "Send Top K" })).not.toBeChecked();
  expect(sampling((await send(chat, mock, "creative")).body)).toEqual({ temperature: 1.2 });

  await preset.selectOption({ label: "Narrow" });
  await expect(panel.getByRole("spinbutton", { name: "Top K" })).toHaveValue("7");
  expect(sampling((await send(chat, mock, "narrow")).body)).toEqual({ temperature: 0.2, top_k: 7 });
});

test("the request preview is the body the server receives; the system prompt goes first", async ({
  chat,
  mock,
}) => {
  const panel = await openPanel(chat);
  const systemPrompt = 'You are terse. It\'s "fine" to say $HOME.';
  await panel.getByRole("textbox", { name: "System prompt" }).fill(systemPrompt);
  await panel.getByRole("spinbutton", { name: "Temperature" }).fill("0.5");
  await panel.getByRole("button", { name: "Advanced" }).click();
  const extra = panel.getByRole("textbox", { name: "Extra request fields" });
  await extra.fill('{"reasoning_effort": "low"}');
  await panel.getByRole("button", { name: "Request preview" }).click();
  const preview = panel.getByRole("region", { name: "Request body" });

  const expectPreviewMatches = async (label: string) => {
    const shown = JSON.parse((await preview.textContent()) ?? "") as ChatRequestBody;
    const { text, body } = await send(chat, mock, label);
    const last = shown.messages.at(-1);
    expect(last).toEqual({ role: "user", content: "(your next message)" });
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
  await expect(panel.getByText(/Not valid JSON/)).toBeVisible();
  await expect(preview).toContainText('"role": "assistant"');
  const second = await expectPreviewMatches("preview second");
  expect(second.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
  expect(second).not.toHaveProperty("reasoning_effort");
});
