import { useT } from "../../../components/i18n/use-t";
import { IconButton } from "../../../components/ui/button";
import { CloseIcon } from "../../../components/ui/icons";
import type { ImageRef } from "../../../domain/types";
import { ImageThumb } from "./ImageThumb";

/**
 * The images of a message being edited. Removing one only leaves it out of the new version: the old
 * version still shows it, so the stored bytes stay.
 */
export function EditImages({
  images,
  onChange,
}: {
  images: ImageRef[];
  onChange: (next: ImageRef[]) => void;
}) {
  const t = useT();
  if (images.length === 0) return null;
  return (
    <ul aria-label={t("images.images")} className="mb-2 flex flex-wrap gap-2 pt-1">
      {images.map((image, i) => (
        <li key={`${image.id}-${i}`} className="relative">
          <ImageThumb image={image} className="h-16" />
          <IconButton
            label={t("images.remove", { number: i + 1 })}
            onClick={() => onChange(images.filter((_, j) => j !== i))}
            className="!absolute -top-2 -right-2 !h-6 !w-6 rounded-full border border-zinc-300 bg-white shadow-sm dark:border-zinc-600 dark:bg-zinc-900"
          >
            <CloseIcon width={12} height={12} />
          </IconButton>
        </li>
      ))}
    </ul>
  );
}
