import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { seedConversations, texts } from "./seed";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; serious and critical findings fail the test, with where they are. */
async function expectNoSeriousViolations(page: Page, scheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: scheme });
  // Controls with a colour transition ease into the new scheme; check the colours the user ends up seeing,
  // not a frame half-way (a grey between light and dark text once failed the contrast rule).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== "running"),
  );
  // Evaluated through the debugging protocol: a <script> tag would be refused by the app's CSP, which
  // stays in force while the page is checked.
  await page.evaluate(readFileSync(axePath, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(serious, `${scheme} scheme`).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`no serious accessibility violations (${scheme})`, async ({ chat, page }) => {
    await chat.goto();
    await expectNoSeriousViolations(page, scheme);

    await chat.sendScenario("Accessibility check", "markdown");
    await chat.waitForReplyDone();
    await expectNoSeriousViolations(page, scheme);

    await chat.sendScenario("An error, please", "http-429");
    await expect(chat.lastAssistant().getByRole("alert")).toBeVisible();
    await expectNoSeriousViolations(page, scheme);

    await chat.openSettings();
    await expectNoSeriousViolations(page, scheme);
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`no serious accessibility violations in the shortcuts dialog and the drawers (${scheme})`, async ({
    chat,
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await chat.goto();
    await chat.send("Dialogs and drawers");
    await chat.waitForReplyDone();
    await page.keyboard.press("Control+/");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await expectNoSeriousViolations(page, scheme);
    await page.keyboard.press("Escape");

    // The address of a conversation that is not here.
    await page.goto("/#/c/not-here");
    await expect(page.getByRole("heading", { level: 2, name: "Conversation not found" })).toBeVisible();
    await expectNoSeriousViolations(page, scheme);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button", { name: "Toggle sidebar", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "Conversations" })).toBeVisible();
    await expectNoSeriousViolations(page, scheme);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Tuning", exact: true }).click();
    await expect(
      page.getByRole("dialog", { name: "Tuning" }).getByRole("region", { name: "Parameters" }),
    ).toBeVisible();
    await expectNoSeriousViolations(page, scheme);
  });
}

test("the keyboard alone can chat, open settings and reach every message action", async ({ chat, page }) => {
  await chat.goto();
  await chat.messageBox.focus();
  await page.keyboard.type("Typed without a mouse");
  await page.keyboard.press("Enter");
  await chat.waitForReplyDone();
  // Tab order reaches the reply's actions.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press("Shift+Tab");
    reached = await chat
      .lastAssistant()
      .getByRole("button", { name: "Regenerate", exact: true })
      .evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Enter");
  await chat.waitForReplyDone();
  await expect(chat.lastAssistant().getByText("2/2")).toBeVisible();

  await page.getByRole("button", { name: "Settings", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(chat.settingsDialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(chat.settingsDialog).toBeHidden();
});

for (const scheme of ["light", "dark"] as const) {
  test(`Find in conversation, Jump to latest and search results have no serious violations (${scheme})`, async ({
    chat,
    page,
  }) => {
    await seedConversations(page, [
      { id: "a11y", title: "Accessible list", texts: texts(40, { 3: "The apple of my eye." }) },
      { id: "other", title: "Another chat", texts: ["An apple pie recipe?", "Apples, flour, butter."] },
    ]);
    await chat.goto();
    await page.keyboard.press("Control+f");
    await page.getByRole("searchbox", { name: "Find in conversation", exact: true }).fill("apple");
    await expect(page.getByRole("search").getByRole("status")).toHaveText("1 of 1");
    await expect(page.getByRole("button", { name: "Jump to latest", exact: true })).toBeVisible();
    await chat.sidebar.getByRole("searchbox", { name: "Search conversations", exact: true }).fill("apple");
    await expect(
      chat.sidebar.getByRole("region", { name: "Search results" }).getByRole("button"),
    ).toHaveCount(2);
    await expectNoSeriousViolations(page, scheme);
  });
}
