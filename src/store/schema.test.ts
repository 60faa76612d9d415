import { describe, expect, it } from "vitest";
import { msg } from "../domain/messages.test-util";
import { API_ERROR_KINDS } from "../lib/openai/reply-error";
import { messageSchema } from "./schema";

describe("messageSchema", () => {
  it("reads back every error kind the network layer produces, and no other", () => {
    for (const kind of API_ERROR_KINDS) {
      const failed = msg("a1", "u1", "assistant", {
        status: "error",
        error: { kind, message: "It failed.", retryable: false },
      });
      expect(messageSchema.parse(failed).error?.kind).toBe(kind);
    }
    const unknown = {
      ...msg("a1", "u1", "assistant"),
      error: { kind: "timeout", message: "", retryable: true },
    };
    expect(messageSchema.safeParse(unknown).success).toBe(false);
  });
});
