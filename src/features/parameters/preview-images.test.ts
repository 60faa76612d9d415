import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../../domain/conversation";
import { buildRequest } from "../../domain/request";
import { msg } from "../../domain/messages.test-util";
import { defaultSettings, type Message } from "../../domain/types";
import { createImageStore, memoryBackend } from "../../store/image-store";
import { previewImageKey, previewRequest, shortenImageUrls } from "./preview";

const NEXT = "(your next message)";

describe("the preview of a conversation with images", () => {
  it("equals the body sent, and only the screen copy shortens the data URLs", async () => {
    const store = createImageStore(memoryBackend());
    const image = await store.save(new Uint8Array(3000).fill(7).buffer, {
      mime: "image/jpeg",
      width: 40,
      height: 30,
    });
    const first = msg("u1", null, "user", { content: "What is this?", images: [image] });
    const conv = addMessage(createConversation("c", 0), first);
    expect(previewImageKey(conv)).toBe(image.id);

    // What send-message.ts does for the next message: resolve, then build.
    const next: Message = {
      ...first,
      id: "u2",
      parentId: "u1",
      content: NEXT,
      images: [],
    };
    const withNext = addMessage(conv, next);
    const sent = buildRequest(withNext, "u2", defaultSettings(), await store.resolve(withNext, "u2"));
    const preview = previewRequest(conv, defaultSettings(), NEXT, await store.resolve(conv, "u1"));
    expect(preview).toEqual(sent);

    const url = (await store.dataUrl(image.id)) ?? "";
    expect(sent.messages[0]?.content).toEqual([
      { type: "text", text: "What is this?" },
      { type: "image_url", image_url: { url } },
    ]);
    const shown = shortenImageUrls(preview).messages[0]?.content;
    expect(JSON.stringify(shown)).toContain("data:image/jpeg;base64,");
    expect(JSON.stringify(shown)).toContain("(3 KB)");
    expect(JSON.stringify(shown).length).toBeLessThan(300);
  });
});
