// The page object: the app driven by the roles and names of shared/ui-contract.md, nothing else.
// Names come from the app's catalogues (`t`), so a spec runs as is in every locale project.
import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import type { MessageKey } from "../src/lib/i18n/catalog";
import { translator, type Translate } from "./i18n";
import { withScenario } from "./mock-client";
import type { ParameterName } from "./types";

/** Each parameter's name in the catalogue. */
export const PARAMETER_KEYS = {
  Temperature: "parameters.temperature",
  "Top P": "parameters.top_p",
  "Top K": "parameters.top_k",
  "Max tokens": "parameters.max_tokens",
} as const satisfies Record<ParameterName, MessageKey>;

const ACTION_KEYS = {
  Copy: "chat.copy",
  Delete: "chat.delete",
  Edit: "chat.edit",
  Regenerate: "chat.regenerate",
} as const;

export class ChatPage {
  readonly page: Page;
  readonly t: Translate;

  constructor(page: Page, t: Translate = translator("en")) {
    this.page = page;
    this.t = t;
  }

  /** A parameter's name as the UI shows it. */
  param(name: ParameterName): string {
    return this.t(PARAMETER_KEYS[name]);
  }

  get messageBox(): Locator {
    return this.page.getByRole("textbox", { name: this.t("chat.message"), exact: true });
  }
  get sendButton(): Locator {
    return this.page.getByRole("button", { name: this.t("chat.send"), exact: true });
  }
  get stopButton(): Locator {
    return this.page.getByRole("button", { name: this.t("chat.stop"), exact: true });
  }
  get messages(): Locator {
    return this.page.getByRole("log", { name: this.t("chat.log") });
  }
  get alert(): Locator {
    return this.page.getByRole("alert");
  }
  get sidebar(): Locator {
    return this.page.getByRole("navigation", { name: this.t("conversations.nav") });
  }
  get settingsDialog(): Locator {
    return this.page.getByRole("dialog", { name: this.t("settings.dialog") });
  }
  get parameters(): Locator {
    return this.page.getByRole("region", { name: this.t("parameters.panel") });
  }
  /** The header's model for the conversation on screen: a combobox or a textbox as the contract allows. */
  get conversationModel(): Locator {
    const name = this.t("tuning.conversationModel");
    return this.page
      .getByRole("combobox", { name, exact: true })
      .or(this.page.getByRole("textbox", { name, exact: true }));
  }
  get attachInput(): Locator {
    return this.page.getByLabel(this.t("images.attach"), { exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await expect(this.messageBox).toBeVisible();
  }

  async send(text: string): Promise<void> {
    await this.messageBox.fill(text);
    await this.sendButton.click();
  }

  /** Sends `text` with a mock scenario directive appended. */
  async sendScenario(text: string, scenario: string): Promise<void> {
    await this.send(withScenario(text, scenario));
  }

  userMessages(): Locator {
    return this.page.getByRole("article", { name: this.t("chat.you"), exact: true });
  }
  assistantMessages(): Locator {
    return this.page.getByRole("article", { name: this.t("chat.assistant"), exact: true });
  }
  lastUser(): Locator {
    return this.userMessages().last();
  }
  lastAssistant(): Locator {
    return this.assistantMessages().last();
  }

  async waitForReplyDone(timeout = 15_000): Promise<void> {
    const last = this.lastAssistant();
    await expect(last).toBeVisible({ timeout });
    await expect(last).not.toHaveAttribute("aria-busy", "true", { timeout });
  }

  async waitForStreaming(timeout = 10_000): Promise<void> {
    await expect(this.lastAssistant()).toHaveAttribute("aria-busy", "true", { timeout });
  }

  async stop(): Promise<void> {
    await this.stopButton.click();
  }

  /** Clicks a per-message button (`Copy`, `Delete`, `Edit`, `Regenerate`). */
  async messageAction(message: Locator, action: "Copy" | "Delete" | "Edit" | "Regenerate"): Promise<void> {
    await message.getByRole("button", { name: this.t(ACTION_KEYS[action]), exact: true }).click();
  }

  async retry(): Promise<void> {
    await this.alert.getByRole("button", { name: this.t("chat.retry"), exact: true }).click();
  }

  async attachImages(files: string | string[]): Promise<void> {
    await this.attachInput.setInputFiles(files);
  }

  async newChat(): Promise<void> {
    await this.page.getByRole("button", { name: this.t("conversations.newChat"), exact: true }).click();
  }

  conversation(title: string): Locator {
    return this.sidebar
      .getByRole("link", { name: title, exact: true })
      .or(this.sidebar.getByRole("button", { name: title, exact: true }));
  }

  async openSettings(): Promise<Locator> {
    await this.page.getByRole("button", { name: this.t("app.settings"), exact: true }).click();
    await expect(this.settingsDialog).toBeVisible();
    return this.settingsDialog;
  }

  async closeSettings(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await expect(this.settingsDialog).toBeHidden();
  }

  /** Opens Settings, changes the given fields, closes with Escape (changes are kept). */
  async configure(settings: {
    baseUrl?: string;
    apiKey?: string;
    model?: string;
    stream?: boolean;
  }): Promise<void> {
    const dialog = await this.openSettings();
    if (settings.baseUrl !== undefined) {
      await dialog
        .getByRole("textbox", { name: this.t("settings.baseUrl"), exact: true })
        .fill(settings.baseUrl);
    }
    if (settings.apiKey !== undefined)
      await dialog.getByLabel(this.t("settings.apiKey"), { exact: true }).fill(settings.apiKey);
    if (settings.model !== undefined) {
      const model = this.modelField(dialog);
      const isSelect = await model.evaluate((el) => el.tagName === "SELECT");
      if (isSelect) await model.selectOption(settings.model);
      else await model.fill(settings.model);
    }
    if (settings.stream !== undefined) {
      await this.toggle(dialog, this.t("settings.stream")).setChecked(settings.stream);
    }
    await this.closeSettings();
  }

  /** The Model field, a combobox or a textbox as the contract allows. */
  modelField(dialog: Locator): Locator {
    const name = this.t("settings.model");
    return dialog
      .getByRole("combobox", { name, exact: true })
      .or(dialog.getByRole("textbox", { name, exact: true }));
  }

  /** A checkbox or switch by name, as the contract allows either. */
  toggle(scope: Locator, name: string): Locator {
    return scope
      .getByRole("checkbox", { name, exact: true })
      .or(scope.getByRole("switch", { name, exact: true }));
  }

  parameterInput(name: ParameterName): Locator {
    return this.parameters.getByRole("spinbutton", { name: this.param(name), exact: true });
  }
  parameterSlider(name: ParameterName): Locator {
    return this.parameters.getByRole("slider", { name: this.param(name), exact: true });
  }
  /** The "Send P" switch. */
  parameterToggle(name: ParameterName): Locator {
    return this.toggle(this.parameters, this.t("parameters.send", { name: this.param(name) }));
  }

  /** Turns "Send P" on and types the value (applied with Enter); `null` turns it off so the provider default applies. */
  async setParameter(name: ParameterName, value: number | null): Promise<void> {
    const send = this.parameterToggle(name);
    if (value === null) {
      await send.setChecked(false);
      return;
    }
    await send.setChecked(true);
    await this.parameterInput(name).fill(String(value));
    await this.parameterInput(name).press("Enter");
  }

  /** The Parameters region, opened first where narrow layouts keep it behind the Tuning toggle. */
  async openParameters(): Promise<Locator> {
    const panel = this.parameters;
    // Asked by the toggle's state, not by what has rendered: the panel's code may still be loading.
    const toggle = this.page.getByRole("button", { name: this.t("app.tuning"), exact: true }).first();
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(panel).toBeVisible();
    return panel;
  }

  /** On narrow layouts the panel covers the chat: closes it there (a wide layout keeps it open beside). */
  async closeParametersOverlay(): Promise<void> {
    const close = this.page.getByRole("button", { name: this.t("app.closeTuning"), exact: true });
    if (await close.isVisible()) await close.click();
    await expect(this.messageBox).toBeVisible();
  }

  async setSystemPrompt(text: string): Promise<void> {
    await this.parameters
      .getByRole("textbox", { name: this.t("parameters.systemPrompt"), exact: true })
      .fill(text);
  }
}
