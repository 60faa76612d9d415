import { parseErrorBody } from "./schemas";
import type { ErrorInfo } from "./schemas";

export type ApiErrorKind = "http" | "network" | "aborted" | "parse" | "stream";

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  code?: string | number;
  providerMessage?: string;
  retryAfterMs?: number;
  retryable?: boolean;
  cause?: unknown;
}

/** The one error type the network layer throws or yields; `message` is always a sentence a user can act on. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: string | number;
  readonly providerMessage?: string;
  readonly retryAfterMs?: number;
  readonly retryable: boolean;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
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

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?。！？]$/.test(t) ? t : `${t}.`;
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

function hintFor(status: number, info: ErrorInfo | undefined, retryAfterMs: number | undefined): string {
  if (status === 400 && isTopKRejection(info)) {
    return 'This provider does not accept Top K; turn off "Send Top K" in the parameters and send again.';
  }
  if (status === 429) {
    const wait =
      retryAfterMs === undefined ? "shortly" : `in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`;
    return `The provider's rate or concurrency limit was reached; try again ${wait}.`;
  }
  switch (status) {
    case 400:
      return "The provider rejected the request; check the model and parameters.";
    case 401:
      return "Check the API key in Settings.";
    case 402:
      return "The account balance is insufficient; top up the balance with the provider.";
    case 403:
      return "This API key is not allowed to use this model or endpoint.";
    case 404:
      return "The model id may be unknown to this provider, or the API base URL may be wrong.";
    case 408:
    case 504:
      return "The provider took too long to answer; try again later.";
    case 413:
      return "The request is too large; shorten the conversation or remove attachments.";
  }
  if (status >= 500) return "The provider or a gateway in front of it is having trouble; try again later.";
  return "The request failed.";
}

function describe(status: number, statusText: string): string {
  const reason = statusText.trim() || REASONS[status] || "";
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}

function bodyInfo(bodyText: string): { info?: ErrorInfo; htmlTitle?: string } {
  const body = bodyText.trim();
  if (body === "") return {};
  try {
    const info = parseErrorBody(JSON.parse(body));
    if (info) return { info };
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
  const { info, htmlTitle } = bodyInfo(bodyText);
  const head = describe(status, statusText);
  let cause: string;
  if (htmlTitle !== undefined) {
    cause = htmlTitle ? `${head} (the server sent an HTML page: "${htmlTitle}").` : `${head} (an HTML page).`;
  } else if (info?.message) {
    cause = `${head}: ${sentence(info.message)}`;
  } else {
    cause = `${head}.`;
  }
  const init: ApiErrorInit = {
    kind: "http",
    status,
    message: `${cause} ${hintFor(status, info, retryAfterMs)}`,
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
  const message = info.message ? sentence(info.message) : "no details were given.";
  const status = typeof info.code === "number" && info.code >= 400 && info.code < 600 ? info.code : undefined;
  const hint = status === undefined ? "" : ` ${hintFor(status, info, undefined)}`;
  const lead =
    kind === "stream"
      ? "The provider reported an error during the reply:"
      : "The provider returned an error:";
  const kept = arrived ? " The part of the reply that arrived is kept." : "";
  const init: ApiErrorInit = { kind, message: `${lead} ${message}${hint}${kept}` };
  if (status !== undefined) {
    init.status = status;
    init.retryable = RETRYABLE_STATUS.has(status);
  }
  if (info.code !== undefined) init.code = info.code;
  if (info.message) init.providerMessage = info.message;
  return new ApiError(init);
}

export function networkError(cause?: unknown): ApiError {
  return new ApiError({
    kind: "network",
    cause,
    message:
      "The server could not be reached, or it does not allow requests from a browser (CORS). " +
      "Check the network and the API base URL; to get around CORS, use the built-in proxy base URL " +
      "`/api/v1` (Settings → API base URL).",
  });
}

export function offlineError(cause?: unknown): ApiError {
  return new ApiError({
    kind: "network",
    cause,
    message:
      "You are offline: the request could not be sent. Your message is kept; press Retry once you are back online.",
  });
}

/** The optional overall timeout (Settings) ran out before the reply finished. */
export function timeoutError(seconds: number, somethingArrived: boolean): ApiError {
  return new ApiError({
    kind: "network",
    message:
      `The reply did not finish within the ${seconds} s timeout set in Settings, so the app stopped waiting.` +
      (somethingArrived ? " The part of the reply that arrived is kept." : ""),
  });
}

export function abortedError(cause?: unknown): ApiError {
  return new ApiError({ kind: "aborted", cause, message: "The request was stopped.", retryable: false });
}

export function parseError(message: string, cause?: unknown): ApiError {
  return new ApiError({ kind: "parse", cause, message });
}

/** fetch and stream reads report cancellation as a DOMException named "AbortError". */
export function isAbortLike(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  if (isApiError(error)) return error.kind === "aborted";
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/** The connection ended mid-answer (no `[DONE]`, no finish_reason, or a failed read). */
export function connectionCutError(somethingArrived: boolean, cause?: unknown): ApiError {
  return new ApiError({
    kind: "network",
    cause,
    message: somethingArrived
      ? "The connection closed before the reply finished. The part of the reply that arrived is kept."
      : "The connection closed before any reply arrived; try again.",
  });
}
