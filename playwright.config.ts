import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./scripts/chromium.mjs";

const isCI = Boolean(process.env.CI);
// Overridable so a second checkout (or a dev server already on 4173) can run the suite side by side.
const MOCK_PORT = Number(process.env.MOCK_PORT) || 4010;
const APP_PORT = Number(process.env.APP_PORT) || 4173;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  forbidOnly: isCI,
  // Two workers share one mock server; scenarios are chosen per request, so tests stay independent.
  // PW_WORKERS=1 is the escape hatch if a CI machine proves too slow for two browsers.
  workers: Number(process.env.PW_WORKERS) || 2,
  retries: isCI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    headless: true,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
  },
  projects: [
    // Every spec in English, the UI contract's names.
    { name: "chromium", use: { locale: "en-US" } },
    // The core specs again with a Japanese browser: the app follows navigator.languages, and the specs
    // find every name through the catalogues (e2e/i18n.ts).
    {
      name: "chromium-ja",
      use: { locale: "ja-JP" },
      testMatch: /(chat|parameters|conversations|settings|ime)\.spec\.ts$/,
    },
  ],
  webServer: [
    {
      command: "node e2e/server/mock-server.mjs",
      url: `http://127.0.0.1:${MOCK_PORT}/__mock/health`,
      env: { PORT: String(MOCK_PORT) },
      reuseExistingServer: !isCI,
      timeout: 20_000,
    },
    {
      // The app talks to /api/v1 on its own origin; serve.mjs forwards that to the mock.
      command: "npm run build && node scripts/serve.mjs",
      url: `http://127.0.0.1:${APP_PORT}`,
      env: { PORT: String(APP_PORT), HOST: "127.0.0.1", UPSTREAM_URL: `http://127.0.0.1:${MOCK_PORT}` },
      reuseExistingServer: !isCI,
      timeout: 180_000,
    },
  ],
});
