import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../../domain/conversation";
import { msg } from "../../domain/messages.test-util";
import { createImageStore, memoryBackend } from "../../store/image-store";
import { buildExport, EXPORT_FORMAT, parseImport } from "./export-format";
import { branchingConversation } from "./sample-conversations.test-util";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe("images in the export file", () => {
  it("round-trip: exported as data URLs, restored under the same ids in another browser", async () => {
    const here = createImageStore(memoryBackend());
    const ref = await here.save(PNG.buffer.slice(0), {
      mime: "image/png",
      width: 4,
      height: 3,
      name: "a.png",
    });
    const conv = addMessage(
      createConversation("c1", 1),
      msg("u1", null, "user", { content: "", images: [ref] }),
    );
    const file = JSON.stringify(buildExport([conv], 0, null, await here.exportImages([conv])));

    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.conversations[0]?.messages[0]?.images).toEqual([ref]);
    const there = createImageStore(memoryBackend());
    expect(await there.restoreImages(parsed.images)).toEqual({ restored: 1, skipped: 0 });
    expect(await there.dataUrl(ref.id)).toBe(await here.dataUrl(ref.id));
  });

  it("leaves the field out without images, and files made before images still import", () => {
    const built = buildExport([branchingConversation()], 0);
    expect(built).not.toHaveProperty("images");
    const parsed = parseImport(JSON.stringify(built));
    expect(parsed.ok && parsed.images).toEqual({});
  });

  it("refuses an image entry that is not a PNG, JPEG, WebP or GIF data URL", () => {
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: "2025-06-01T12:00:00.000Z",
      conversations: [],
      images: {
        x: { mime: "image/svg+xml", width: 1, height: 1, dataUrl: "data:image/svg+xml;base64,PHN2Zz4=" },
      },
    });
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatchObject({
      code: "invalidValue",
      path: expect.stringMatching(/images\.x\.dataUrl/),
    });
  });
});
