import { useLocale, useT } from "../../../components/i18n/use-t";
import { IconButton } from "../../../components/ui/button";
import { AlertIcon, CloseIcon } from "../../../components/ui/icons";
import { attachErrorText, type AttachError } from "./attach-errors";
import type { DraftImage } from "./use-composer-images";
import { ImageThumb } from "./ImageThumb";

/** The composer's images, each removable; one still being prepared shows as a placeholder. */
export function DraftImages({
  images,
  onRemove,
}: {
  images: readonly DraftImage[];
  onRemove: (key: string) => void;
}) {
  const t = useT();
  if (images.length === 0) return null;
  return (
    <ul aria-label={t("images.attached")} className="flex flex-wrap gap-2 px-1 pt-1 pb-2">
      {images.map((d, i) => (
        <li key={d.key} className="relative">
          {d.ref ? (
            <ImageThumb image={d.ref} className="h-16" />
          ) : (
            <span
              role="status"
              className="flex h-16 w-16 animate-pulse items-center justify-center rounded-lg bg-zinc-100 text-center text-[10px] text-zinc-500 dark:bg-zinc-800"
            >
              {t("images.preparing")}
            </span>
          )}
          <IconButton
            label={t("images.remove", { number: i + 1 })}
            onClick={() => onRemove(d.key)}
            className="!absolute -top-2 -right-2 !h-6 !w-6 rounded-full border border-zinc-300 bg-white shadow-sm dark:border-zinc-600 dark:bg-zinc-900"
          >
            <CloseIcon width={12} height={12} />
          </IconButton>
        </li>
      ))}
    </ul>
  );
}

/** Why files were refused, next to the composer. */
export function AttachErrors({
  errors,
  onDismiss,
}: {
  errors: readonly AttachError[];
  onDismiss: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      className="mb-2 flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200"
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <div className="min-w-0 flex-1">
        {errors.map((e, i) => (
          <p key={i} className="break-words">
            {attachErrorText(e, t, locale)}
          </p>
        ))}
        <p className="mt-1 text-xs opacity-80">{t("images.limits")}</p>
      </div>
      <IconButton label={t("images.dismiss")} onClick={onDismiss} className="!h-6 !w-6 shrink-0">
        <CloseIcon width={12} height={12} />
      </IconButton>
    </div>
  );
}
