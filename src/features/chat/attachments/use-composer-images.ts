// The composer's images: each file is prepared (checked, downscaled) and stored as soon as it arrives,
// one at a time so twenty photos never sit decoded in memory together.
import { useCallback, useRef, useState } from "react";
import type { ImageRef } from "../../../domain/types";
import { prepareImage } from "../../../lib/images/prepare";
import { imageStore } from "../../../store/image-store";
import type { AttachError } from "./attach-errors";
import { seedImageUrl } from "./image-urls";

export const MAX_IMAGES_PER_MESSAGE = 20;

/** `name` is null for a pasted image, which has no file name. */
export type DraftImage = { key: string; name: string | null; ref?: ImageRef };

let nextKey = 0;

async function store(file: File): Promise<{ ref: ImageRef } | { error: AttachError }> {
  const name = file.name || null;
  const result = await prepareImage(file);
  if (!result.ok) return { error: { code: "refused", name, refusal: result.refusal } };
  const { blob, ...meta } = result.image;
  try {
    const ref = await imageStore.save(blob, { ...meta, ...(file.name ? { name: file.name } : {}) });
    seedImageUrl(ref.id, blob);
    return { ref };
  } catch (error) {
    const quota = error instanceof DOMException && error.name === "QuotaExceededError";
    return { error: { code: "storeFailed", name, quota, detail: String(error) } };
  }
}

export function useComposerImages() {
  const [images, setImages] = useState<DraftImage[]>([]);
  const [errors, setErrors] = useState<AttachError[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Keys still in the composer, readable from async work without side effects inside state updaters.
  const live = useRef(new Set<string>());

  const add = useCallback((files: readonly File[]) => {
    if (files.length === 0) return;
    const room = Math.max(0, MAX_IMAGES_PER_MESSAGE - live.current.size);
    const accepted = files.slice(0, room);
    const refused: AttachError[] =
      files.length > room
        ? [{ code: "tooMany", max: MAX_IMAGES_PER_MESSAGE, refused: files.length - room }]
        : [];
    setErrors(refused);
    const drafts = accepted.map((f) => ({ key: `img-${nextKey++}`, name: f.name || null }));
    for (const d of drafts) live.current.add(d.key);
    setImages((list) => [...list, ...drafts]);
    accepted.forEach((file, i) => {
      const key = drafts[i]?.key ?? "";
      queue.current = queue.current.then(async () => {
        if (!live.current.has(key)) return;
        const outcome = await store(file);
        if (!live.current.has(key)) {
          // Removed while it was being prepared: the stored copy is not needed.
          if ("ref" in outcome) void imageStore.remove([outcome.ref.id]);
        } else if ("ref" in outcome) {
          setImages((list) => list.map((d) => (d.key === key ? { ...d, ref: outcome.ref } : d)));
        } else {
          live.current.delete(key);
          setImages((list) => list.filter((d) => d.key !== key));
          setErrors((list) => [...list, outcome.error]);
        }
      });
    });
  }, []);

  const remove = useCallback(
    (key: string) => {
      const found = images.find((d) => d.key === key);
      if (!found) return;
      live.current.delete(key);
      // Never sent, so nothing else refers to it.
      if (found.ref) void imageStore.remove([found.ref.id]);
      setImages((list) => list.filter((d) => d.key !== key));
    },
    [images],
  );

  /** Hands the ready images over to a message; they now belong to it. */
  const take = useCallback((): ImageRef[] => {
    const refs = images.flatMap((d) => (d.ref ? [d.ref] : []));
    live.current.clear();
    setImages([]);
    setErrors([]);
    return refs;
  }, [images]);

  return {
    images,
    errors,
    busy: images.some((d) => !d.ref),
    ready: images.filter((d) => d.ref).length,
    add,
    remove,
    take,
    dismissErrors: useCallback(() => setErrors([]), []),
  };
}
