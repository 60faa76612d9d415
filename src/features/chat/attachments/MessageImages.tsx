import { useState } from "react";
import type { ImageRef } from "../../../domain/types";
import { ImageThumb } from "./ImageThumb";
import { Lightbox } from "./Lightbox";

/** A sent message's images; each opens full size in a dialog. */
export function MessageImages({ images, align = "end" }: { images: ImageRef[]; align?: "start" | "end" }) {
  const [open, setOpen] = useState<number | null>(null);
  const shown = open === null ? undefined : images[open];
  return (
    <>
      <ul
        aria-label="Images"
        className={`mb-1.5 flex max-w-[85%] flex-wrap gap-2 ${align === "end" ? "justify-end" : ""}`}
      >
        {images.map((image, i) => (
          <li key={`${image.id}-${i}`}>
            <button
              type="button"
              aria-label={`View image ${i + 1}`}
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
          label={`Image ${open + 1} of ${images.length}`}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
