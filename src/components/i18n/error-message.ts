import { errorText, isErrorDetail } from "../../lib/openai/error-detail";
import type { TFunction } from "../../lib/i18n/i18n";

/** An error in the UI's language: from its detail when it has a known one, else its stored (English) message. */
export function errorMessage(error: { message: string; detail?: unknown }, t: TFunction): string {
  return isErrorDetail(error.detail) ? errorText(error.detail, t) : error.message;
}
