// What an image file really is, read from its first bytes: a file's name and declared MIME type are
// only claims (a renamed SVG or HTML page must not reach the provider as "image/png").

export type ImageMime = "image/png" | "image/jpeg" | "image/webp" | "image/gif";

export const SUPPORTED_MIMES: readonly ImageMime[] = ["image/png", "image/jpeg", "image/webp", "image/gif"];

export interface ImageHeader {
  mime: ImageMime;
  /** Null when the header is truncated or unusual; the decoder still knows the size. */
  width: number | null;
  height: number | null;
  /** Whether the image may hold transparent pixels (then it must not become a JPEG). */
  alpha: boolean;
}

const ascii = (b: Uint8Array, at: number, text: string): boolean =>
  [...text].every((ch, i) => b[at + i] === ch.charCodeAt(0));

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);

export function sniffImageType(b: Uint8Array): ImageMime | null {
  if (b.length >= 8 && ascii(b, 1, "PNG") && b[0] === 0x89 && b[4] === 0x0d && b[5] === 0x0a) {
    return "image/png";
  }
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 6 && (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a"))) return "image/gif";
  if (b.length >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) return "image/webp";
  return null;
}

function pngHeader(b: Uint8Array): Omit<ImageHeader, "mime"> {
  if (b.length < 26 || !ascii(b, 12, "IHDR")) return { width: null, height: null, alpha: true };
  const colorType = b[25];
  let alpha = colorType === 4 || colorType === 6;
  // A tRNS chunk gives palette or grey images transparency; it comes before the first IDAT.
  for (let at = 8; !alpha && at + 8 <= b.length;) {
    const length = u32be(b, at);
    if (ascii(b, at + 4, "tRNS")) alpha = true;
    if (ascii(b, at + 4, "IDAT") || ascii(b, at + 4, "IEND")) break;
    at += 12 + length;
  }
  return { width: u32be(b, 16), height: u32be(b, 20), alpha };
}

function jpegSize(b: Uint8Array): { width: number | null; height: number | null } {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) break;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    }
    const standalone = marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);
    at += standalone ? 2 : 2 + u16be(b, at + 2);
  }
  return { width: null, height: null };
}

function webpHeader(b: Uint8Array): Omit<ImageHeader, "mime"> {
  if (ascii(b, 12, "VP8X") && b.length >= 30) {
    return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27), alpha: ((b[20] ?? 0) & 0x10) !== 0 };
  }
  if (ascii(b, 12, "VP8L") && b.length >= 25) {
    const b1 = b[22] ?? 0;
    return {
      width: 1 + (((b1 & 0x3f) << 8) | (b[21] ?? 0)),
      height: 1 + ((((b[24] ?? 0) & 0x0f) << 10) | ((b[23] ?? 0) << 2) | ((b1 & 0xc0) >> 6)),
      alpha: ((b[24] ?? 0) & 0x10) !== 0,
    };
  }
  if (ascii(b, 12, "VP8 ") && b.length >= 30) {
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff, alpha: false };
  }
  return { width: null, height: null, alpha: true };
}

/** The type, size and transparency an image declares; null when it is not one of the four supported types. */
export function readImageHeader(b: Uint8Array): ImageHeader | null {
  const mime = sniffImageType(b);
  switch (mime) {
    case null:
      return null;
    case "image/png":
      return { mime, ...pngHeader(b) };
    case "image/jpeg":
      return { mime, ...jpegSize(b), alpha: false };
    case "image/gif":
      return { mime, width: u16le(b, 6), height: u16le(b, 8), alpha: true };
    case "image/webp":
      return { mime, ...webpHeader(b) };
  }
}
