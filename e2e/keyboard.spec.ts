// Keyboard first: the composer has focus, every shortcut does what the Keyboard shortcuts dialog says,
// and no shortcut fires mid IME composition or takes a key a focused field needs.
import type { Page } from "@playwright/test";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import { withScenario } from "./mock-client";
import { DESKTOP_AND_PHONE, showConversations, startNewChat } from "./navigation";

const shortcutsDialog = (page: Page) => page.getByRole("dialog", { name: "Keyboard shortcuts" });

/** A keydown as an input method sends it while composing (Japanese conversion in progress). */
async function composingKey(
  chat: ChatPage,
  key: string,
  modifiers: { ctrl?: boolean; shift?: boolean } = {},
) {
  await chat.page.evaluate(
    ({ key, ctrl, shift }) => {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(
        new KeyboardEvent("keydown", {
          key,
          code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
          ctrlKey: ctrl,
          shiftKey: shift,
          isComposing: true,
          keyCode: 229,
          bubbles: true,
          cancelable: true,
        }),
      );
    },
    { key, ctrl: modifiers.ctrl ?? false, shift: modifiers.shift ?? false },
  );
}

for (const viewport of DESKTOP_AND_PHONE) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("the composer has focus on open and after switching; shortcuts do what the dialog lists", async ({
      chat,
      page,
      context,
    }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await chat.goto();
      await expect(chat.messageBox).toBeFocused();

      // The dialog: Ctrl+/ and the header button, Escape closes it and focus comes back.
      await page.keyboard.press("Control+/");
      const dialog = shortcutsDialog(page);
      await expect(dialog).toBeVisible();
      for (const [action, keys] of <const>[
        ["New chat", "Ctrl+Shift+O"],
        ["Focus the message box", "Shift+Esc"],
        ["Stop the reply being written", "Esc"],
        ["Edit your last message (in an empty message box)", "↑"],
        ["Copy the last reply", "Ctrl+Shift+C"],
        ["Show or hide the sidebar", "Ctrl+Shift+S"],
        ["Show or hide Parameters", "Ctrl+Shift+,"],
        ["Search conversations", "Ctrl+K"],
        ["Find in conversation", "Ctrl+F"],
        ["Keyboard shortcuts", "Ctrl+/"],
      ]) {
        const row = dialog.getByRole("row", { name: new RegExp(`^${action.replace(/[()]/g, "\\$&")}`) });
        await expect(row).toBeVisible();
        const printed = (await row.locator("kbd [aria-hidden]").allInnerTexts()).join("+");
        expect(printed, action).toBe(keys);
      }
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(chat.messageBox).toBeFocused();
      await page.getByRole("button", { name: "Keyboard shortcuts", exact: true }).click();
      await expect(dialog).toBeVisible();
      await page.keyboard.press("Control+/");
      await expect(dialog).toBeHidden();

      await chat.messageBox.focus();
      await page.keyboard.type("First question");
      await page.keyboard.press("Enter");
      await chat.waitForReplyDone();

      // Copy the last reply.
      await page.keyboard.press("Control+Shift+C");
      await expect(page.getByRole("status").filter({ hasText: "Copied the last reply." })).toBeVisible();
      const reply = await chat.lastAssistant().locator(".markdown").innerText();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain("You said: First question");
      expect(reply).toContain(copied.split("\n")[0] ?? "-");

      // ↑ in the empty composer edits the last message; Escape cancels and the cursor comes back.
      await page.keyboard.press("ArrowUp");
      const editor = page.getByRole("textbox", { name: "Edited text", exact: true });
      await expect(editor).toBeFocused();
      await expect(editor).toHaveValue("First question");
      await page.keyboard.press("Escape");
      await expect(editor).toBeHidden();
      await expect(chat.messageBox).toBeFocused();
      await page.keyboard.press("ArrowUp");
      await expect(editor).toBeFocused();
      await editor.fill("First question, edited");
      await page.keyboard.press("Enter");
      await chat.waitForReplyDone();
      await expect(chat.lastUser()).toContainText("First question, edited");
      await expect(chat.messageBox).toBeFocused();
      // ↑ with text in the box moves the caret as usual.
      await page.keyboard.type("two\nlines");
      await page.keyboard.press("ArrowUp");
      await expect(editor).toBeHidden();
      await chat.messageBox.fill("");

      // New chat, and Shift+Esc back to the composer from anywhere.
      await page.keyboard.press("Control+Shift+O");
      await expect(chat.userMessages()).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("New chat");
      await expect(chat.messageBox).toBeFocused();
      await page.getByRole("button", { name: "Settings", exact: true }).focus();
      await page.keyboard.press("Shift+Escape");
      await expect(chat.messageBox).toBeFocused();

      // Ctrl+K: the sidebar shows (a drawer on a phone) with the cursor in its search box.
      await page.keyboard.press("Control+K");
      await expect(chat.sidebar.getByRole("searchbox", { name: "Search conversations" })).toBeFocused();
      await page.keyboard.type("edited");
      await expect(chat.conversation("First question")).toBeVisible();
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");

      // Ctrl+Shift+S shows and hides the sidebar; Ctrl+Shift+, shows and hides Parameters.
      await chat.messageBox.focus();
      const sidebarShown = await chat.sidebar.isVisible();
      await page.keyboard.press("Control+Shift+S");
      await expect(chat.sidebar).toBeVisible({ visible: !sidebarShown });
      await page.keyboard.press("Control+Shift+S");
      await expect(chat.sidebar).toBeVisible({ visible: sidebarShown });
      const parametersShown = await chat.parameters.isVisible();
      await chat.messageBox.focus();
      await page.keyboard.press("Control+Shift+Comma");
      await expect(chat.parameters).toBeVisible({ visible: !parametersShown });
      await page.keyboard.press("Control+Shift+Comma");
      await expect(chat.parameters).toBeVisible({ visible: parametersShown });
    });

    test("Esc stops a streaming reply (the upstream sees the request cancelled), but not from a field that needs it", async ({
      chat,
      page,
      mock,
    }) => {
      await chat.goto();
      await chat.send("Warm up");
      await chat.waitForReplyDone();
      const text = `Stop me with Escape ${Date.now()}`;
      await chat.sendScenario(text, "slow");
      await chat.waitForStreaming();

      // Escape in the search box clears the search; the reply keeps streaming.
      await showConversations(chat);
      const search = chat.sidebar.getByRole("searchbox", { name: "Search conversations" });
      await search.fill("Warm");
      await search.press("Escape");
      await expect(search).toHaveValue("");
      await expect(chat.lastAssistant()).toHaveAttribute("aria-busy", "true");
      await page.keyboard.press("Shift+Escape");
      if (viewport.width < 1280) await expect(chat.sidebar).toBeHidden();

      // An Escape still owned by an input method does nothing either.
      await chat.messageBox.focus();
      await composingKey(chat, "Escape");
      await page.waitForTimeout(300);
      await expect(chat.lastAssistant()).toHaveAttribute("aria-busy", "true");

      await page.keyboard.press("Escape");
      await chat.waitForReplyDone();
      await expect(chat.lastAssistant()).toContainText("Stopped");
      await expect.poll(async () => (await mock.lastRequest(text)).outcome).toBe("client-closed");
    });
  });
}

test("no shortcut fires while an IME composition is open", async ({ chat, page }) => {
  await chat.goto();
  await chat.send("Keep this conversation");
  await chat.waitForReplyDone();
  await chat.messageBox.focus();
  await composingKey(chat, "O", { ctrl: true, shift: true });
  await composingKey(chat, "/", { ctrl: true });
  await composingKey(chat, "ArrowUp");
  await page.waitForTimeout(300);
  await expect(chat.userMessages()).toHaveCount(1);
  await expect(shortcutsDialog(page)).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Edited text" })).toHaveCount(0);
  await expect(chat.messageBox).toBeFocused();
});

test.describe("on a Mac", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "platform", { get: () => "MacIntel" });
      Object.defineProperty(Navigator.prototype, "userAgentData", { get: () => undefined });
    });
  });

  test("the dialog shows ⌘ and the shortcuts take ⌘ instead of Ctrl", async ({ chat, page }) => {
    await chat.goto();
    await page.keyboard.press("Meta+/");
    const dialog = shortcutsDialog(page);
    await expect(dialog).toBeVisible();
    const row = dialog.getByRole("row", { name: /^New chat/ });
    expect((await row.locator("kbd [aria-hidden]").allInnerTexts()).join("")).toBe("⌘⇧O");
    // Screen readers hear the names, not the symbols.
    await expect(row.getByRole("cell")).toHaveAccessibleName("Command + Shift + O");
    await page.keyboard.press("Escape");

    await chat.send(withScenario("Mac user", "markdown"));
    await chat.waitForReplyDone();
    await page.keyboard.press("Control+Shift+O");
    await expect(chat.userMessages()).toHaveCount(1);
    await page.keyboard.press("Meta+Shift+O");
    await expect(chat.userMessages()).toHaveCount(0);
    await startNewChat(chat);
    await expect(chat.messageBox).toBeFocused();
  });
});

for (const scheme of ["light", "dark"] as const) {
  test(`every control Tab reaches shows a clearly visible focus ring (${scheme})`, async ({ chat, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await chat.goto();
    await chat.send("Focus rings");
    await chat.waitForReplyDone();
    await page.locator("body").focus();
    const seen = new Set<string>();
    const problems: string[] = [];
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press("Tab");
      const result = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const name = `${el.tagName.toLowerCase()} ${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? ""}`;
        // A colour as sRGB bytes, whatever syntax (oklch…) the browser computed it in.
        const rgb = (color: string) => {
          const ctx = document.createElement("canvas").getContext("2d");
          if (!ctx) return [0, 0, 0, 0];
          ctx.fillStyle = color;
          ctx.fillRect(0, 0, 1, 1);
          return [...ctx.getImageData(0, 0, 1, 1).data];
        };
        const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
          const c = [r, g, b].map((v) => {
            const s = v / 255;
            return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
        };
        // The ring is the element's outline, or its field's frame (the composer draws it around the box).
        let ring: CSSStyleDeclaration | null = null;
        for (let node: HTMLElement | null = el, up = 0; node && up < 3; node = node.parentElement, up++) {
          const cs = getComputedStyle(node);
          if (
            cs.outlineStyle !== "none" &&
            parseFloat(cs.outlineWidth) >= 2 &&
            rgb(cs.outlineColor)[3] === 255
          ) {
            ring = cs;
            break;
          }
        }
        if (!ring) return { name, ok: false, why: "no outline" };
        const background = rgb(getComputedStyle(document.body).backgroundColor);
        const [l1, l2] = [luminance(rgb(ring.outlineColor)), luminance(background)].sort((a, b) => b - a);
        const contrast = ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05);
        return { name, ok: contrast >= 3, why: `contrast ${contrast.toFixed(2)}` };
      });
      if (!result) continue;
      if (seen.has(result.name)) continue;
      seen.add(result.name);
      if (!result.ok) problems.push(`${result.name}: ${result.why}`);
    }
    expect(seen.size, "controls reached by Tab").toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
}

test.describe("on a touch-only phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("opening a chat does not focus the composer (the on-screen keyboard would cover it)", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    expect(await page.evaluate(() => matchMedia("(any-pointer: fine)").matches)).toBe(false);
    // Given the time the app takes to focus it elsewhere (at mount), it stays unfocused.
    await page.waitForTimeout(300);
    await expect(chat.messageBox).not.toBeFocused();
    await chat.messageBox.tap();
    await expect(chat.messageBox).toBeFocused();
  });
});

test("in Japanese, the dialog, the tab title and the not-found page speak Japanese", async ({
  chat,
  page,
}) => {
  await chat.goto();
  const settings = await chat.openSettings();
  await settings.getByLabel("Language").selectOption("ja");
  await page.keyboard.press("Escape");
  await expect(page).toHaveTitle("新しいチャット — Chat Studio");
  await page.keyboard.press("Control+/");
  const dialog = page.getByRole("dialog", { name: "キーボードショートカット" });
  await expect(dialog.getByRole("row", { name: /^新しいチャット/ })).toBeVisible();
  await expect(dialog.getByRole("row", { name: /^最後の返信をコピー/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.goto("/#/c/missing");
  await expect(page.getByRole("heading", { level: 2, name: "会話が見つかりません" })).toBeVisible();
  await expect(page).toHaveTitle("会話が見つかりません — Chat Studio");
});
