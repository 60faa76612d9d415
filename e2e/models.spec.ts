import { expect, test } from "./fixtures";
import { MOCK_URL } from "./mock-client";

test("the Model field suggests the endpoint's models and still takes any typed id", async ({
  chat,
  mock,
}) => {
  await chat.goto();
  const dialog = await chat.openSettings();
  await expect(dialog.getByText(/5 models offered by this endpoint/)).toBeVisible();
  const model = dialog.getByRole("combobox", { name: "Model", exact: true });
  const options = await dialog
    .locator("datalist option")
    .evaluateAll((os) => os.map((o) => o.getAttribute("value")));
  expect(options).toEqual(expect.arrayContaining(["gemini-3.1-pro-preview", "deepseek-chat"]));

  await model.fill("my-own-model-id");
  await chat.closeSettings();
  const text = `custom model ${Date.now()}`;
  await chat.send(text);
  await chat.waitForReplyDone();
  expect((await mock.lastRequest(text)).body?.model).toBe("my-own-model-id");
});

test("a model list that cannot be loaded says so and leaves the field usable", async ({ chat }) => {
  await chat.goto();
  // The mock sends no CORS headers, so a direct browser request to it fails like a blocked endpoint.
  await chat.configure({ baseUrl: `${MOCK_URL}/v1` });
  const dialog = await chat.openSettings();
  await expect(dialog.getByText(/Could not load the model list/)).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Model", exact: true })).toBeEditable();
});
