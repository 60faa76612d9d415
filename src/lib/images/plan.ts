// Decides what happens to an attached image before it is stored and sent: refused, kept byte for byte,
// or downscaled and re-encoded. Pure, so every rule is tested without a browser.
import type { ImageMime } from "./sniff";

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Decoding takes 4 bytes per pixel: 50 megapixels is already 200 MB of memory. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Providers downscale larger images anyway; sending more only costs upload time and tokens. */
export const MAX_SIDE = 2048;
/** Below this, an image that needs no resizing is sent as it came. */
export const KEEP_BYTES = 1024 * 1024;
/** GIFs may be animated, and re-encoding would keep one frame: they are kept up to this size. */
export const KEEP_GIF_BYTES = 5 * 1024 * 1024;
export const LOSSY_QUALITY = 0.85;

export type Output = { mime: ImageMime; quality?: number };

/** Why an image cannot be attached; the UI words it (features/chat/attachments/attach-errors.ts). */
export type ImageRefusal =
  | { code: "tooLarge"; bytes: number; limitBytes: number }
  | { code: "tooManyPixels"; width: number; height: number; limitPixels: number }
  | { code: "noPixels" }
  | { code: "notImage"; claimedType: string }
  | { code: "damaged" }
  | { code: "cannotResize" }
  | { code: "cannotEncode" };

export type ImagePlan =
  | { action: "refuse"; refusal: ImageRefusal }
  | { action: "keep" }
  | { action: "encode"; width: number; height: number; output: Output };

export interface PlanInput {
  mime: ImageMime;
  width: number;
  height: number;
  bytes: number;
  alpha: boolean;
}

/** Checks that need only the file size and the header, before any decoding. */
export function refusal(size: {
  bytes: number;
  width?: number | null;
  height?: number | null;
}): ImageRefusal | null {
  if (size.bytes > MAX_INPUT_BYTES) {
    return { code: "tooLarge", bytes: size.bytes, limitBytes: MAX_INPUT_BYTES };
  }
  if (size.width && size.height && size.width * size.height > MAX_INPUT_PIXELS) {
    return { code: "tooManyPixels", width: size.width, height: size.height, limitPixels: MAX_INPUT_PIXELS };
  }
  if (size.width === 0 || size.height === 0) return { code: "noPixels" };
  return null;
}

export function fitWithin(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export function planImage(input: PlanInput): ImagePlan {
  const problem = refusal(input);
  if (problem) return { action: "refuse", refusal: problem };
  const target = fitWithin(input.width, input.height);
  const resize = target.width !== input.width || target.height !== input.height;
  if (!resize && input.mime === "image/gif" && input.bytes <= KEEP_GIF_BYTES) return { action: "keep" };
  if (!resize && input.bytes <= KEEP_BYTES) return { action: "keep" };
  const output: Output =
    input.mime === "image/webp"
      ? { mime: "image/webp", quality: LOSSY_QUALITY }
      : input.alpha
        ? { mime: "image/png" }
        : { mime: "image/jpeg", quality: LOSSY_QUALITY };
  return { action: "encode", ...target, output };
}
