// Playwright fixtures: every test gets the mock server's client, the page object and the catalogue of its locale,
// and fails if its page reported a Content-Security-Policy violation (the app runs under the server's policy).
import { expect, test as base } from "@playwright/test";
import { ChatPage } from "./chat-page";
import { translator, type Translate } from "./i18n";
import { MockServer } from "./mock-client";
import { watchCspViolations } from "./support/csp";

export { expect } from "@playwright/test";

export const test = base.extend<{
  mock: MockServer;
  chat: ChatPage;
  t: Translate;
  cspViolations: () => Promise<string[]>;
}>({
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
  cspViolations: [
    async ({ page }, provide) => {
      const read = await watchCspViolations(page);
      await provide(read);
      expect(await read(), "Content-Security-Policy violations on the page").toEqual([]);
    },
    { auto: true },
  ],
});
