// Playwright fixtures: every test gets the mock server's client, the page object and the catalogue of its locale.
import { test as base } from "@playwright/test";
import { ChatPage } from "./chat-page";
import { translator, type Translate } from "./i18n";
import { MockServer } from "./mock-client";

export { expect } from "@playwright/test";

export const test = base.extend<{ mock: MockServer; chat: ChatPage; t: Translate }>({
  // The project's browser locale picks the catalogue (see playwright.config.ts).
  t: async ({ locale }, provide) => {
    await provide(translator(locale));
  },
  // `provide`, not `use`: the React hooks lint rule would read `use(...)` as React's hook.
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  mock: async ({}, provide) => {
    await provide(new MockServer());
  },
  chat: async ({ page, t }, provide) => {
    await provide(new ChatPage(page, t));
  },
});
