import { describe, expect, it, vi } from "vitest";
import { MAX_IMPORT_BYTES } from "./limits";
import { fileDate, slugify } from "../../lib/download";
import { allConversationsFileName, conversationFileName, readFileText, FileTooLargeError } from "./file-io";

describe("readFileText", () => {
  it("refuses a file over 200 MB without reading it", async () => {
    const text = vi.fn(async () => "");
    await expect(readFileText({ size: MAX_IMPORT_BYTES + 1, text })).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
    expect(text).not.toHaveBeenCalled();
  });

  it("reads UTF-8 text", async () => {
    await expect(readFileText(new Blob(["日本語 ✓"]))).resolves.toBe("日本語 ✓");
  });
});

describe("file names", () => {
  const day = new Date(2025, 0, 5, 23, 59);

  it("uses the local date", () => {
    expect(fileDate(day)).toBe("2025-01-05");
  });

  it("slugs titles in any script", () => {
    expect(slugify("Hello, World: part 2!")).toBe("hello-world-part-2");
    expect(slugify("日本語の会話：テスト")).toBe("日本語の会話-テスト");
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
    expect(slugify("???")).toBe("conversation");
    expect(slugify("a".repeat(80))).toHaveLength(50);
  });

  it("names exports", () => {
    expect(conversationFileName("My chat", day, "json")).toBe("chat-studio-my-chat-2025-01-05.json");
    expect(conversationFileName("My chat", day, "md")).toBe("chat-studio-my-chat-2025-01-05.md");
    expect(allConversationsFileName(day)).toBe("chat-studio-all-2025-01-05.json");
  });
});
