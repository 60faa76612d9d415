import {
  abortedError,
  connectionCutError,
  errorFromResponse,
  isAbortLike,
  networkError,
  offlineError,
  parseError,
} from "./errors";
import type { Endpoint } from "./types";

export function trimTrailingSlash(url: string): string {
  return url.trim().replace(/\/+$/, "");
}

export function endpointUrl(endpoint: Endpoint, path: string): string {
  return `${trimTrailingSlash(endpoint.baseUrl)}/${path.replace(/^\/+/, "")}`;
}

export function baseHeaders(endpoint: Endpoint, accept: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept };
  const key = endpoint.apiKey.trim();
  // An empty "Bearer " header makes some gateways answer 401 even when they need no key (a local proxy).
  if (key) headers.Authorization = `Bearer ${key}`;
  return headers;
}

/** The browser's own idea of connectivity; outside a browser, assume online. */
export function browserOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

/**
 * fetch with every failure turned into an ApiError: a rejected fetch is "aborted" or "network" (in a browser,
 * CORS refusals and dead networks are both a bare TypeError; when the browser knows it is offline, the
 * error says so), a non-2xx answer is "http" with the body read.
 */
export async function send(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  signal?: AbortSignal,
  isOnline: () => boolean = browserOnline,
): Promise<Response> {
  if (signal?.aborted) throw abortedError(signal.reason);
  let response: Response;
  try {
    response = await fetchFn(url, signal ? { ...init, signal } : init);
  } catch (error) {
    if (isAbortLike(error, signal)) throw abortedError(error);
    throw isOnline() ? networkError(error) : offlineError(error);
  }
  if (!response.ok) {
    const body = await readText(response, signal).catch((error: unknown) => {
      if (isAbortLike(error, signal)) throw abortedError(error);
      return "";
    });
    throw errorFromResponse(response.status, response.statusText, body, response.headers);
  }
  return response;
}

/** Reads the whole body as text, mapping a failed read like fetch failures. */
export async function readText(response: Response, signal?: AbortSignal): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (isAbortLike(error, signal)) throw abortedError(error);
    throw connectionCutError(false, error);
  }
}

/** The body as JSON, or a parse error whose detail says which reply was not JSON. */
export function parseJsonBody(text: string, notJson: { code: "replyNotJson" | "modelsNotJson" }): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw parseError(notJson, error);
  }
}
