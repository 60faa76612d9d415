import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "./conversation";
import { msg } from "./messages.test-util";
import { buildRequest } from "./request";
import { defaultSettings, type ImageRef } from "./types";

const ref = (id: string): ImageRef => ({ id, mime: "image/png", width: 2, height: 1, bytes: 10 });

describe("buildRequest with images", () => {
  const urls = new Map([
    ["i1", "data:image/png;base64,AAA="],
    ["i2", "data:image/jpeg;base64,BBB="],
  ]);

  it("sends a user message with images as a text part followed by image_url parts", () => {
    let c = createConversation("c", 0);
    c = addMessage(c, msg("u1", null, "user", { images: [ref("i1"), ref("i2")] }));
    expect(buildRequest(c, "u1", defaultSettings(), urls).messages).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "u1" },
          { type: "image_url", image_url: { url: "data:image/png;base64,AAA=" } },
          { type: "image_url", image_url: { url: "data:image/jpeg;base64,BBB=" } },
        ],
      },
    ]);
  });

  it("keeps earlier images in the context and sends an image-only message without a text part", () => {
    let c = createConversation("c", 0);
    c = addMessage(c, msg("u1", null, "user", { images: [ref("i1")] }));
    c = addMessage(c, msg("a1", "u1", "assistant"));
    c = addMessage(c, msg("u2", "a1", "user", { content: "  ", images: [ref("i2")] }));
    const { messages } = buildRequest(c, "u2", defaultSettings(), urls);
    expect(messages[0]?.content).toHaveLength(2);
    expect(messages[2]?.content).toEqual([
      { type: "image_url", image_url: { url: "data:image/jpeg;base64,BBB=" } },
    ]);
  });

  it("leaves out images that were not resolved, and stays a string without any", () => {
    let c = createConversation("c", 0);
    c = addMessage(c, msg("u1", null, "user", { images: [ref("missing")] }));
    expect(buildRequest(c, "u1", defaultSettings(), urls).messages[0]?.content).toBe("u1");
    expect(buildRequest(c, "u1", defaultSettings()).messages[0]?.content).toBe("u1");
  });
});
