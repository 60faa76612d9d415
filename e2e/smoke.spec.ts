import { expect, test } from "./fixtures";

test("sends a message and shows the streamed reply", async ({ chat, mock }) => {
  await chat.goto();
  await chat.send("Hello");
  await expect(chat.lastAssistant()).toContainText("You said");
  await chat.waitForReplyDone();

  const request = await mock.lastRequest("Hello");
  expect(request.path).toBe("/v1/chat/completions");
  expect(request.headers.hasOrigin).toBe(false);
});
