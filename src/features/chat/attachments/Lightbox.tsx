import { useEffect, useRef } from "react";
import { useLocale, useT } from "../../../components/i18n/use-t";
import { IconButton } from "../../../components/ui/button";
import { formatBytes } from "../../../lib/i18n/format";
import { CloseIcon } from "../../../components/ui/icons";
import type { ImageRef } from "../../../domain/types";
import { useImageUrl } from "./image-urls";

/** One image at full size in a modal dialog: Escape, the close button or a click outside the image closes it. */
export function Lightbox({ image, label, onClose }: { image: ImageRef; label: string; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
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
            {url === null ? t("images.goneLong") : t("images.loading")}
          </p>
        )}
        <p className="mt-2 text-center text-xs text-zinc-300">
          {image.name ? `${image.name} · ` : ""}
          {image.width}×{image.height} · {formatBytes(image.bytes, locale)}
        </p>
        <IconButton
          label={t("images.close")}
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
