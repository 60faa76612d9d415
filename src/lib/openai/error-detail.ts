// What went wrong with a request, as data: a code and its values, flat so it can be stored with a message
// and validated like the rest of it. errorText() words it for people in any language.
import type { TFunction } from "../i18n/i18n";

export type HintCode =
  | "topK"
  | "rateLimit"
  | "badRequest"
  | "auth"
  | "balance"
  | "forbidden"
  | "notFound"
  | "timeout"
  | "tooLarge"
  | "server"
  | "failed";

export type ErrorDetail =
  | {
      code: "http";
      status: number;
      /** The status line's reason, e.g. "Too Many Requests". */
      reason?: string;
      providerMessage?: string;
      /** The server sent an HTML page (with this title, if it had one). */
      htmlTitle?: string;
      hint: HintCode;
      retryAfterSeconds?: number;
    }
  | {
      code: "provider";
      during: "stream" | "response";
      providerMessage?: string;
      hint?: HintCode;
      status?: number;
    }
  | { code: "network" | "aborted" }
  | { code: "replyNotJson" | "replyNotCompletion" | "modelsNotJson" | "modelsShape" }
  | { code: "cut"; partial: boolean }
  | { code: "streamNoChunks"; count: number }
  | { code: "unexpected" | "loadFailed"; detail: string };

const HINTS = {
  topK: "errors.hintTopK",
  rateLimit: "errors.hintRateLimit",
  badRequest: "errors.hintBadRequest",
  auth: "errors.hintAuth",
  balance: "errors.hintBalance",
  forbidden: "errors.hintForbidden",
  notFound: "errors.hintNotFound",
  timeout: "errors.hintTimeout",
  tooLarge: "errors.hintTooLarge",
  server: "errors.hintServer",
  failed: "errors.hintFailed",
} as const satisfies Record<HintCode, string>;

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?。！？]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function hintText(hint: HintCode, t: TFunction, retryAfterSeconds?: number): string {
  if (hint === "rateLimit" && retryAfterSeconds !== undefined) {
    return t("errors.hintRateLimitIn", { seconds: retryAfterSeconds });
  }
  return t(HINTS[hint]);
}

/** The error in words that say what happened and what to do. */
export function errorText(detail: ErrorDetail, t: TFunction): string {
  switch (detail.code) {
    case "http": {
      const head = detail.reason
        ? t("errors.httpHeadReason", { status: detail.status, reason: detail.reason })
        : t("errors.httpHead", { status: detail.status });
      const cause =
        detail.htmlTitle !== undefined
          ? detail.htmlTitle
            ? t("errors.httpHtmlTitle", { head, title: detail.htmlTitle })
            : t("errors.httpHtml", { head })
          : detail.providerMessage
            ? t("errors.httpProvider", { head, providerMessage: sentence(detail.providerMessage) })
            : t("errors.httpPlain", { head });
      return t("errors.withHint", { cause, hint: hintText(detail.hint, t, detail.retryAfterSeconds) });
    }
    case "provider": {
      const providerMessage = detail.providerMessage
        ? sentence(detail.providerMessage)
        : t("errors.noDetails");
      const cause =
        detail.during === "stream"
          ? t("errors.providerStream", { providerMessage })
          : t("errors.providerResponse", { providerMessage });
      return detail.hint ? t("errors.withHint", { cause, hint: hintText(detail.hint, t) }) : cause;
    }
    case "network":
      return t("errors.network");
    case "aborted":
      return t("errors.aborted");
    case "replyNotJson":
      return t("errors.replyNotJson");
    case "replyNotCompletion":
      return t("errors.replyNotCompletion");
    case "modelsNotJson":
      return t("errors.modelsNotJson");
    case "modelsShape":
      return t("errors.modelsShape");
    case "cut":
      return detail.partial ? t("errors.cutPartial") : t("errors.cutEmpty");
    case "streamNoChunks":
      return t("errors.streamNoChunks", { count: detail.count });
    case "unexpected":
      return t("errors.unexpected", { detail: detail.detail });
    case "loadFailed":
      return t("errors.loadFailed", { detail: detail.detail });
  }
}

/** A stored detail is read back from storage or a file: only known codes are worded, others fall back. */
export function isErrorDetail(value: unknown): value is ErrorDetail {
  if (typeof value !== "object" || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return (
    typeof code === "string" &&
    [
      "http",
      "provider",
      "network",
      "aborted",
      "replyNotJson",
      "replyNotCompletion",
      "modelsNotJson",
      "modelsShape",
      "cut",
      "streamNoChunks",
      "unexpected",
      "loadFailed",
    ].includes(code)
  );
}

/** The outcome error when the network code itself could not be loaded (offline, or a redeploy removed it). */
export function loadFailure(error: unknown, t: TFunction) {
  const detail: ErrorDetail = { code: "loadFailed", detail: String(error) };
  return { kind: "network" as const, message: errorText(detail, t), retryable: true, detail };
}
