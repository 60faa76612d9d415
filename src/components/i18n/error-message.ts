import { errorText, isErrorDetail, saysPartKept } from "../../lib/openai/error-detail";
import type { TFunction } from "../../lib/i18n/i18n";

type ShownError = { message: string; detail?: unknown };

/** An error in the UI's language: from its detail when it has a known one, else its stored (English) message. */
export function errorMessage(error: ShownError, t: TFunction): string {
  return isErrorDetail(error.detail) ? errorText(error.detail, t) : error.message;
}

/** Whether errorMessage() already says that the part of the reply that arrived is kept. */
export function errorSaysPartKept(error: ShownError): boolean {
  // Older data has only the English message, which said so for a cut connection or a mid-reply error.
  return isErrorDetail(error.detail) ? saysPartKept(error.detail) : /arrived is kept/i.test(error.message);
}
