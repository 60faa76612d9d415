import { afterEach, describe, expect, it } from "vitest";
import { activateLocale, t } from "../i18n/i18n";
import { errorText, isErrorDetail, saysPartKept, type ErrorDetail } from "./error-detail";
import { connectionCutError, errorFromResponse, offlineError, providerError, timeoutError } from "./errors";

const KEPT_EN = "The part of the reply that arrived is kept.";
const KEPT_JA = "届いた部分は残しています。";

/** The 413 body of this app's server (scripts/proxy.mjs), sizes included. */
function serverTooLarge(sizeBytes?: number) {
  return JSON.stringify({
    error: {
      message: "The request is … (MAX_BODY_MB), so it was not sent to the provider",
      type: "request_too_large",
      limit_bytes: 205 * 1024,
      ...(sizeBytes === undefined ? {} : { size_bytes: sizeBytes }),
    },
  });
}

describe("errorText: what arrived is said only when something did, once", () => {
  afterEach(() => activateLocale("en"));

  const cases: [name: string, nothing: ErrorDetail, some: ErrorDetail][] = [
    [
      "a provider error mid-reply",
      providerError("stream", { message: "x" }).detail,
      providerError("stream", { message: "x" }, true).detail,
    ],
    ["a cut connection", connectionCutError(false).detail, connectionCutError(true).detail],
    ["the overall timeout", timeoutError(30, false).detail, timeoutError(30, true).detail],
  ];

  for (const [name, nothing, some] of cases) {
    it(`${name}, in English and Japanese`, async () => {
      expect(errorText(nothing, t)).not.toContain(KEPT_EN);
      expect(errorText(some, t).split(KEPT_EN)).toHaveLength(2);
      expect(saysPartKept(nothing)).toBe(false);
      expect(saysPartKept(some)).toBe(true);
      await activateLocale("ja");
      expect(errorText(nothing, t)).not.toContain(KEPT_JA);
      expect(errorText(some, t).split(KEPT_JA)).toHaveLength(2);
    });
  }

  it("an error before the reply starts never claims that something was kept", () => {
    expect(saysPartKept(providerError("http", { message: "x" }).detail)).toBe(false);
    expect(saysPartKept(offlineError().detail)).toBe(false);
  });
});

describe("errorText in Japanese", () => {
  afterEach(() => activateLocale("en"));

  it("words the wire's errors in natural Japanese", async () => {
    await activateLocale("ja");
    expect(errorText(offlineError().detail, t)).toBe(
      "オフラインのため、リクエストを送信できませんでした。メッセージは残っています。オンラインに戻ったら「再試行」を押してください。",
    );
    expect(errorText(timeoutError(30, true).detail, t)).toBe(
      "設定したタイムアウト（30 秒）までに返答が終わらなかったため、待機をやめました。 届いた部分は残しています。",
    );
    expect(errorText(connectionCutError(true).detail, t)).toBe(
      "返答が終わる前に接続が切れました。 届いた部分は残しています。",
    );
    const relayed = providerError("stream", { message: "Resource has been exhausted", code: 429 }, true);
    expect(errorText(relayed.detail, t)).toBe(
      "返答の途中でプロバイダーがエラーを報告しました: Resource has been exhausted. " +
        "プロバイダーのレート制限または同時実行数の上限に達しました。しばらくしてから再試行してください。 " +
        "届いた部分は残しています。",
    );
  });
});

describe("a body over the server's limit (413)", () => {
  afterEach(() => activateLocale("en"));

  it("is worded from the sizes the server sent, in the UI's language", async () => {
    const e = errorFromResponse(413, "", serverTooLarge(312 * 1024));
    expect(e.detail).toMatchObject({
      code: "http",
      status: 413,
      limitBytes: 205 * 1024,
      sizeBytes: 312 * 1024,
    });
    expect(e.message).toBe(
      "HTTP 413 Payload Too Large: The request is 312 KB; this server accepts at most 205 KB (MAX_BODY_MB), " +
        "so it was not sent to the provider. The request is too large; shorten the conversation or remove attachments.",
    );
    await activateLocale("ja");
    expect(errorText(e.detail, t)).toBe(
      "HTTP 413 Payload Too Large: リクエストは 312 KB ですが、このサーバーが受け付けるのは 205 KB までです（MAX_BODY_MB）。" +
        "プロバイダーには送信していません。 リクエストが大きすぎます。会話を短くするか、添付ファイルを削除してください。",
    );
  });

  it("says MB above a megabyte, and copes with a body whose size was not declared", async () => {
    const big = errorFromResponse(413, "", serverTooLarge(Math.round(12.4 * 1024 * 1024)));
    expect(big.message).toContain("The request is 12 MB; this server accepts at most 205 KB");
    const chunked = errorFromResponse(413, "", serverTooLarge());
    expect(chunked.message).toContain(
      "The request is over the 205 KB this server accepts (MAX_BODY_MB), so it was not sent to the provider.",
    );
    await activateLocale("ja");
    expect(errorText(chunked.detail, t)).toContain(
      "リクエストがこのサーバーの上限（205 KB、MAX_BODY_MB）を超えているため",
    );
  });

  it("another server's 413 keeps its own message", () => {
    const e = errorFromResponse(413, "", JSON.stringify({ error: { message: "Request too big" } }));
    expect(e.detail).not.toHaveProperty("limitBytes");
    expect(e.message).toMatch(/^HTTP 413 Payload Too Large: Request too big\. /);
  });
});

describe("isErrorDetail", () => {
  it("knows the codes added for offline sends and the overall timeout", () => {
    expect(isErrorDetail({ code: "offline" })).toBe(true);
    expect(isErrorDetail({ code: "timeout", seconds: 5, arrived: false })).toBe(true);
    expect(isErrorDetail({ code: "somethingNew" })).toBe(false);
  });
});
