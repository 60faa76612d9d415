import { describe, expect, it } from "vitest";
import { parseDataUrl, toDataUrl } from "./data-url";

describe("data URLs", () => {
  it("round-trips bytes, large ones included", () => {
    const bytes = Uint8Array.from({ length: 30_000 }, (_, i) => (i * 7919) & 255);
    const url = toDataUrl("image/png", bytes);
    expect(url.startsWith("data:image/png;base64,")).toBe(true);
    expect(url.slice(22)).toBe(Buffer.from(bytes).toString("base64"));
    expect(parseDataUrl(url)).toEqual({ mime: "image/png", bytes });
  });

  it("refuses what is not a base64 data URL", () => {
    expect(parseDataUrl("https://example.com/a.png")).toBeNull();
    expect(parseDataUrl("data:image/png,raw")).toBeNull();
    expect(parseDataUrl("data:image/png;base64,@@")).toBeNull();
  });
});
