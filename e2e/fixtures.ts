// Playwright fixtures: every test gets the mock server's client and the page object.
import { test as base } from "@playwright/test";
import { ChatPage } from "./chat-page";
import { MockServer } from "./mock-client";

export { expect } from "@playwright/test";

export const test = base.extend<{ mock: MockServer; chat: ChatPage }>({
  // `provide`, not `use`: the React hooks lint rule would read `use(...)` as React's hook.
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  mock: async ({}, provide) => {
    await provide(new MockServer());
  },
  chat: async ({ page }, provide) => {
    await provide(new ChatPage(page));
  },
});
