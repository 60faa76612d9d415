// Why files were not attached, as data until shown: the composer's draft keeps these, AttachErrors words them.
import type { AttachError } from "../../../lib/images/attach-error";
import type { ImageRefusal } from "../../../lib/images/plan";
import { formatBytes } from "../../../lib/i18n/format";
import type { TFunction } from "../../../lib/i18n/i18n";
import type { Locale } from "../../../lib/i18n/locale";

export type { AttachError };

function reason(refusal: ImageRefusal, t: TFunction, locale: Locale): string {
  switch (refusal.code) {
    case "tooLarge":
      return t("images.tooLarge", {
        size: formatBytes(refusal.bytes, locale),
        limit: formatBytes(refusal.limitBytes, locale),
      });
    case "tooManyPixels":
      return t("images.tooManyPixels", {
        width: refusal.width,
        height: refusal.height,
        megapixels: Math.round((refusal.width * refusal.height) / 1e6),
        limit: refusal.limitPixels / 1e6,
      });
    case "notImage":
      return refusal.claimedType
        ? t("images.notImageClaimed", { type: refusal.claimedType })
        : t("images.notImage");
    case "noPixels":
      return t("images.noPixels");
    case "damaged":
      return t("images.damaged");
    case "cannotResize":
      return t("images.cannotResize");
    case "cannotEncode":
      return t("images.cannotEncode");
  }
}

export function attachErrorText(error: AttachError, t: TFunction, locale: Locale): string {
  if (error.code === "tooMany") return t("images.tooMany", { max: error.max, refused: error.refused });
  const name = error.name ?? t("images.pastedImage");
  const why =
    error.code === "refused"
      ? reason(error.refusal, t, locale)
      : error.quota
        ? t("images.storageFull")
        : t("images.storeFailed", { detail: error.detail });
  return t("images.notAttached", { name, reason: why });
}
