// The page object: the app driven by the roles and names of shared/ui-contract.md, nothing else.
import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { withScenario } from "./mock-client";
import type { ParameterName } from "./types";

export class ChatPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get messageBox(): Locator {
    return this.page.getByRole("textbox", { name: "Message", exact: true });
  }
  get sendButton(): Locator {
    return this.page.getByRole("button", { name: "Send", exact: true });
  }
  get stopButton(): Locator {
    return this.page.getByRole("button", { name: "Stop", exact: true });
  }
  get messages(): Locator {
    return this.page.getByRole("log", { name: "Messages" });
  }
  get alert(): Locator {
    return this.page.getByRole("alert");
  }
  get sidebar(): Locator {
    return this.page.getByRole("navigation", { name: "Conversations" });
  }
  get settingsDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Settings" });
  }
  get parameters(): Locator {
    return this.page.getByRole("region", { name: "Parameters" });
  }
  get attachInput(): Locator {
    return this.page.getByLabel("Attach image", { exact: true });
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
    return this.page.getByRole("article", { name: "You", exact: true });
  }
  assistantMessages(): Locator {
    return this.page.getByRole("article", { name: "Assistant", exact: true });
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
    await message.getByRole("button", { name: action, exact: true }).click();
  }

  async retry(): Promise<void> {
    await this.alert.getByRole("button", { name: "Retry", exact: true }).click();
  }

  async attachImages(files: string | string[]): Promise<void> {
    await this.attachInput.setInputFiles(files);
  }

  async newChat(): Promise<void> {
    await this.page.getByRole("button", { name: "New chat", exact: true }).click();
  }

  conversation(title: string): Locator {
    return this.sidebar
      .getByRole("link", { name: title, exact: true })
      .or(this.sidebar.getByRole("button", { name: title, exact: true }));
  }

  async openSettings(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Settings", exact: true }).click();
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
      await dialog.getByRole("textbox", { name: "API base URL", exact: true }).fill(settings.baseUrl);
    }
    if (settings.apiKey !== undefined)
      await dialog.getByLabel("API key", { exact: true }).fill(settings.apiKey);
    if (settings.model !== undefined) {
      const model = dialog
        .getByRole("combobox", { name: "Model", exact: true })
        .or(dialog.getByRole("textbox", { name: "Model", exact: true }));
      const isSelect = await model.evaluate((el) => el.tagName === "SELECT");
      if (isSelect) await model.selectOption(settings.model);
      else await model.fill(settings.model);
    }
    if (settings.stream !== undefined) {
      await this.toggle(dialog, "Stream responses").setChecked(settings.stream);
    }
    await this.closeSettings();
  }

  /** A checkbox or switch by name, as the contract allows either. */
  toggle(scope: Locator, name: string): Locator {
    return scope
      .getByRole("checkbox", { name, exact: true })
      .or(scope.getByRole("switch", { name, exact: true }));
  }

  /** Shows the Parameters panel; on narrow layouts it sits behind the Tuning toggle. */
  async openParameters(): Promise<Locator> {
    if (!(await this.parameters.isVisible())) {
      await this.page
        .getByRole("button", { name: /^(Tuning|Parameters)$/ })
        .first()
        .click();
    }
    await expect(this.parameters).toBeVisible();
    return this.parameters;
  }

  /** On narrow layouts the panel covers the chat: closes it there (a wide layout keeps it open beside). */
  async closeParametersOverlay(): Promise<void> {
    const close = this.page.getByRole("button", { name: "Close tuning", exact: true });
    if (await close.isVisible()) await close.click();
    await expect(this.messageBox).toBeVisible();
  }

  parameterInput(name: ParameterName): Locator {
    return this.parameters.getByRole("spinbutton", { name, exact: true });
  }
  parameterSlider(name: ParameterName): Locator {
    return this.parameters.getByRole("slider", { name, exact: true });
  }

  /** Turns "Send P" on and types the value (applied with Enter); `null` turns it off so the provider default applies. */
  async setParameter(name: ParameterName, value: number | null): Promise<void> {
    const send = this.toggle(this.parameters, `Send ${name}`);
    if (value === null) {
      await send.setChecked(false);
      return;
    }
    await send.setChecked(true);
    await this.parameterInput(name).fill(String(value));
    await this.parameterInput(name).press("Enter");
  }

  async setSystemPrompt(text: string): Promise<void> {
    await this.parameters.getByRole("textbox", { name: "System prompt", exact: true }).fill(text);
  }
}
