import { describe, expect, it } from "vitest";
import { activateLocale, t } from "../../lib/i18n/i18n";
import { importProblemText, importSummary } from "./import-problems";

describe("importSummary", () => {
  it("counts what was stored, copied and already here", () => {
    expect(importSummary({ added: 2, copies: 1, unchanged: 3 }, t)).toBe(
      "Imported 3 conversations (1 as a copy; 3 already here).",
    );
    expect(importSummary({ added: 1, copies: 0, unchanged: 0 }, t)).toBe(
      "Imported 1 conversation (0 as copies; 0 already here).",
    );
    expect(importSummary({ added: 0, copies: 0, unchanged: 1 }, t)).toBe(
      "Nothing new: 1 conversation already here.",
    );
    expect(importSummary({ added: 0, copies: 0, unchanged: 0 }, t)).toBe("The file has no conversations.");
  });

  it("counts in Japanese", async () => {
    await activateLocale("ja");
    try {
      expect(importSummary({ added: 2, copies: 1, unchanged: 3 }, t)).toBe(
        "3 件の会話をインポートしました（うち 1 件はコピーとして追加、3 件は既存）。",
      );
      expect(importProblemText({ code: "tooManyMessages", count: 100001, max: 100000 }, t)).toBe(
        "メッセージが多すぎます（100001 件。一度にインポートできるのは 100000 件までです）。",
      );
    } finally {
      await activateLocale("en");
    }
  });
});
