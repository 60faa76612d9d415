// Nothing changes by a slip: a number that does not parse is refused in words and changes nothing, and a
// deleted message can be put back. At a desktop width and a phone width, against the local mock.
import { randomUUID } from "node:crypto";
import type { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import { withScenario, type MockServer } from "./mock-client";
import type { ChatRequestBody } from "./types";

/** Sends a uniquely marked message and returns the body the mock received. */
async function sendAndRead(chat: ChatPage, mock: MockServer, label: string): Promise<ChatRequestBody> {
  await chat.closeParametersOverlay();
  const text = `${label} ${randomUUID()}`;
  await chat.send(text);
  const recorded = await mock.lastRequest(text);
  await chat.waitForReplyDone();
  return recorded.body as ChatRequestBody;
}

/** An accessible description that starts with `text` (a hint may follow it). */
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

for (const { width, height } of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test("an unparsable Max tokens entry changes nothing in the next request", async ({ chat, mock }) => {
      await chat.goto();
      const panel = await chat.openParameters();
      const box = chat.parameterInput("Max tokens");
      const send = chat.toggle(panel, "Send Max tokens");
      const slider = chat.parameterSlider("Max tokens");

      for (const [typed, why] of [
        ["1e", "Max tokens must be a number."],
        ["0.", "Max tokens must be a number."],
        ["", "Max tokens needs a value."],
      ] as const) {
        await box.fill(typed);
        await box.press("Enter");
        await expect(box).toHaveAttribute("aria-invalid", "true");
        await expect(box).toHaveAccessibleDescription(
          startingWith(`${why} The last valid value (2000) is kept.`),
        );
        await expect(panel.getByText(why)).toBeVisible();
        await expect(box).toHaveValue(typed);
        await expect(send).not.toBeChecked();
        await expect(slider).toHaveAttribute("aria-valuenow", "2000");
      }
      // Leaving the box shows the kept value again; the message stays until the next entry.
      await box.press("Tab");
      await expect(box).toHaveValue("2000");
      await expect(box).not.toHaveAttribute("aria-invalid", "true");
      await expect(box).toHaveAccessibleDescription(
        startingWith("Max tokens needs a value. The last valid value"),
      );
      expect(await sendAndRead(chat, mock, "refused while off")).not.toHaveProperty("max_tokens");

      // With a value chosen, a slip keeps that value.
      await chat.openParameters();
      await box.fill("300");
      await box.press("Enter");
      await expect(send).toBeChecked();
      await box.fill("1e");
      await box.press("Tab");
      await expect(box).toHaveValue("300");
      await expect(
        panel.getByText("Max tokens must be a number. The last valid value (300) is kept."),
      ).toBeVisible();
      expect((await sendAndRead(chat, mock, "refused while on")).max_tokens).toBe(300);
    });

    test("a value applies on Enter or on leaving the box, never half-typed", async ({ chat, mock }) => {
      await chat.goto();
      const panel = await chat.openParameters();
      const box = chat.parameterInput("Max tokens");
      const send = chat.toggle(panel, "Send Max tokens");
      await box.fill("");
      // "1", then "1e", then "1e3": no step on the way applies.
      await box.pressSequentially("1e3");
      await expect(send).not.toBeChecked();
      await expect(chat.parameterSlider("Max tokens")).toHaveAttribute("aria-valuenow", "2000");
      await box.press("Enter");
      await expect(send).toBeChecked();
      await expect(box).toHaveValue("1000");
      await expect(chat.parameterSlider("Max tokens")).toHaveAttribute("aria-valuenow", "1000");

      const topP = chat.parameterInput("Top P");
      await topP.fill("0.25");
      await topP.press("Tab");
      await expect(chat.toggle(panel, "Send Top P")).toBeChecked();
      // The arrow keys step from the value and apply at once, like a native number box.
      await topP.press("ArrowUp");
      await expect(topP).toHaveValue("0.26");
      // …and never past the range.
      await topP.fill("1");
      await topP.press("ArrowUp");
      await expect(topP).toHaveValue("1");
      const body = await sendAndRead(chat, mock, "applied");
      expect(body).toMatchObject({ max_tokens: 1000, top_p: 1 });
    });

    test("a deleted message comes back with Undo, and the focus is never lost", async ({ chat, page }) => {
      await chat.goto();
      await chat.send("First question");
      await chat.waitForReplyDone();
      await chat.send("Second question");
      await chat.waitForReplyDone();
      await expect(chat.assistantMessages()).toHaveCount(2);

      // The keyboard way: Delete, and Undo has the focus.
      await chat.lastAssistant().getByRole("button", { name: "Delete", exact: true }).focus();
      await page.keyboard.press("Enter");
      await expect(chat.assistantMessages()).toHaveCount(1);
      const notice = page.getByRole("status").filter({ hasText: "Deleted a message" });
      const undo = notice.getByRole("button", { name: "Undo", exact: true });
      await expect(undo).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(chat.assistantMessages()).toHaveCount(2);
      await expect(chat.lastAssistant()).toContainText("You said: Second question");
      await expect(notice).toHaveCount(0);
      await expect(chat.messageBox).toBeFocused();

      // A user message goes with everything that followed from it; the restored state is saved.
      await chat.messageAction(chat.userMessages().first(), "Delete");
      await expect(chat.messages.getByRole("article")).toHaveCount(0);
      await page
        .getByRole("status")
        .filter({ hasText: "Deleted 4 messages" })
        .getByRole("button", { name: "Undo" })
        .click();
      await expect(chat.messages.getByRole("article")).toHaveCount(4);
      await page.reload();
      await expect(chat.messages.getByRole("article")).toHaveCount(4);
      await expect(chat.userMessages().first()).toContainText("First question");
    });
  });
}

test("deleting a message whose reply is streaming cancels the request, and Undo keeps the part that came", async ({
  chat,
  mock,
  page,
}) => {
  await chat.goto();
  const marker = `Stream then delete ${randomUUID()}`;
  await chat.send(withScenario(marker, "slow"));
  await expect(chat.lastAssistant()).toContainText("Slow chunk 3.");
  await chat.messageAction(chat.lastUser(), "Delete");
  await expect(chat.messages.getByRole("article")).toHaveCount(0);
  await expect.poll(async () => (await mock.lastRequest(marker)).outcome).toBe("client-closed");

  await page
    .getByRole("status")
    .filter({ hasText: "Deleted 2 messages" })
    .getByRole("button", { name: "Undo" })
    .click();
  await expect(chat.lastAssistant()).toHaveAttribute("aria-busy", "false");
  await expect(chat.lastAssistant()).toContainText("Slow chunk 3.");
  await expect(chat.lastAssistant()).toContainText("Stopped");
});

test("a Compare column refuses an unparsable value and keeps its own", async ({ chat, page }) => {
  await chat.goto();
  await chat.send("Compare me");
  await chat.waitForReplyDone();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const column = page.getByRole("region", { name: "Column 1", exact: true });
  const box = column.getByRole("spinbutton", { name: "Column 1 max tok", exact: true });
  await box.fill("1e");
  await box.press("Enter");
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveAccessibleDescription(
    "Max tokens must be a number. The last valid value (2000) is kept.",
  );
  await expect(column.getByRole("checkbox", { name: "Column 1 max tok on", exact: true })).not.toBeChecked();
  await box.fill("512");
  await box.press("Enter");
  await expect(column.getByRole("checkbox", { name: "Column 1 max tok on", exact: true })).toBeChecked();
  await expect(column).toContainText("Max tokens 512");
});
