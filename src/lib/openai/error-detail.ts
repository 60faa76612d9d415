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
      /** This app's server refused the body (413): its limit and, when it was declared, the body's size. */
      limitBytes?: number;
      sizeBytes?: number;
    }
  | {
      code: "provider";
      during: "stream" | "response";
      providerMessage?: string;
      hint?: HintCode;
      status?: number;
      /** Part of the reply had arrived before the error (it is kept). */
      arrived?: boolean;
    }
  | { code: "network" | "offline" | "aborted" }
  /** The overall timeout set in Settings ran out. */
  | { code: "timeout"; seconds: number; arrived: boolean }
  | { code: "replyNotJson" | "replyNotCompletion" | "modelsNotJson" | "modelsShape" }
  /** The connection ended mid-answer; `partial`: part of the reply had arrived (it is kept). */
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

const MB = 1024 * 1024;

/** A size as the server words it: whole KB below 1 MB, then MB (one decimal below 10 MB). */
function sizeText(bytes: number, t: TFunction): string {
  if (bytes < MB) return t("errors.sizeKb", { n: Math.ceil(bytes / 1024) });
  const mb = bytes / MB;
  return t("errors.sizeMb", { n: mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10 });
}

function bodyLimitText(limitBytes: number, sizeBytes: number | undefined, t: TFunction): string {
  const limit = sizeText(limitBytes, t);
  return sizeBytes === undefined
    ? t("errors.bodyLimitOver", { limit })
    : t("errors.bodyLimit", { size: sizeText(sizeBytes, t), limit });
}

/** Appends, once, that the part of the reply that arrived is kept. */
function kept(text: string, arrived: boolean | undefined, t: TFunction): string {
  return arrived ? t("errors.withPartKept", { cause: text }) : text;
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
          : detail.limitBytes !== undefined
            ? t("errors.httpProvider", {
                head,
                providerMessage: bodyLimitText(detail.limitBytes, detail.sizeBytes, t),
              })
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
      const hinted = detail.hint ? t("errors.withHint", { cause, hint: hintText(detail.hint, t) }) : cause;
      return kept(hinted, detail.during === "stream" && detail.arrived, t);
    }
    case "network":
      return t("errors.network");
    case "offline":
      return t("errors.offline");
    case "timeout":
      return kept(t("errors.timeout", { seconds: detail.seconds }), detail.arrived, t);
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
      return detail.partial ? kept(t("errors.cutPartial"), true, t) : t("errors.cutEmpty");
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
      "offline",
      "timeout",
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

/**
 * Whether the wording already says that the part of the reply that arrived is kept (so the UI does not
 * say it a second time).
 */
export function saysPartKept(detail: ErrorDetail): boolean {
  switch (detail.code) {
    case "cut":
      return detail.partial;
    case "provider":
      return detail.during === "stream" && detail.arrived === true;
    case "timeout":
      return detail.arrived;
    default:
      return false;
  }
}

/** The outcome error when the network code itself could not be loaded (offline, or a redeploy removed it). */
export function loadFailure(error: unknown, t: TFunction) {
  const detail: ErrorDetail = { code: "loadFailed", detail: String(error) };
  return { kind: "network" as const, message: errorText(detail, t), retryable: true, detail };
}
