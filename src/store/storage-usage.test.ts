import { describe, expect, it } from "vitest";
import { FakeStorage } from "./fake-storage.test-util";
import { measureLocalStorage } from "./storage-usage";

describe("measureLocalStorage", () => {
  it("counts this app's keys, backups apart, and the conversations kept in IndexedDB by their stubs", () => {
    const s = new FakeStorage();
    s.setItem("p:meta", "12345");
    s.setItem("p:conv:a", "x".repeat(100));
    s.setItem("p:backup:1:a", "y".repeat(50));
    s.setItem("p:ref:b", JSON.stringify({ rev: "1", title: "B", updatedAt: 1, chars: 4000 }));
    s.setItem("p:ref:c", "garbled");
    s.setItem("other", "z".repeat(1000));
    const stubB = JSON.stringify({ rev: "1", title: "B", updatedAt: 1, chars: 4000 });
    expect(measureLocalStorage(s, "p")).toEqual({
      local: {
        chars: 6 + 5 + 8 + 100 + 12 + 50 + 7 + stubB.length + 7 + 7,
        backupChars: 62,
        conversations: 1,
        quotaChars: 5_242_880,
      },
      indexed: { conversations: 2, chars: 4000 },
    });
  });
});
