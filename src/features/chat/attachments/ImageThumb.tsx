import { useT } from "../../../components/i18n/use-t";
import type { ImageRef } from "../../../domain/types";
import { useImageUrl } from "./image-urls";

/** A stored image at thumbnail size; the ref's own size reserves the space before the bytes load. */
export function ImageThumb({ image, className = "h-20" }: { image: ImageRef; className?: string }) {
  const t = useT();
  const url = useImageUrl(image.id);
  const box = `${className} max-w-40 rounded-lg border border-zinc-200 bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-800`;
  const style = { aspectRatio: `${image.width} / ${image.height}` };
  if (url === null) {
    return (
      <span
        style={style}
        className={`${box} flex items-center justify-center p-1 text-center text-[11px] leading-tight text-zinc-500`}
      >
        {t("images.gone")}
      </span>
    );
  }
  return url ? (
    <img
      src={url}
      alt={image.name ?? t("images.attachedImage")}
      width={image.width}
      height={image.height}
      style={style}
      className={`${box} w-auto object-cover`}
      draggable={false}
    />
  ) : (
    <span style={style} className={`${box} block animate-pulse`} />
  );
}
