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
});
