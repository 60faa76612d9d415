import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../../domain/conversation";
import { defaultParamSettings } from "../../domain/parameters";
import { defaultSettings } from "../../domain/types";
import { msg } from "../../domain/messages.test-util";
import { absoluteEndpoint, previewRequest } from "./preview";

const NEXT = "(your next message)";

describe("previewRequest", () => {
  it("builds the draft's first request with the system prompt first", () => {
    const params = defaultParamSettings();
    params.top_k = { enabled: true, value: 9 };
    const body = previewRequest(
      { systemPrompt: "Be brief.", params, extraBody: '{"reasoning_effort":"low"}' },
      defaultSettings(),
      NEXT,
    );
    expect(body).toEqual({
      reasoning_effort: "low",
      model: "gemini-3.1-pro-preview",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: NEXT },
      ],
      stream: true,
      top_k: 9,
    });
  });

  it("continues an open conversation from its leaf", () => {
    let conv = createConversation("c", 1);
    conv = addMessage(conv, msg("u1", null, "user", { content: "Hi" }));
    conv = addMessage(conv, msg("a1", "u1", "assistant", { content: "Hello", createdAt: 2, updatedAt: 2 }));
    expect(previewRequest(conv, defaultSettings(), NEXT).messages).toEqual([
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello" },
      { role: "user", content: NEXT },
    ]);
  });
});

describe("absoluteEndpoint", () => {
  it("resolves a relative base against the page origin", () => {
    expect(absoluteEndpoint("/api/v1/", "http://127.0.0.1:4173")).toBe(
      "http://127.0.0.1:4173/api/v1/chat/completions",
    );
    expect(absoluteEndpoint("https://api.evolink.ai/v1", "http://x")).toBe(
      "https://api.evolink.ai/v1/chat/completions",
    );
  });
});
