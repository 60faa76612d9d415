// Images as a user attaches them: a real large PNG through the contract's file input, a paste, a drop of
// twenty photos. The request the mock receives is the proof; localStorage must only ever hold references.
import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { readImageHeader } from "../src/lib/images/sniff";
import { ChatPage } from "./chat-page";
import { expect, test } from "./fixtures";
import type { ChatMessage } from "./types";
import { noisePng } from "./noise-png";

function imageParts(message: ChatMessage | undefined): string[] {
  const content = message?.content;
  if (!Array.isArray(content)) return [];
  return content.flatMap((part: { type?: string; image_url?: { url?: string } }) =>
    part.type === "image_url" && part.image_url?.url ? [part.image_url.url] : [],
  );
}

function decodeDataUrl(url: string) {
  const match = /^data:(image\/[a-z]+);base64,(.+)$/.exec(url);
  expect(match, "an image data URL").not.toBeNull();
  const bytes = new Uint8Array(Buffer.from(match?.[2] ?? "", "base64"));
  return { mime: match?.[1], header: readImageHeader(bytes) };
}

/** Characters this app keeps in localStorage: conversations and settings, never image bytes. */
function localStorageChars(page: Page): Promise<number> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("chat-studio:"))
      .reduce((n, k) => n + k.length + (localStorage.getItem(k)?.length ?? 0), 0),
  );
}

test("a large PNG is downscaled to 2048 px, sent as an image part, and still shown after a reload", async ({
  page,
  chat,
  mock,
}, testInfo) => {
  test.slow();
  const path = testInfo.outputPath("noise-3000x2000.png");
  await writeFile(path, noisePng(3000, 2000));
  await chat.goto();

  const text = `Describe this noise ${randomUUID().slice(0, 8)}`;
  await chat.messageBox.fill(text);
  await chat.attachImages(path);
  const attached = page.getByRole("list", { name: "Attached images" });
  await expect(attached.getByRole("img")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Remove image 1", exact: true })).toBeVisible();
  await chat.sendButton.click();
  await chat.waitForReplyDone();
  await expect(chat.lastAssistant()).toContainText("I received 1 image.");
  await expect(attached).toHaveCount(0);

  const { body } = await mock.lastRequest(text);
  const user = body?.messages.at(-1);
  expect(Array.isArray(user?.content) && user.content[0]).toEqual({ type: "text", text });
  const [url] = imageParts(user);
  const { mime, header } = decodeDataUrl(url ?? "");
  expect(mime).toBe("image/jpeg");
  expect(header).toMatchObject({ mime: "image/jpeg", width: 2048, height: 1365 });
  expect(await localStorageChars(page)).toBeLessThan(20_000);

  await page.reload();
  const thumb = chat.lastUser().getByRole("button", { name: "View image 1", exact: true });
  await expect(thumb.getByRole("img")).toBeVisible();
  await expect
    .poll(() => thumb.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(2048);
  await thumb.click();
  const lightbox = page.getByRole("dialog", { name: "Image 1 of 1" });
  await expect(lightbox.getByRole("img")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(lightbox).toBeHidden();

  // An edit keeps the image unless it is removed in the editor.
  await chat.messageAction(chat.lastUser(), "Edit");
  const edited = `${text} (edited)`;
  await page.getByRole("textbox", { name: "Edited text" }).fill(edited);
  await page.getByRole("button", { name: "Save edit" }).click();
  await chat.waitForReplyDone();
  const again = await mock.lastRequest(edited);
  const kept = imageParts(again.body?.messages.at(-1));
  expect(kept.length === 1 && kept[0] === url, "the edited message still carries the image").toBe(true);
});

test("a pasted image goes without text; other file types are refused with an alert", async ({
  page,
  chat,
  mock,
}) => {
  await chat.goto();
  await chat.attachInput.setInputFiles([
    { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just text") },
    {
      name: "logo.png",
      mimeType: "image/png",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
    },
  ]);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("“notes.txt” was not attached: it is not a PNG, JPEG, WebP or GIF image");
  await expect(alert).toContainText("“logo.png” was not attached");
  await expect(page.getByRole("list", { name: "Attached images" })).toHaveCount(0);
  await expect(chat.sendButton).toBeDisabled();
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toHaveCount(0);

  // A screenshot on the clipboard: a paste event carrying a PNG file and no text.
  const marker = randomUUID().slice(0, 8);
  await chat.messageBox.evaluate(async (box, name) => {
    const canvas = new OffscreenCanvas(64, 48);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context");
    context.fillStyle = "#4f46e5";
    context.fillRect(0, 0, 64, 48);
    const blob = await canvas.convertToBlob({ type: "image/png" });
    const data = new DataTransfer();
    data.items.add(new File([blob], name, { type: "image/png" }));
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, `shot-${marker}.png`);
  await expect(page.getByRole("list", { name: "Attached images" }).getByRole("img")).toBeVisible();
  await chat.sendButton.click();
  await chat.waitForReplyDone();
  await expect(chat.lastAssistant()).toContainText("You said: (no text)");
  await expect(chat.lastAssistant()).toContainText("I received 1 image.");
  const [request] = (await mock.requests())
    .filter((b) => {
      const last = b.messages.at(-1);
      return Array.isArray(last?.content) && last.content.length === 1 && imageParts(last).length === 1;
    })
    .slice(-1);
  const url = imageParts(request?.messages.at(-1))[0] ?? "";
  expect(decodeDataUrl(url).header).toMatchObject({ mime: "image/png", width: 64, height: 48 });
});

test("twenty dropped photos are sent without filling localStorage", async ({ page, chat, mock }) => {
  test.slow();
  await chat.goto();
  const text = `Twenty photos ${randomUUID().slice(0, 8)}`;
  await chat.messageBox.fill(text);
  // Photo-like JPEGs (smooth colour fields with grain), 2400×1800, dropped on the composer in one go.
  await page
    .locator("form")
    .filter({ has: chat.messageBox })
    .evaluate(async (form) => {
      const data = new DataTransfer();
      for (let i = 0; i < 20; i++) {
        const small = new OffscreenCanvas(48, 36);
        const sc = small.getContext("2d");
        const big = new OffscreenCanvas(2400, 1800);
        const bc = big.getContext("2d");
        if (!sc || !bc) throw new Error("no 2d context");
        const pixels = sc.createImageData(48, 36);
        for (let p = 0; p < pixels.data.length; p++) pixels.data[p] = p % 4 === 3 ? 255 : Math.random() * 255;
        sc.putImageData(pixels, 0, 0);
        bc.imageSmoothingQuality = "high";
        bc.drawImage(small, 0, 0, 2400, 1800);
        const blob = await big.convertToBlob({ type: "image/jpeg", quality: 0.95 });
        data.items.add(new File([blob], `photo-${i + 1}.jpg`, { type: "image/jpeg" }));
      }
      form.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
  const attached = page.getByRole("list", { name: "Attached images" });
  await expect(attached.getByRole("img")).toHaveCount(20, { timeout: 40_000 });
  await chat.sendButton.click();
  await chat.waitForReplyDone(30_000);
  await expect(chat.lastAssistant()).toContainText("I received 20 images.");

  const { body } = await mock.lastRequest(text);
  const urls = imageParts(body?.messages.at(-1));
  expect(urls).toHaveLength(20);
  for (const url of urls) {
    const { header } = decodeDataUrl(url);
    expect(Math.max(header?.width ?? 0, header?.height ?? 0)).toBe(2048);
  }
  const sent = urls.reduce((n, u) => n + u.length, 0);
  expect(sent, "the images themselves would not fit in 200 KB").toBeGreaterThan(1_000_000);
  expect(await localStorageChars(page)).toBeLessThan(200_000);
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.reload();
  await expect(chat.lastUser().getByRole("button", { name: /^View image \d+$/ })).toHaveCount(20);
});

test("Export conversation embeds the image; importing it in a fresh profile brings the image back", async ({
  page,
  chat,
  mock,
  browser,
  baseURL,
}, testInfo) => {
  const path = testInfo.outputPath("small-noise.png");
  await writeFile(path, noisePng(300, 200));
  await chat.goto();
  const text = `Carry my image ${randomUUID().slice(0, 8)}`;
  await chat.messageBox.fill(text);
  await chat.attachImages(path);
  await expect(page.getByRole("list", { name: "Attached images" }).getByRole("img")).toBeVisible();
  await chat.sendButton.click();
  await chat.waitForReplyDone();
  const [sentUrl] = imageParts((await mock.lastRequest(text)).body?.messages.at(-1));

  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export conversation", exact: true }).click();
  const file = testInfo.outputPath("with-image.json");
  await (await pending).saveAs(file);
  const envelope = JSON.parse(await readFile(file, "utf8")) as {
    conversations: { messages: { images?: { id: string }[] }[] }[];
    images?: Record<string, { mime: string; width: number; height: number; dataUrl: string }>;
  };
  const id = envelope.conversations[0]?.messages[0]?.images?.[0]?.id ?? "";
  // A PNG this small is sent as it came, so the file holds exactly the bytes that were sent.
  const { dataUrl, ...meta } = envelope.images?.[id] ?? { dataUrl: "" };
  expect(meta).toEqual({ mime: "image/png", width: 300, height: 200 });
  // Compared as a boolean: a failure message must not print megabytes of base64.
  expect(dataUrl === sentUrl, "the exported data URL is the one sent").toBe(true);

  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    const otherChat = new ChatPage(other);
    await otherChat.goto();
    await other.getByLabel("Import conversations").setInputFiles(file);
    await expect(other.getByRole("status").filter({ hasText: /^Imported 1 conversation\b/ })).toBeVisible();
    await otherChat.conversation(text).click();
    const thumb = otherChat.lastUser().getByRole("button", { name: "View image 1", exact: true });
    await expect
      .poll(() => thumb.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(300);

    // The restored bytes are what a follow-up request sends as context.
    const follow = `And again ${randomUUID().slice(0, 8)}`;
    await otherChat.send(follow);
    await otherChat.waitForReplyDone();
    const { body } = await mock.lastRequest(follow);
    const context = imageParts(body?.messages[0]);
    expect(context.length === 1 && context[0] === sentUrl, "the restored image is sent as context").toBe(
      true,
    );
  } finally {
    await fresh.close();
  }
});
