// The Theme setting: applied at once, kept across reloads, and already right before the app's code runs.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DESKTOP_AND_PHONE } from "./navigation";

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

for (const viewport of DESKTOP_AND_PHONE) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("System, Light and Dark apply at once and are kept after a reload", async ({ chat, page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await chat.goto();
      expect(await theme(page)).toBe("light");
      const light = await bodyBackground(page);

      const dialog = await chat.openSettings();
      const group = dialog.getByRole("radiogroup", { name: "Theme", exact: true });
      await expect(group.getByRole("radio", { name: "System", exact: true })).toBeChecked();
      await group.getByRole("radio", { name: "Dark", exact: true }).check();
      await expect.poll(() => theme(page)).toBe("dark");
      const dark = await bodyBackground(page);
      expect(dark).not.toBe(light);
      await chat.closeSettings();

      await page.reload();
      await expect(chat.messageBox).toBeVisible();
      expect(await theme(page)).toBe("dark");
      expect(await bodyBackground(page)).toBe(dark);

      // System follows the operating system, also when it changes while the app is open.
      await chat.openSettings();
      await group.getByRole("radio", { name: "System", exact: true }).check();
      await expect.poll(() => theme(page)).toBe("light");
      await page.emulateMedia({ colorScheme: "dark" });
      await expect.poll(() => theme(page)).toBe("dark");
      await group.getByRole("radio", { name: "Light", exact: true }).check();
      await expect.poll(() => theme(page)).toBe("light");
      expect(await bodyBackground(page)).toBe(light);
      // Arrow keys move between the choices, as in any radio group.
      await page.keyboard.press("ArrowRight");
      await expect(group.getByRole("radio", { name: "Dark", exact: true })).toBeChecked();
      await expect.poll(() => theme(page)).toBe("dark");
    });
  });
}

test("a reload shows the saved theme before any of the app's JavaScript runs (no flash)", async ({
  chat,
  page,
  context,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await chat.goto();
  const light = await bodyBackground(page);
  const dialog = await chat.openSettings();
  await dialog.getByRole("radio", { name: "Dark", exact: true }).check();
  await expect.poll(() => theme(page)).toBe("dark");
  const dark = await bodyBackground(page);
  await chat.closeSettings();

  // The same profile, with the app's scripts blocked: what is painted comes from index.html and CSS alone.
  const bare = await context.newPage();
  await bare.emulateMedia({ colorScheme: "light" });
  await bare.route("**/assets/*.js", (route) => route.abort());
  await bare.goto("/");
  expect(await bare.locator("#root").innerHTML()).toBe("");
  expect(await theme(bare)).toBe("dark");
  expect(await bodyBackground(bare)).toBe(dark);
  expect(dark).not.toBe(light);
  await bare.close();
});
