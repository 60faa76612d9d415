import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "./conversation";
import { msg } from "./messages.test-util";
import { normalizeParams } from "./parameters";
import { buildRequest } from "./request";
import { defaultSettings } from "./types";

describe("buildRequest", () => {
  it("sends only the branch up to the message answered, and no unchosen parameter", () => {
    let c = createConversation("c", 0);
    c = addMessage(c, msg("u1", null, "user"));
    c = addMessage(c, msg("a1", "u1", "assistant"));
    c = addMessage(c, msg("u2", "a1", "user"));
    const req = buildRequest(c, "u2", defaultSettings());
    expect(req).toEqual({
      model: "gemini-3.1-pro-preview",
      stream: true,
      messages: [
        { role: "user", content: "u1" },
        { role: "assistant", content: "a1" },
        { role: "user", content: "u2" },
      ],
    });
    expect(Object.keys(req)).not.toContain("top_k");
  });

  it("adds the system prompt and the chosen parameters, clamped when they came in", () => {
    let c = createConversation("c", 0, { systemPrompt: "Be brief." });
    c = {
      ...c,
      params: normalizeParams({
        ...c.params,
        top_k: { enabled: true, value: 40 },
        temperature: { enabled: true, value: 7 },
      }),
    };
    c = addMessage(c, msg("u1", null, "user"));
    const req = buildRequest(c, "u1", { ...defaultSettings(), stream: false });
    expect(req.messages[0]).toEqual({ role: "system", content: "Be brief." });
    expect(req).toMatchObject({ top_k: 40, temperature: 2, stream: false });
    expect(req).not.toHaveProperty("top_p");
  });

  it("leaves out empty failed replies but keeps a stopped partial one", () => {
    let c = createConversation("c", 0);
    c = addMessage(c, msg("u1", null, "user"));
    c = addMessage(c, msg("a1", "u1", "assistant", { content: "", status: "error" }));
    c = addMessage(c, msg("u2", "a1", "user"));
    c = addMessage(c, msg("a2", "u2", "assistant", { content: "partial", status: "stopped" }));
    c = addMessage(c, msg("u3", "a2", "user"));
    const roles = buildRequest(c, "u3", defaultSettings()).messages.map((m) => m.content);
    expect(roles).toEqual(["u1", "u2", "partial", "u3"]);
  });
});
