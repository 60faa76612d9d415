import { describe, expect, it } from "vitest";
import { safeUrl } from "./safe-url";

describe("safeUrl", () => {
  it.each(["https://example.com/a?b#c", "http://x.test", "mailto:a@b.c", "#fn-1", "HTTPS://EXAMPLE.COM"])(
    "keeps %s",
    (url) => expect(safeUrl(url)).toBe(url),
  );
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "/relative/path",
    "//evil.example",
  ])("drops %j", (url) => expect(safeUrl(url)).toBe(""));
});
