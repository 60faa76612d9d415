import { describe, expect, it } from "vitest";
import { t } from "../../lib/i18n/i18n";
import { connectionCutError, networkError } from "../../lib/openai/errors";
import { errorMessage, errorSaysPartKept } from "./error-message";

describe("errorSaysPartKept", () => {
  it("follows the detail when there is one", () => {
    const cut = connectionCutError(true);
    expect(errorSaysPartKept(cut)).toBe(true);
    expect(errorMessage(cut, t)).toMatch(/arrived is kept\.$/);
    expect(errorSaysPartKept(networkError())).toBe(false);
  });

  it("reads older data, which has only the English message", () => {
    const old = "The connection closed before the reply finished; the part that arrived is kept.";
    expect(errorSaysPartKept({ message: old })).toBe(true);
    expect(errorSaysPartKept({ message: "HTTP 500 Internal Server Error." })).toBe(false);
  });
});
