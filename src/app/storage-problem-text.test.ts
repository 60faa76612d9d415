import { describe, expect, it } from "vitest";
import { activateLocale, t } from "../lib/i18n/i18n";
import { problem } from "../store/storage-problems";
import { storageProblemText, titleList } from "./storage-problem-text";

describe("storageProblemText", () => {
  it("says what happened with the counts and titles the store reported", () => {
    expect(storageProblemText(problem.unreadable(2), t)).toBe(
      "2 saved conversations could not be read. The data was kept under a backup key in browser storage; nothing was deleted.",
    );
    expect(storageProblemText(problem.unsaved(["Trip", "Taxes"], false), t)).toMatch(
      /^Browser storage is full: the latest changes to 2 conversations could not be saved \(“Trip”, “Taxes”\)\./,
    );
    expect(storageProblemText(problem.unsaved([], true), t)).toMatch(
      /^Browser storage is full: your settings/,
    );
    expect(storageProblemText(problem.unsaved(["One"], true), t)).toMatch(
      /1 conversation \(“One”\) and your settings/,
    );
    expect(storageProblemText(problem.newerVersion(9), t)).toMatch(/newer version of this app \(format v9\)/);
    expect(storageProblemText(problem.missingRecords(["Lost"]), t)).toMatch(
      /^1 conversation listed in browser storage was not found in IndexedDB .*: “Lost”\./,
    );
  });

  it("lists five titles, then how many more", () => {
    expect(titleList(["a", "b", "c", "d", "e", "f", "g"], t)).toBe("“a”, “b”, “c”, “d”, “e” and 2 more");
  });

  it("speaks Japanese when that is the language", async () => {
    await activateLocale("ja");
    try {
      expect(storageProblemText(problem.unsavedEarlier([{ id: "a", title: "旅行" }]), t)).toBe(
        "前回このアプリを開いていたとき、ブラウザーのストレージがいっぱいで、会話 1 件の最新の変更を保存できませんでした: 「旅行」。表示しているのは最後に保存された版です。",
      );
    } finally {
      await activateLocale("en");
    }
  });
});
