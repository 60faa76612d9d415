import { useEffect, useRef } from "react";
import { IconButton } from "../../../components/ui/button";
import { CloseIcon } from "../../../components/ui/icons";
import type { ImageRef } from "../../../domain/types";
import { useImageUrl } from "./image-urls";

/** One image at full size in a modal dialog: Escape, the close button or a click outside the image closes it. */
export function Lightbox({ image, label, onClose }: { image: ImageRef; label: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const url = useImageUrl(image.id);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-label={label}
      // The guard: a close queued by an effect cleanup (StrictMode remounts) arrives after showModal again.
      onClose={() => {
        if (!ref.current?.open) onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      className="m-auto max-h-[95vh] max-w-[95vw] overflow-visible bg-transparent p-0 backdrop:bg-black/80"
    >
      <div className="relative">
        {url ? (
          <img
            src={url}
            alt={image.name ?? label}
            width={image.width}
            height={image.height}
            className="block h-auto max-h-[90vh] w-auto max-w-[92vw] rounded-lg bg-white object-contain"
          />
        ) : (
          <p className="rounded-lg bg-white p-6 text-sm text-zinc-600">
            {url === null ? "This image is no longer stored in this browser." : "Loading…"}
          </p>
        )}
        <p className="mt-2 text-center text-xs text-zinc-300">
          {image.name ? `${image.name} · ` : ""}
          {image.width}×{image.height} · {Math.max(1, Math.round(image.bytes / 1024))} KB
        </p>
        <IconButton
          label="Close image"
          onClick={onClose}
          autoFocus
          className="!absolute top-2 right-2 bg-black/60 !text-white hover:!bg-black/80"
        >
          <CloseIcon />
        </IconButton>
      </div>
    </dialog>
  );
}
