import { describe, expect, it } from "vitest";
import { readImageHeader, sniffImageType } from "./sniff";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function png(width: number, height: number, colorType: number, extraChunk?: string): Uint8Array {
  const ihdr = [
    ...u32(13),
    ...bytes("IHDR"),
    ...u32(width),
    ...u32(height),
    8,
    colorType,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ];
  const extra = extraChunk ? [...u32(1), ...bytes(extraChunk), 0, 0, 0, 0, 0] : [];
  return bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a], ihdr, extra, u32(0), "IDAT", [0, 0, 0, 0]);
}

describe("sniffImageType", () => {
  it("reads the magic bytes, not the name", () => {
    expect(sniffImageType(png(1, 1, 2))).toBe("image/png");
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageType(bytes("GIF89a", [1, 0, 1, 0]))).toBe("image/gif");
    expect(sniffImageType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses SVG, text and truncated files", () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(bytes("hello"))).toBeNull();
    expect(sniffImageType(bytes([0x89], "PN"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe("readImageHeader", () => {
  it("reads PNG size and transparency from the colour type or a tRNS chunk", () => {
    expect(readImageHeader(png(3000, 2000, 2))).toEqual({
      mime: "image/png",
      width: 3000,
      height: 2000,
      alpha: false,
    });
    expect(readImageHeader(png(10, 20, 6))?.alpha).toBe(true);
    expect(readImageHeader(png(10, 20, 3, "tRNS"))?.alpha).toBe(true);
    expect(readImageHeader(png(10, 20, 3, "PLTE"))?.alpha).toBe(false);
  });

  it("finds the JPEG frame size after other segments", () => {
    const app0 = [0xff, 0xe0, 0, 6, 1, 2, 3, 4];
    const sof2 = [0xff, 0xc2, 0, 11, 8, 0x07, 0xd0, 0x0b, 0xb8, 3, 0, 0, 0];
    expect(readImageHeader(bytes([0xff, 0xd8], app0, sof2))).toMatchObject({
      mime: "image/jpeg",
      width: 3000,
      height: 2000,
      alpha: false,
    });
  });

  it("reads GIF and the three WebP variants", () => {
    expect(readImageHeader(bytes("GIF89a", [0x40, 0x01, 0xf0, 0x00]))).toMatchObject({
      width: 320,
      height: 240,
    });
    const riff = (chunk: string, body: number[]) => bytes("RIFF", [0, 0, 0, 0], "WEBP", chunk, body);
    const lossy = riff("VP8 ", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0x03, 0x58, 0x02]);
    expect(readImageHeader(lossy)).toMatchObject({ width: 800, height: 600, alpha: false });
    const extended = riff("VP8X", [0, 0, 0, 0, 0x10, 0, 0, 0, 0x1f, 0x03, 0, 0x57, 0x02, 0]);
    expect(readImageHeader(extended)).toMatchObject({ width: 800, height: 600, alpha: true });
    // VP8L packs 14-bit width-1 and height-1 after a 0x2f signature byte.
    const w = 799;
    const h = 599;
    const bits = w | (h << 14);
    const lossless = riff("VP8L", [
      0,
      0,
      0,
      0,
      0x2f,
      bits & 255,
      (bits >> 8) & 255,
      (bits >> 16) & 255,
      bits >>> 24,
    ]);
    expect(readImageHeader(lossless)).toMatchObject({ width: 800, height: 600, alpha: false });
  });
});
