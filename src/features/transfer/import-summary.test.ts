import { describe, expect, it } from "vitest";
import { importSummary } from "./import-summary";

describe("importSummary", () => {
  it("counts what was stored, copied and already here", () => {
    expect(importSummary({ added: 2, copies: 1, unchanged: 3 })).toBe(
      "Imported 3 conversations (1 as a copy; 3 already here).",
    );
    expect(importSummary({ added: 1, copies: 0, unchanged: 0 })).toBe(
      "Imported 1 conversation (0 as copies; 0 already here).",
    );
    expect(importSummary({ added: 0, copies: 0, unchanged: 1 })).toBe(
      "Nothing new: 1 conversation already here.",
    );
    expect(importSummary({ added: 0, copies: 0, unchanged: 0 })).toBe("The file has no conversations.");
  });

  it("says exactly how many new conversations could not be stored", () => {
    expect(importSummary({ added: 25, copies: 2, unchanged: 0, notStored: 73 })).toBe(
      "Imported 27 of 100 new conversations: browser storage is full, so 73 could not be stored and were left out. Delete old chats to free space, then import the file again (what is here already is skipped).",
    );
    expect(importSummary({ added: 0, copies: 0, unchanged: 4, notStored: 1 })).toMatch(
      /^Nothing was imported: browser storage is full, so none of the 1 new conversation could be stored\./,
    );
  });
});
