import { describe, it, expect } from "vitest";
import {
  ApiError,
  abortedError,
  connectionCutError,
  errorFromResponse,
  isApiError,
  networkError,
  parseRetryAfter,
  providerError,
} from "./errors";

const NOW = Date.parse("2025-10-10T00:00:00Z");

describe("errorFromResponse", () => {
  it("reads the usual {error:{message,type,param,code}} body", () => {
    const body = JSON.stringify({
      error: {
        message: "Invalid API key",
        type: "invalid_request_error",
        param: null,
        code: "invalid_api_key",
      },
    });
    const e = errorFromResponse(401, "Unauthorized", body);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ kind: "http", status: 401, code: "invalid_api_key", retryable: false });
    expect(e.providerMessage).toBe("Invalid API key");
    expect(e.message).toBe("HTTP 401 Unauthorized: Invalid API key. Check the API key in Settings.");
  });

  it("fills in the reason phrase when statusText is empty (HTTP/2)", () => {
    expect(errorFromResponse(401, "", "").message).toBe(
      "HTTP 401 Unauthorized. Check the API key in Settings.",
    );
  });

  it("accepts a numeric code", () => {
    const e = errorFromResponse(
      402,
      "",
      JSON.stringify({ error: { message: "Insufficient balance", code: 402 } }),
    );
    expect(e.code).toBe(402);
    expect(e.message).toMatch(/^HTTP 402 Payment Required: Insufficient balance\. .*balance/);
  });

  it("reads Google's array shape and explains a rejected top_k", () => {
    const body = JSON.stringify([
      {
        error: {
          code: 400,
          message: 'Invalid JSON payload received. Unknown name "top_k": Cannot find field.',
          status: "INVALID_ARGUMENT",
        },
      },
    ]);
    const e = errorFromResponse(400, "Bad Request", body);
    expect(e).toMatchObject({ kind: "http", status: 400, code: 400 });
    expect(e.message).toContain('Unknown name "top_k"');
    expect(e.message).toContain("does not accept Top K");
    expect(e.message).toContain('turn off "Send Top K"');
  });

  it("gives a plain 400 a generic hint", () => {
    const e = errorFromResponse(400, "", JSON.stringify({ error: { message: "messages: too short" } }));
    expect(e.message).toBe(
      "HTTP 400 Bad Request: messages: too short. The provider rejected the request; check the model and parameters.",
    );
  });

  it.each([
    [
      { object: "error", message: "model not found: foo", type: "NotFoundError", code: 404 },
      "model not found: foo",
    ],
    [{ message: "no such model" }, "no such model"],
    [{ detail: "Model foo does not exist" }, "Model foo does not exist"],
    [{ detail: [{ msg: "field required" }, { msg: "bad type" }] }, "field required; bad type"],
    [{ error: "model_not_found" }, "model_not_found"],
  ])("reads the other JSON shapes (%j)", (body, message) => {
    const e = errorFromResponse(404, "Not Found", JSON.stringify(body));
    expect(e.providerMessage).toBe(message);
    expect(e.message).toContain(message);
    expect(e.message).toContain("model id may be unknown");
  });

  it("uses a plain-text body as the message", () => {
    const e = errorFromResponse(413, "Payload Too Large", "request entity too large\n");
    expect(e.message).toBe(
      "HTTP 413 Payload Too Large: request entity too large. The request is too large; shorten the conversation or remove attachments.",
    );
  });

  it("summarises an HTML page by its title and never shows the markup", () => {
    const html =
      "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway &amp; friends</title></head>" +
      "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    const e = errorFromResponse(502, "Bad Gateway", html);
    expect(e.message).not.toMatch(/<|>/);
    expect(e.message).toContain('"502 Bad Gateway & friends"');
    expect(e.message).toContain("try again later");
    expect(e.retryable).toBe(true);
  });

  it("truncates a long HTML title and copes with a page without one", () => {
    const long = `<html><head><title>${"x".repeat(500)}</title></head></html>`;
    expect(errorFromResponse(502, "", long).message.length).toBeLessThan(250);
    const e = errorFromResponse(503, "", "<html><body><h1>Down</h1></body></html>");
    expect(e.message).not.toContain("<");
    expect(e.message).toMatch(/^HTTP 503 Service Unavailable/);
  });

  it("says when to retry a 429 from Retry-After seconds", () => {
    const e = errorFromResponse(429, "", JSON.stringify({ error: { message: "Rate limit reached" } }), {
      "Retry-After": "20",
    });
    expect(e).toMatchObject({ retryAfterMs: 20_000, retryable: true });
    expect(e.message).toContain("rate or concurrency limit");
    expect(e.message).toContain("try again in 20 s");
  });

  it("says when to retry a 429 from a Retry-After HTTP date", () => {
    const headers = new Headers({ "retry-after": new Date(NOW + 90_000).toUTCString() });
    const e = errorFromResponse(429, "Too Many Requests", "", headers, NOW);
    expect(e.retryAfterMs).toBe(90_000);
    expect(e.message).toContain("try again in 90 s");
  });

  it("asks to retry shortly when a 429 has no Retry-After", () => {
    expect(errorFromResponse(429, "", "").message).toContain("try again shortly");
  });

  it.each([500, 502, 503, 504])("marks %i as provider trouble worth retrying", (status) => {
    const e = errorFromResponse(status, "", "");
    expect(e.retryable).toBe(true);
    expect(e.message).toMatch(/try again later/);
  });

  it.each([403, 404, 413])("marks %i as not retryable", (status) => {
    expect(errorFromResponse(status, "", "").retryable).toBe(false);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds, dates in the past, and rejects junk", () => {
    expect(parseRetryAfter("1.5")).toBe(1500);
    expect(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe("other errors", () => {
  it("networkError explains CORS and the /api/v1 proxy", () => {
    const e = networkError(new TypeError("Failed to fetch"));
    expect(e).toMatchObject({ kind: "network", retryable: true });
    expect(e.message).toContain("could not be reached");
    expect(e.message).toContain("CORS");
    expect(e.message).toContain("/api/v1");
    expect(e.cause).toBeInstanceOf(TypeError);
  });

  it("abortedError is kind aborted and not retryable", () => {
    expect(abortedError()).toMatchObject({ kind: "aborted", retryable: false });
  });

  it("providerError keeps the provider's text and applies HTTP-like codes", () => {
    const e = providerError("stream", { message: "Too many requests", code: 429 });
    expect(e).toMatchObject({ kind: "stream", status: 429, code: 429, providerMessage: "Too many requests" });
    expect(e.message).toContain("Too many requests.");
    expect(e.message).toContain("try again shortly");
  });

  it("providerError says the part that arrived is kept only when something arrived, and once", () => {
    const before = providerError("stream", { message: "Upstream failed" });
    expect(before.message).toBe("The provider reported an error during the reply: Upstream failed.");
    const after = providerError("stream", { message: "Upstream failed" }, true);
    expect(after.message).toBe(
      "The provider reported an error during the reply: Upstream failed. The part of the reply that arrived is kept.",
    );
    expect(after.message.match(/arrived/g)).toHaveLength(1);
  });

  it("connectionCutError says what arrived only when something did", () => {
    expect(connectionCutError(false).message).toBe(
      "The connection closed before any reply arrived; try again.",
    );
    expect(connectionCutError(true).message).toMatch(/ The part of the reply that arrived is kept\.$/);
  });

  it("errorFromResponse shows a relayed JSON message by its inner text, never as JSON", () => {
    const inner = JSON.stringify({
      error: { code: 429, message: "Resource exhausted", status: "RESOURCE_EXHAUSTED" },
    });
    const e = errorFromResponse(429, "", JSON.stringify({ error: { code: 429, message: inner } }));
    expect(e.message).toMatch(/^HTTP 429 Too Many Requests: Resource exhausted\. /);
    expect(e.message).not.toContain("{");
  });

  it("isApiError tells ApiErrors apart", () => {
    expect(isApiError(abortedError())).toBe(true);
    expect(isApiError(new Error("x"))).toBe(false);
    expect(isApiError("x")).toBe(false);
  });
});
