// Storage as the user meets it when something is wrong: every stored value garbled, data from a newer
// version, and a full disk. The condition is created in the browser's real storage before the app loads.
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { realisticHistory } from "./server/history-content.mjs";
import { fillLocalStorage, imageIds, localEntries, readStore, seedStorage, DATA_DB } from "./browser-storage";
import { expect, test } from "./fixtures";
import { storedConversation } from "./seed";

const HOUR = 60 * 60 * 1000;
const stub = (title: string) => JSON.stringify({ rev: "r1", title, updatedAt: 1, chars: 100 });

test("every stored value garbled at start: the alerts say so, the data and its images are kept", async ({
  page,
  chat,
}) => {
  const longAgo = Date.now() - 48 * HOUR;
  await seedStorage(page, {
    local: {
      "chat-studio:meta": "{garbled settings",
      "chat-studio:conv:c_bad": '{"id":"c_bad","messages":[{"images":[{"id":"img_in_bad_local"',
      "chat-studio:ref:c_broken": stub("Broken record"),
      "chat-studio:ref:c_lost": stub("Lost chat"),
      "chat-studio:unsaved": "not json either",
    },
    records: [{ id: "c_broken", rev: "r1", json: '{"messages":"img_in_bad_record' }],
    images: [
      { id: "img_in_bad_local", createdAt: longAgo },
      { id: "img_in_bad_record", createdAt: longAgo },
      { id: "img_orphan", createdAt: longAgo },
    ],
  });
  await chat.goto();
  await expect(chat.alert.filter({ hasText: "Saved settings could not be read" })).toBeVisible();
  await expect(chat.alert.filter({ hasText: /^2 saved conversations could not be read/ })).toBeVisible();
  await expect(chat.alert.filter({ hasText: "“Lost chat”" })).toBeVisible();

  // The clean-up runs (the image nothing mentions goes) and keeps the images the unreadable data names.
  await expect
    .poll(() => imageIds(page), { timeout: 20_000 })
    .toEqual(["img_in_bad_local", "img_in_bad_record"]);

  // Every garbled text is kept as a backup; nothing unreadable is left where it would be written over.
  const local = await localEntries(page);
  const backups = Object.entries(local).filter(([k]) => k.startsWith("chat-studio:backup:"));
  expect(backups.map(([, v]) => v).sort()).toEqual(
    [
      "{garbled settings",
      '{"id":"c_bad","messages":[{"images":[{"id":"img_in_bad_local"',
      stub("Lost chat"),
    ].sort(),
  );
  expect(local["chat-studio:conv:c_bad"]).toBeUndefined();
  const indexedBackups = await readStore(page, DATA_DB, "backups");
  expect(indexedBackups.map(([, v]) => v)).toEqual(['{"messages":"img_in_bad_record']);

  // The app works and opens again; what was reported once is not reported again.
  await chat.send("Still works after the damage");
  await chat.waitForReplyDone();
  await page.reload();
  await expect(chat.conversation("Still works after the damage")).toBeVisible();
  await expect(chat.alert).toHaveCount(0);
  expect(await imageIds(page)).toEqual(["img_in_bad_local", "img_in_bad_record"]);
});

test("data from a newer version: said, nothing written, nothing deleted, images kept", async ({
  page,
  chat,
}) => {
  const newer = JSON.stringify({ version: 99, settings: { apiKey: "kept" }, someFutureField: [1, 2, 3] });
  await seedStorage(page, {
    local: {
      "chat-studio:meta": newer,
      "chat-studio:conv:c_future": '{"id":"c_future","format":"from the future"}',
      "chat-studio:ref:c_far": stub("Far future"),
    },
    records: [{ id: "c_far", rev: "r9", json: '{"id":"c_far","shape":"unknown"}' }],
    images: [{ id: "img_old", createdAt: Date.now() - 48 * HOUR }],
  });
  const before = await localEntries(page);
  const recordsBefore = await readStore(page, DATA_DB, "conversations");

  await chat.goto();
  await expect(
    chat.alert.filter({ hasText: "saved by a newer version of this app (format v99)" }),
  ).toBeVisible();
  // The app can still be used; nothing of it is saved over the newer data.
  await chat.send("Typed in the old tab");
  await chat.waitForReplyDone();
  // Past the image clean-up's start (5 s after loading): it must not run at all.
  await page.waitForTimeout(6500);
  expect(await imageIds(page)).toEqual(["img_old"]);
  expect(await localEntries(page)).toEqual(before);
  expect(await readStore(page, DATA_DB, "conversations")).toEqual(recordsBefore);

  await page.reload();
  await expect(chat.alert.filter({ hasText: "newer version" })).toBeVisible();
  await expect(chat.messageBox).toBeVisible();
});

test("when storage is full the app says what was not saved, before and after a reload", async ({
  page,
  chat,
  context,
}, testInfo) => {
  await page.goto("/favicon.svg");
  // IndexedDB (with everything but localStorage) gets 250 KB; localStorage is nearly full of another
  // program's data, with room for settings and small records but not for a conversation.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", {
    origin: new URL(page.url()).origin,
    quotaSize: 250_000,
  });
  await fillLocalStorage(page, 6_000);

  // An import that cannot be stored whole: stored in part, and the exact count said.
  const history = realisticHistory({ targetBytes: 1_500_000, seed: 3 });
  const total = history.conversations.length;
  const file = testInfo.outputPath("history.json");
  await writeFile(file, JSON.stringify(history, null, 2));
  await chat.goto();
  await page.getByLabel("Import conversations").setInputFiles(file);
  const notice = chat.alert.filter({ hasText: "new conversations: browser storage is full" });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  const [, stored, wanted, notStored] =
    /Imported (\d+) of (\d+) new conversations: browser storage is full, so (\d+) could not be stored/.exec(
      (await notice.textContent()) ?? "",
    ) ?? [];
  expect(Number(wanted)).toBe(total);
  expect(Number(stored) + Number(notStored)).toBe(total);
  expect(Number(stored)).toBeGreaterThan(0);
  expect(Number(notStored)).toBeGreaterThan(0);
  const rows = chat.sidebar.getByRole("button", { name: /^History \d+:/ });
  await expect(rows).toHaveCount(Number(stored));

  // A conversation that fits nowhere: named while the page is open…
  await chat.newChat();
  await chat.send(`Unsaved note\n${randomBytes(45_000).toString("base64")}`);
  await chat.waitForReplyDone();
  await expect(
    chat.alert.filter({
      hasText: "Browser storage is full: the latest changes to 1 conversation could not be saved",
    }),
  ).toContainText("“Unsaved note”");

  // …and after a reload, which shows exactly what was stored.
  await page.reload();
  await expect(chat.messageBox).toBeVisible();
  await expect(
    chat.alert.filter({ hasText: "When this app was last open, browser storage was full" }),
  ).toContainText("“Unsaved note”");
  await expect(rows).toHaveCount(Number(stored));
  await expect(chat.conversation("Unsaved note")).toHaveCount(0);
});

test("a reply that ends just before a reload is kept while its conversation's IndexedDB write is still under way", async ({
  page,
  chat,
}) => {
  // Too long for localStorage: the conversation lives in IndexedDB and is written there whole.
  const long = storedConversation(
    {
      id: "c_long",
      title: "Long answer",
      texts: ["Tell me a lot", `The long answer. ${"More words. ".repeat(40_000)}`],
    },
    Date.now(),
  );
  const json = JSON.stringify(long);
  await seedStorage(page, {
    local: {
      "chat-studio:meta": JSON.stringify({ version: 1, activeId: "c_long" }),
      "chat-studio:ref:c_long": JSON.stringify({
        rev: "r1",
        title: "Long answer",
        updatedAt: 1,
        chars: json.length,
      }),
    },
    records: [{ id: "c_long", rev: "r1", json }],
  });
  await chat.goto();
  await expect(chat.assistantMessages().first()).toContainText("The long answer.");

  // As on a slow phone: IndexedDB writes wait (here behind a transaction that lasts as long as the page).
  await page.evaluate(
    (db) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => {
          const store = open.result.transaction("conversations", "readwrite").objectStore("conversations");
          const spin = () => (store.get("none").onsuccess = spin);
          spin();
          resolve();
        };
      }),
    DATA_DB,
  );
  await chat.send("Still there?");
  await expect(chat.lastAssistant()).toContainText("You said: Still there?");
  await expect(chat.lastAssistant()).not.toHaveAttribute("aria-busy", "true");

  await page.reload();
  await expect(chat.lastUser()).toContainText("Still there?");
  await expect(chat.lastAssistant()).toContainText("You said: Still there?");
  await expect(chat.lastAssistant().getByText("Stopped — the reply was interrupted.")).toHaveCount(0);
  // Written whole to IndexedDB once the page can, and the copy in localStorage goes.
  await expect
    .poll(async () => {
      const record = (await readStore(page, DATA_DB, "conversations")).find(([id]) => id === "c_long");
      return String((record?.[1] as { json?: string } | undefined)?.json).includes("You said: Still there?");
    })
    .toBe(true);
  await expect
    .poll(async () => Object.keys(await localEntries(page)).filter((k) => k.includes(":tail:")))
    .toEqual([]);
});
