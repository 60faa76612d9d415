// Turns a user's file into the image that is stored and sent: sniffed, checked, decoded and, when large,
// downscaled and re-encoded in the browser (createImageBitmap + OffscreenCanvas, or a canvas element).
import { planImage, refusal, type ImageRefusal, type Output } from "./plan";
import { readImageHeader, type ImageMime } from "./sniff";

export interface PreparedImage {
  blob: Blob;
  mime: ImageMime;
  width: number;
  height: number;
}

export type PrepareResult = { ok: true; image: PreparedImage } | { ok: false; refusal: ImageRefusal };

const refuse = (refusal: ImageRefusal): PrepareResult => ({ ok: false, refusal });

type Surface = { canvas: OffscreenCanvas | HTMLCanvasElement; context: CanvasRenderingContext2D };

function surface(width: number, height: number): Surface | null {
  const canvas =
    typeof OffscreenCanvas !== "undefined"
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement("canvas"), { width, height });
  // Both canvases return a 2D context with the same drawing API; only the type declarations differ.
  const context = canvas.getContext("2d") as CanvasRenderingContext2D | null;
  return context ? { canvas, context } : null;
}

function encode(canvas: Surface["canvas"], output: Output): Promise<Blob | null> {
  if ("convertToBlob" in canvas) {
    return canvas.convertToBlob({ type: output.mime, quality: output.quality }).catch(() => null);
  }
  return new Promise((resolve) => canvas.toBlob(resolve, output.mime, output.quality));
}

async function decode(blob: Blob): Promise<ImageBitmap | null> {
  try {
    // "from-image" applies EXIF rotation, so a phone photo is not sent sideways.
    return await createImageBitmap(blob, { imageOrientation: "from-image" });
  } catch {
    return null;
  }
}

/** Never throws: a refusal comes back as a code with its numbers, for the UI to word. */
export async function prepareImage(file: Blob): Promise<PrepareResult> {
  const early = refusal({ bytes: file.size });
  if (early) return refuse(early);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const header = readImageHeader(bytes);
  if (!header) {
    return refuse({ code: "notImage", claimedType: file.type });
  }
  const sizeProblem = refusal({ bytes: file.size, width: header.width, height: header.height });
  if (sizeProblem) return refuse(sizeProblem);

  // A fresh blob with the sniffed type, so a wrong extension or MIME claim cannot travel on.
  const source = new Blob([bytes], { type: header.mime });
  const bitmap = await decode(source);
  if (!bitmap) return refuse({ code: "damaged" });
  try {
    const plan = planImage({
      mime: header.mime,
      width: bitmap.width,
      height: bitmap.height,
      bytes: file.size,
      alpha: header.alpha,
    });
    if (plan.action === "refuse") return refuse(plan.refusal);
    const kept: PrepareResult = {
      ok: true,
      image: { blob: source, mime: header.mime, width: bitmap.width, height: bitmap.height },
    };
    if (plan.action === "keep") return kept;

    const target = surface(plan.width, plan.height);
    if (!target) return refuse({ code: "cannotResize" });
    const { context } = target;
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = "high";
    if (plan.output.mime === "image/jpeg") {
      // JPEG has no alpha: fill white so stray transparent pixels do not turn black.
      context.fillStyle = "#fff";
      context.fillRect(0, 0, plan.width, plan.height);
    }
    context.drawImage(bitmap, 0, 0, plan.width, plan.height);
    let encoded = await encode(target.canvas, plan.output);
    // A browser that cannot write the type returns PNG instead; a photo is better off as JPEG.
    if (encoded && encoded.type !== plan.output.mime && plan.output.mime === "image/webp") {
      encoded = await encode(target.canvas, { mime: "image/jpeg", quality: plan.output.quality });
    }
    if (!encoded || !readImageHeader(new Uint8Array(await encoded.slice(0, 16).arrayBuffer()))) {
      return refuse({ code: "cannotEncode" });
    }
    const resized = plan.width !== bitmap.width || plan.height !== bitmap.height;
    if (!resized && encoded.size >= file.size) return kept;
    return {
      ok: true,
      image: {
        blob: encoded,
        mime: encoded.type as ImageMime,
        width: plan.width,
        height: plan.height,
      },
    };
  } finally {
    bitmap.close();
  }
}
