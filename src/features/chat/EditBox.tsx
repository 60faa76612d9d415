import { useEffect, useState } from "react";
import { Button } from "../../components/ui/button";
import { useT } from "../../components/i18n/use-t";
import { isComposing } from "../../components/keyboard/ime";
import type { ImageRef } from "../../domain/types";
import { registerUnsavedInput } from "../../store/unsaved-input";
import { EditImages } from "./attachments/EditImages";

/** In-place editor for a sent message; saving sends it as a new branch. Its images stay unless removed. */
export function EditBox({
  initial,
  images: initialImages = [],
  onSave,
  onCancel,
}: {
  initial: string;
  images?: ImageRef[];
  onSave: (text: string, images: ImageRef[]) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [images, setImages] = useState(initialImages);
  const canSave = text.trim().length > 0 || images.length > 0;
  // An edit in progress holds back a reload to a new version of the app (store/reload-guard.ts).
  const changed = text !== initial || images !== initialImages;
  useEffect(() => registerUnsavedInput(() => changed), [changed]);
  return (
    <div className="w-full max-w-[85%] rounded-2xl border border-zinc-300 bg-white p-3 has-[textarea:focus-visible]:outline-2 has-[textarea:focus-visible]:outline-offset-2 has-[textarea:focus-visible]:outline-indigo-500 dark:border-zinc-700 dark:bg-zinc-900 dark:has-[textarea:focus-visible]:outline-indigo-400">
      <EditImages images={images} onChange={setImages} />
      <textarea
        aria-label={t("chat.editedText")}
        value={text}
        autoFocus
        rows={Math.min(12, Math.max(2, text.split("\n").length))}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (isComposing(e)) return;
          if (e.key === "Escape") onCancel();
          if (e.key === "Enter" && !e.shiftKey && canSave) {
            e.preventDefault();
            onSave(text, images);
          }
        }}
        className="w-full resize-y bg-transparent text-[15px] leading-7 outline-none"
      />
      <div className="mt-2 flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          {t("chat.cancel")}
        </Button>
        <Button variant="primary" disabled={!canSave} onClick={() => onSave(text, images)}>
          {t("chat.saveEdit")}
        </Button>
      </div>
    </div>
  );
}
