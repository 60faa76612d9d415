import { englishT } from "../i18n/i18n";
import { errorText, type ErrorDetail, type HintCode } from "./error-detail";
import { parseBodyLimit, parseErrorBody } from "./schemas";
import type { ErrorInfo } from "./schemas";
import type { ApiErrorKind } from "./reply-error";

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** What happened, as a code and values; the message is its English wording. */
  detail: ErrorDetail;
  status?: number;
  code?: string | number;
  providerMessage?: string;
  retryAfterMs?: number;
  retryable?: boolean;
  cause?: unknown;
}

/**
 * The one error type the network layer throws or yields. `detail` says what happened as data, which the UI
 * words in its language; `message` is the same in English, a sentence a user can act on (logs, tests).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly kind: ApiErrorKind;
  readonly detail: ErrorDetail;
  readonly status?: number;
  readonly code?: string | number;
  readonly providerMessage?: string;
  readonly retryAfterMs?: number;
  readonly retryable: boolean;

  constructor(init: ApiErrorInit) {
    super(errorText(init.detail, englishT), init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.detail = init.detail;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
    if (init.providerMessage !== undefined) this.providerMessage = init.providerMessage;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    this.retryable = init.retryable ?? (init.kind === "network" || init.kind === "stream");
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

// HTTP/2 responses carry no reason phrase, so fetch's statusText is often "".
const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  413: "Payload Too Large",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

function looksLikeHtml(body: string): boolean {
  return /^\s*</.test(body) && /<(!doctype|html|head|body|title|center|h1)\b/i.test(body);
}

function isTopKRejection(info: ErrorInfo | undefined): boolean {
  const msg = info?.message ?? "";
  return /top_k/i.test(msg) || info?.param === "top_k";
}

function hintFor(status: number, info: ErrorInfo | undefined): HintCode {
  if (status === 400 && isTopKRejection(info)) return "topK";
  if (status === 429) return "rateLimit";
  switch (status) {
    case 400:
      return "badRequest";
    case 401:
      return "auth";
    case 402:
      return "balance";
    case 403:
      return "forbidden";
    case 404:
      return "notFound";
    case 408:
    case 504:
      return "timeout";
    case 413:
      return "tooLarge";
  }
  return status >= 500 ? "server" : "failed";
}

/** The status line's reason; HTTP/2 responses carry none, so the standard phrase stands in. */
function reasonFor(status: number, statusText: string): string {
  return statusText.trim() || REASONS[status] || "";
}

interface BodyInfo {
  info?: ErrorInfo;
  htmlTitle?: string;
  bodyLimit?: { limitBytes: number; sizeBytes?: number };
}

function bodyInfo(bodyText: string): BodyInfo {
  const body = bodyText.trim();
  if (body === "") return {};
  try {
    const json: unknown = JSON.parse(body);
    const info = parseErrorBody(json);
    const bodyLimit = parseBodyLimit(json);
    if (info) return bodyLimit ? { info, bodyLimit } : { info };
  } catch {
    // Not JSON: fall through to the text and HTML summaries.
  }
  if (looksLikeHtml(body)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
    const summary = title ? truncate(decodeEntities(title), 80) : "";
    return summary ? { htmlTitle: summary } : { htmlTitle: "" };
  }
  return { info: { message: truncate(body, 300) } };
}

/** Builds the error for a non-2xx answer from the status line, the body read as text, and the headers. */
export function errorFromResponse(
  status: number,
  statusText: string,
  bodyText: string,
  headers?: HeadersInit,
  now = Date.now(),
): ApiError {
  const retryAfterMs = parseRetryAfter(new Headers(headers).get("retry-after"), now);
  const { info, htmlTitle, bodyLimit } = bodyInfo(bodyText);
  const reason = reasonFor(status, statusText);
  const detail: ErrorDetail = {
    code: "http",
    status,
    hint: hintFor(status, info),
    ...(reason ? { reason } : {}),
    ...(htmlTitle !== undefined ? { htmlTitle } : info?.message ? { providerMessage: info.message } : {}),
    ...(status === 413 && bodyLimit ? bodyLimit : {}),
    ...(status === 429 && retryAfterMs !== undefined
      ? { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }
      : {}),
  };
  const init: ApiErrorInit = {
    kind: "http",
    status,
    detail,
    retryable: RETRYABLE_STATUS.has(status),
  };
  if (info?.code !== undefined) init.code = info.code;
  const providerMessage = info?.message ?? htmlTitle;
  if (providerMessage) init.providerMessage = providerMessage;
  if (retryAfterMs !== undefined) init.retryAfterMs = retryAfterMs;
  return new ApiError(init);
}

/**
 * An error the provider reported inside a successful (200) answer. When its code is an HTTP status the
 * usual hint applies, so a mid-stream 429 still says to wait. `arrived`: some of the reply had arrived
 * before the error (said once, here, and only then).
 */
export function providerError(kind: "http" | "stream", info: ErrorInfo, arrived = false): ApiError {
  const status = typeof info.code === "number" && info.code >= 400 && info.code < 600 ? info.code : undefined;
  const detail: ErrorDetail = {
    code: "provider",
    during: kind === "stream" ? "stream" : "response",
    ...(info.message ? { providerMessage: info.message } : {}),
    ...(status !== undefined ? { status, hint: hintFor(status, info) } : {}),
    ...(arrived ? { arrived: true } : {}),
  };
  const init: ApiErrorInit = { kind, detail };
  if (status !== undefined) {
    init.status = status;
    init.retryable = RETRYABLE_STATUS.has(status);
  }
  if (info.code !== undefined) init.code = info.code;
  if (info.message) init.providerMessage = info.message;
  return new ApiError(init);
}

export function networkError(cause?: unknown): ApiError {
  return new ApiError({ kind: "network", cause, detail: { code: "network" } });
}

/** The request could not be sent because the browser knows it is offline. */
export function offlineError(cause?: unknown): ApiError {
  return new ApiError({ kind: "network", cause, detail: { code: "offline" } });
}

/** The optional overall timeout (Settings) ran out before the reply finished. */
export function timeoutError(seconds: number, somethingArrived: boolean): ApiError {
  return new ApiError({ kind: "network", detail: { code: "timeout", seconds, arrived: somethingArrived } });
}

export function abortedError(cause?: unknown): ApiError {
  return new ApiError({ kind: "aborted", cause, detail: { code: "aborted" }, retryable: false });
}

type ParseDetail = Extract<
  ErrorDetail,
  { code: "replyNotJson" | "replyNotCompletion" | "modelsNotJson" | "modelsShape" | "streamNoChunks" }
>;

export function parseError(detail: ParseDetail, cause?: unknown): ApiError {
  return new ApiError({ kind: "parse", cause, detail });
}

/** fetch and stream reads report cancellation as a DOMException named "AbortError". */
export function isAbortLike(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  if (isApiError(error)) return error.kind === "aborted";
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/** The connection ended mid-answer (no `[DONE]`, no finish_reason, or a failed read). */
export function connectionCutError(somethingArrived: boolean, cause?: unknown): ApiError {
  return new ApiError({ kind: "network", cause, detail: { code: "cut", partial: somethingArrived } });
}
