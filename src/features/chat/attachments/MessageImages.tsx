import { useState } from "react";
import { useT } from "../../../components/i18n/use-t";
import type { ImageRef } from "../../../domain/types";
import { ImageThumb } from "./ImageThumb";
import { Lightbox } from "./Lightbox";

/** A sent message's images; each opens full size in a dialog. */
export function MessageImages({ images, align = "end" }: { images: ImageRef[]; align?: "start" | "end" }) {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);
  const shown = open === null ? undefined : images[open];
  return (
    <>
      <ul
        aria-label={t("images.images")}
        className={`mb-1.5 flex max-w-[85%] flex-wrap gap-2 ${align === "end" ? "justify-end" : ""}`}
      >
        {images.map((image, i) => (
          <li key={`${image.id}-${i}`}>
            <button
              type="button"
              aria-label={t("images.view", { number: i + 1 })}
              onClick={() => setOpen(i)}
              className="block rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
            >
              <ImageThumb image={image} className="h-24" />
            </button>
          </li>
        ))}
      </ul>
      {shown && open !== null ? (
        <Lightbox
          image={shown}
          label={t("images.ofCount", { number: open + 1, count: images.length })}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
