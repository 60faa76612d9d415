import { describe, expect, it } from "vitest";
import { FakeStorage } from "./fake-storage.test-util";
import { measureLocalStorage } from "./storage-usage";

describe("measureLocalStorage", () => {
  it("counts only this app's keys, and backups apart", () => {
    const s = new FakeStorage();
    s.setItem("p:meta", "12345");
    s.setItem("p:conv:a", "x".repeat(100));
    s.setItem("p:backup:1:a", "y".repeat(50));
    s.setItem("other", "z".repeat(1000));
    expect(measureLocalStorage(s, "p")).toEqual({
      localChars: 6 + 5 + 8 + 100 + 12 + 50,
      backupChars: 62,
      conversations: 1,
    });
  });
});
