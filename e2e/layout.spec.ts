// Layouts from 390 to 2560 px: the sidebar collapses on wide screens (remembered), narrower screens get
// drawers that are real modal dialogs, and the header keeps a usable title whatever is open.
import type { Locator, Page } from "@playwright/test";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error("element has no box");
  return b;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

const toggleSidebar = (page: Page) => page.getByRole("button", { name: "Toggle sidebar", exact: true });
const tuningButton = (page: Page) => page.getByRole("button", { name: "Tuning", exact: true });

/** Whether the focused element is inside `locator`. */
const focusInside = (locator: Locator) => locator.evaluate((el) => el.contains(document.activeElement));

/** The header's controls and title: none overlaps another, none spills out, and the title has room. */
async function expectUsableHeader(page: Page, minTitle: number) {
  // The chat header sits inside <main>, so it is not a banner landmark.
  const header = page.locator("main > header");
  const items = [
    page.getByRole("heading", { level: 1 }),
    toggleSidebar(page),
    page.getByRole("button", { name: "Compare", exact: true }),
    tuningButton(page),
    page.getByRole("button", { name: "Settings", exact: true }),
    page.getByRole("button", { name: "Keyboard shortcuts", exact: true }),
  ];
  const boxes = await Promise.all(items.map(box));
  const outer = await box(header);
  for (const [i, b] of boxes.entries()) {
    expect(b.x, `item ${i} starts inside the header`).toBeGreaterThanOrEqual(outer.x - 0.5);
    expect(b.x + b.width, `item ${i} ends inside the header`).toBeLessThanOrEqual(
      outer.x + outer.width + 0.5,
    );
    for (const [j, other] of boxes.entries()) {
      if (j > i) expect(overlaps(b, other), `header items ${i} and ${j} overlap`).toBe(false);
    }
  }
  expect(boxes[0]?.width ?? 0, "the title's width").toBeGreaterThanOrEqual(minTitle);
  expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
}

async function startConversation(chat: ChatPage, text: string) {
  await chat.send(text);
  await chat.waitForReplyDone();
}

test.describe("at 1440 px", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("Toggle sidebar hides and shows the Conversations column, and the choice is remembered", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await startConversation(chat, "A long conversation title that should still be readable in the header");
    await expect(chat.sidebar).toBeVisible();
    await expect(toggleSidebar(page)).toHaveAttribute("aria-expanded", "true");
    const before = (await box(chat.messages)).width;
    const mainBefore = (await box(page.getByRole("main"))).width;

    await toggleSidebar(page).click();
    await expect(chat.sidebar).toBeHidden();
    await expect(toggleSidebar(page)).toHaveAttribute("aria-expanded", "false");
    expect((await box(page.getByRole("main"))).width).toBeGreaterThan(mainBefore + 200);
    expect((await box(chat.messages)).width).toBeGreaterThanOrEqual(before);

    await page.reload();
    await expect(chat.messageBox).toBeVisible();
    await expect(chat.sidebar).toBeHidden();
    await toggleSidebar(page).click();
    await expect(chat.sidebar).toBeVisible();
    await page.reload();
    await expect(chat.sidebar).toBeVisible();
    await expectUsableHeader(page, 300);
  });
});

for (const width of [1024, 800]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("Conversations is an overlay drawer and Tuning leaves the chat usable", async ({ chat, page }) => {
      await chat.goto();
      await startConversation(chat, `Chat at ${width}`);
      // The chat has the whole width; nothing is squeezed beside it.
      await expect(chat.sidebar).toBeHidden();
      await expect(chat.parameters).toBeHidden();
      expect((await box(page.getByRole("main"))).width).toBe(width);

      await toggleSidebar(page).click();
      const drawer = page.getByRole("dialog", { name: "Conversations" });
      await expect(drawer).toBeVisible();
      await expect(drawer.getByRole("navigation", { name: "Conversations" })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(drawer).toBeHidden();
      await expect(toggleSidebar(page)).toBeFocused();

      // Tuning opens beside the chat: the messages, the composer and Send stay visible and usable.
      await tuningButton(page).click();
      await expect(chat.parameters).toBeVisible();
      const panel = await box(page.getByRole("complementary", { name: "Tuning" }));
      for (const part of [
        chat.messageBox,
        chat.sendButton,
        chat.lastAssistant(),
        page.getByRole("heading", { level: 1 }),
      ]) {
        expect(overlaps(await box(part), panel)).toBe(false);
      }
      expect((await box(chat.messageBox)).width).toBeGreaterThan(250);
      await expectUsableHeader(page, 100);
      await chat.send("Sent with Tuning open");
      await chat.waitForReplyDone();
      await expect(chat.lastUser()).toContainText("Sent with Tuning open");
    });
  });
}

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("drawers are modal: focus stays inside, Escape closes, focus returns to the opener", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await startConversation(chat, "First phone chat");
    await expectUsableHeader(page, 100);

    await toggleSidebar(page).click();
    const drawer = page.getByRole("dialog", { name: "Conversations" });
    await expect(drawer).toBeVisible();
    await expect(toggleSidebar(page)).toHaveAttribute("aria-expanded", "true");
    // Everything behind is inert: Tab after Tab, focus never leaves the drawer.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      expect(await focusInside(drawer), `Tab ${i + 1}`).toBe(true);
    }
    // A click behind the drawer does not reach the page.
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(toggleSidebar(page)).toBeFocused();

    // New chat, or picking another conversation, closes the drawer and puts the cursor in the composer.
    await toggleSidebar(page).click();
    await chat.newChat();
    await expect(drawer).toBeHidden();
    await expect(chat.messageBox).toBeFocused();
    await expect(chat.userMessages()).toHaveCount(0);
    await toggleSidebar(page).click();
    await chat.conversation("First phone chat").click();
    await expect(drawer).toBeHidden();
    await expect(chat.lastUser()).toContainText("First phone chat");
    await expect(chat.messageBox).toBeFocused();

    // The close button and a tap on the backdrop close it as well.
    await toggleSidebar(page).click();
    await drawer.getByRole("button", { name: "Hide conversations", exact: true }).click();
    await expect(drawer).toBeHidden();
    await toggleSidebar(page).click();
    await expect(drawer).toBeVisible();
    await page.mouse.click(380, 400);
    await expect(drawer).toBeHidden();

    await tuningButton(page).click();
    const tuning = page.getByRole("dialog", { name: "Tuning" });
    await expect(tuning).toBeVisible();
    await expect(tuning.getByRole("region", { name: "Parameters" })).toBeVisible();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await focusInside(tuning), `Shift+Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(tuning).toBeHidden();
    await expect(tuningButton(page)).toBeFocused();
  });
});

test.describe("on a touch phone at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the header leaves out Keyboard shortcuts, so the title has more room; Ctrl+/ still opens the list", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await startConversation(chat, "A long conversation title that should still be readable in the header");
    await expect(page.getByRole("button", { name: "Keyboard shortcuts", exact: true })).toBeHidden();
    const title = await box(page.getByRole("heading", { level: 1 }));
    expect(title.width).toBeGreaterThanOrEqual(130);
    await chat.messageBox.press("Control+/");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  });
});

test.describe("at 2560 px", () => {
  test.use({ viewport: { width: 2560, height: 1440 } });

  test("the chat column stays readable and the header uncluttered", async ({ chat, page }) => {
    await chat.goto();
    await startConversation(chat, "Wide screen");
    await expect(chat.sidebar).toBeVisible();
    await expect(chat.parameters).toBeVisible();
    expect((await box(chat.messages)).width).toBeLessThanOrEqual(800);
    await expectUsableHeader(page, 300);
  });
});

test("resizing never leaves a drawer open that was not asked for", async ({ chat, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await chat.goto();
  await expect(chat.parameters).toBeVisible();
  // A phone rotated, a window narrowed: the Tuning column does not become a modal over the chat.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await chat.messageBox.fill("Still usable");
  await expect(chat.sendButton).toBeEnabled();

  await toggleSidebar(page).click();
  await expect(page.getByRole("dialog", { name: "Conversations" })).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(chat.sidebar).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(chat.messageBox).toHaveValue("Still usable");
});
