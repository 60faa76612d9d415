import { describe, expect, it } from "vitest";
import { createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import { buildRequest } from "../domain/request";
import { defaultSettings } from "../domain/types";
import { API_ERROR_KINDS } from "../lib/openai/reply-error";
import { conversationSchema, messageSchema, settingsSchema } from "./schema";

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

describe("conversationSchema", () => {
  it("brings stored parameter values into range and fills missing ones, before any request is built", () => {
    const stored = {
      ...createConversation("c1", 0),
      params: { temperature: { enabled: true, value: 7 }, top_k: { enabled: true, value: 2.4 } },
      messages: [msg("u1", null, "user")],
      leafId: "u1",
    };
    const conv = conversationSchema.parse(stored);
    expect(conv.params.top_p).toEqual({ enabled: false, value: 0.9 });
    expect(buildRequest(conv, "u1", defaultSettings())).toMatchObject({ temperature: 2, top_k: 2 });
  });
});

describe("settingsSchema", () => {
  it("fills the theme and sidebar of settings saved before they existed", () => {
    const old = { baseUrl: "https://x/v1", apiKey: "sk-1", model: "m", stream: false };
    expect(settingsSchema.parse(old)).toEqual({ ...defaultSettings(), ...old });
    expect(settingsSchema.parse(old)).toMatchObject({ theme: "system", sidebarCollapsed: false });
  });

  it("keeps a chosen theme and a collapsed sidebar", () => {
    expect(settingsSchema.parse({ theme: "dark", sidebarCollapsed: true })).toMatchObject({
      theme: "dark",
      sidebarCollapsed: true,
    });
  });

  it("replaces an unknown theme without losing the other settings", () => {
    const parsed = settingsSchema.parse({ apiKey: "sk-keep", theme: "sepia", sidebarCollapsed: "yes" });
    expect(parsed).toEqual({ ...defaultSettings(), apiKey: "sk-keep" });
  });
});
