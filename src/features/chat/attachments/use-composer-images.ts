// The composer's images, kept in the conversation's draft: each file is prepared (checked, downscaled)
// and stored as soon as it arrives, one at a time so twenty photos never sit decoded in memory together.
// The work belongs to the draft, not to the component: switching chats meanwhile loses nothing.
import { useCallback } from "react";
import type { ImageRef } from "../../../domain/types";
import { prepareImage } from "../../../lib/images/prepare";
import { drafts, newDraftImageKey, useDraftAttachments, type DraftImage } from "../../../store/drafts";
import { imageStore } from "../../../store/image-store";
import type { AttachError } from "./attach-errors";
import { seedImageUrl } from "./image-urls";

export const MAX_IMAGES_PER_MESSAGE = 20;

export type { DraftImage };

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

let queue: Promise<void> = Promise.resolve();

const stillAttached = (draftKey: string, key: string) =>
  drafts.attachments(draftKey).images.some((d) => d.key === key);

export function attachFiles(draftKey: string, files: readonly File[]): void {
  if (files.length === 0) return;
  const room = Math.max(0, MAX_IMAGES_PER_MESSAGE - drafts.attachments(draftKey).images.length);
  const accepted = files.slice(0, room);
  const refused: AttachError[] =
    files.length > room
      ? [{ code: "tooMany", max: MAX_IMAGES_PER_MESSAGE, refused: files.length - room }]
      : [];
  const pending = accepted.map((f) => ({ key: newDraftImageKey(), name: f.name || null }));
  drafts.updateAttachments(draftKey, (a) => ({ images: [...a.images, ...pending], errors: refused }));
  accepted.forEach((file, i) => {
    const key = pending[i]?.key ?? "";
    queue = queue.then(async () => {
      if (!stillAttached(draftKey, key)) return;
      const outcome = await store(file);
      if (!stillAttached(draftKey, key)) {
        // Removed (or sent without it) while it was being prepared: the stored copy is not needed.
        if ("ref" in outcome) void imageStore.remove([outcome.ref.id]);
      } else if ("ref" in outcome) {
        drafts.updateAttachments(draftKey, (a) => ({
          ...a,
          images: a.images.map((d) => (d.key === key ? { ...d, ref: outcome.ref } : d)),
        }));
      } else {
        drafts.updateAttachments(draftKey, (a) => ({
          images: a.images.filter((d) => d.key !== key),
          errors: [...a.errors, outcome.error],
        }));
      }
    });
  });
}

export function useComposerImages(draftKey: string) {
  const { images, errors } = useDraftAttachments(draftKey);

  const remove = useCallback(
    (key: string) => {
      const found = drafts.attachments(draftKey).images.find((d) => d.key === key);
      if (!found) return;
      // Never sent, so nothing else refers to it.
      if (found.ref) void imageStore.remove([found.ref.id]);
      drafts.updateAttachments(draftKey, (a) => ({ ...a, images: a.images.filter((d) => d.key !== key) }));
    },
    [draftKey],
  );

  return {
    images,
    errors,
    busy: images.some((d) => !d.ref),
    ready: images.filter((d) => d.ref).length,
    add: useCallback((files: readonly File[]) => attachFiles(draftKey, files), [draftKey]),
    remove,
    dismissErrors: useCallback(
      () => drafts.updateAttachments(draftKey, (a) => ({ ...a, errors: [] })),
      [draftKey],
    ),
  };
}
