import { describe, expect, it } from "vitest";
import { fitWithin, KEEP_BYTES, MAX_INPUT_BYTES, planImage, refusal } from "./plan";

const MB = 1024 * 1024;

describe("planImage", () => {
  it("downscales a large PNG photo to 2048 px and makes it a JPEG", () => {
    expect(planImage({ mime: "image/png", width: 3000, height: 2000, bytes: 12 * MB, alpha: false })).toEqual(
      {
        action: "encode",
        width: 2048,
        height: 1365,
        output: { mime: "image/jpeg", quality: 0.85 },
      },
    );
  });

  it("keeps transparent PNGs as PNG and WebP as WebP", () => {
    const png = planImage({ mime: "image/png", width: 4000, height: 100, bytes: 2 * MB, alpha: true });
    expect(png).toMatchObject({ action: "encode", width: 2048, height: 51, output: { mime: "image/png" } });
    const webp = planImage({ mime: "image/webp", width: 1000, height: 3000, bytes: 3 * MB, alpha: true });
    expect(webp).toMatchObject({ width: 683, height: 2048, output: { mime: "image/webp" } });
  });

  it("sends small images and modest GIFs as they are", () => {
    expect(
      planImage({ mime: "image/png", width: 800, height: 600, bytes: KEEP_BYTES, alpha: false }),
    ).toEqual({
      action: "keep",
    });
    expect(planImage({ mime: "image/gif", width: 500, height: 500, bytes: 4 * MB, alpha: true })).toEqual({
      action: "keep",
    });
    expect(
      planImage({ mime: "image/gif", width: 3000, height: 500, bytes: 1000, alpha: true }),
    ).toMatchObject({
      action: "encode",
      output: { mime: "image/png" },
    });
  });

  it("re-encodes a heavy JPEG even when it already fits", () => {
    expect(planImage({ mime: "image/jpeg", width: 2000, height: 1500, bytes: 5 * MB, alpha: false })).toEqual(
      {
        action: "encode",
        width: 2000,
        height: 1500,
        output: { mime: "image/jpeg", quality: 0.85 },
      },
    );
  });

  it("refuses files too large to decode safely", () => {
    expect(planImage({ mime: "image/png", width: 10_000, height: 6_000, bytes: MB, alpha: false })).toEqual({
      action: "refuse",
      refusal: { code: "tooManyPixels", width: 10_000, height: 6_000, limitPixels: 50_000_000 },
    });
    expect(refusal({ bytes: MAX_INPUT_BYTES + 3 * MB })).toEqual({
      code: "tooLarge",
      bytes: 23 * MB,
      limitBytes: 20 * MB,
    });
    expect(refusal({ bytes: 10, width: 0, height: 5 })).toEqual({ code: "noPixels" });
  });
});

describe("fitWithin", () => {
  it("never rounds a side to zero", () => {
    expect(fitWithin(100_000, 10)).toEqual({ width: 2048, height: 1 });
    expect(fitWithin(10, 20)).toEqual({ width: 10, height: 20 });
  });
});
