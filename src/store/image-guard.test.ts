import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import { imagesInUse, NOTHING_READ_YET } from "./image-guard";

const image = (id: string) => ({ id, mime: "image/png", width: 1, height: 1, bytes: 1 });
const conv = addMessage(createConversation("c", 1), msg("u", null, "user", { images: [image("img_used")] }));

describe("imagesInUse", () => {
  it("allows no deletion before everything stored has been read", () => {
    expect(imagesInUse(NOTHING_READ_YET, [conv])).toBeNull();
    expect(imagesInUse({ complete: false, texts: [] }, [])).toBeNull();
  });

  it("keeps images named by a conversation, a backup or an unreadable record, even garbled", () => {
    const inUse = imagesInUse(
      { complete: true, texts: ['{"images":[{"id":"img_in_backup"', "garbage img_in_garbage }}}"] },
      [conv],
    );
    expect(inUse).not.toBeNull();
    expect(inUse?.("img_used")).toBe(true);
    expect(inUse?.("img_in_backup")).toBe(true);
    expect(inUse?.("img_in_garbage")).toBe(true);
    expect(inUse?.("img_orphan")).toBe(false);
  });
});
