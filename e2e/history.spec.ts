// A real-sized history: 50 MB of realistic conversations imported, stored, and all there after a
// reload; and a 10 MB answer stored whole with its final status.
import { readFile, writeFile } from "node:fs/promises";
import { HOSTILE } from "./server/hostile-content.mjs";
import { realisticHistory } from "./server/history-content.mjs";
import { readStore, DATA_DB } from "./browser-storage";
import { expect, test } from "./fixtures";

interface Envelope {
  conversations: { id: string; title: string; messages: unknown[] }[];
}

test("a 50 MB history imports, persists, and every conversation is there after a reload", async ({
  page,
  chat,
}, testInfo) => {
  // 799 conversations, 13,528 messages: parsing, validating, storing and exporting 50 MB twice takes
  // this long on a loaded 2-core machine; a user waits about as long for a file this size.
  test.setTimeout(180_000);
  const history = realisticHistory({ targetBytes: 50_000_000 });
  const text = JSON.stringify(history, null, 2);
  expect(Buffer.byteLength(text)).toBeGreaterThan(50_000_000);
  const file = testInfo.outputPath("history-50mb.json");
  await writeFile(file, text);
  const count = history.conversations.length;

  await chat.goto();
  await page.getByLabel("Import conversations").setInputFiles(file);
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: `Imported ${count} conversations (0 as copies; 0 already here).` }),
  ).toBeVisible({ timeout: 90_000 });
  await expect(chat.alert).toHaveCount(0);

  await page.reload();
  const rows = chat.sidebar.getByRole("button", { name: /^History \d+:/ });
  await expect(rows).toHaveCount(count, { timeout: 30_000 });

  // Every conversation is there, message for message: what "Export all" writes equals the file.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all" }).click();
  const saved = testInfo.outputPath("export-after-reload.json");
  await (await download).saveAs(saved);
  const exported = JSON.parse(await readFile(saved, "utf8")) as Envelope;
  const byId = new Map(exported.conversations.map((c) => [c.id, c]));
  expect(byId.size).toBe(count);
  for (const conv of history.conversations) {
    const back = byId.get(conv.id);
    expect(back?.title).toBe(conv.title);
    expect(back?.messages).toEqual(conv.messages);
  }

  // The oldest one opens at its last question.
  const oldest = history.conversations[0];
  if (!oldest) throw new Error("empty history");
  const lastQuestion = oldest.messages[oldest.messages.length - 2]?.content ?? "";
  await chat.conversation(oldest.title).click();
  await expect(chat.lastUser()).toContainText(lastQuestion.slice(0, 40));
});

test("a 10 MB answer is stored whole, with its final status", async ({ page, chat }) => {
  test.setTimeout(90_000);
  const answer = HOSTILE.huge();
  await chat.goto();
  await chat.sendScenario("A ten megabyte answer", "huge");
  await chat.waitForStreaming();
  // This test is about storage (e2e/hostile-replies.spec.ts is about showing it), so it looks elsewhere.
  await chat.newChat();

  const stored = async () => {
    const records = await readStore(page, DATA_DB, "conversations");
    for (const [, record] of records) {
      const conv = JSON.parse((record as { json: string }).json) as {
        title: string;
        messages: { role: string; content: string; status: string }[];
      };
      if (!conv.title.startsWith("A ten megabyte answer")) continue;
      const reply = conv.messages.find((m) => m.role === "assistant");
      return { length: reply?.content.length ?? 0, status: reply?.status };
    }
    return null;
  };
  await expect.poll(stored, { timeout: 60_000 }).toEqual({ length: answer.length, status: "complete" });

  await page.reload();
  await expect(chat.conversation("A ten megabyte answer [[mock:huge]]")).toBeVisible();
  expect(await stored()).toEqual({ length: answer.length, status: "complete" });
  await expect(chat.alert).toHaveCount(0);
});
