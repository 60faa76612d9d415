import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../domain/conversation";
import type { ImageRef, Message } from "../domain/types";
import { msg } from "../domain/messages.test-util";
import { createImageStore, memoryBackend, referencedImageIds } from "./image-store";

function user(id: string, parentId: string | null, images: ImageRef[]): Message {
  return msg(id, parentId, "user", { images });
}

describe("image store", () => {
  it("saves bytes and gives back a ref, a blob and a data URL", async () => {
    const store = createImageStore(memoryBackend());
    const ref = await store.save(new Uint8Array([1, 2, 3]).buffer, {
      mime: "image/png",
      width: 3,
      height: 1,
      name: "a.png",
    });
    expect(ref).toMatchObject({ mime: "image/png", width: 3, height: 1, bytes: 3, name: "a.png" });
    expect(await store.dataUrl(ref.id)).toBe("data:image/png;base64,AQID");
    const blob = await store.blob(ref.id);
    expect(blob?.type).toBe("image/png");
    expect(blob?.size).toBe(3);
    expect(await store.dataUrl("nope")).toBeUndefined();
  });

  it("resolves the images on the branch being answered, and only those", async () => {
    const store = createImageStore(memoryBackend());
    const a = await store.save(new Uint8Array([1]).buffer, { mime: "image/png", width: 1, height: 1 });
    const b = await store.save(new Uint8Array([2]).buffer, { mime: "image/gif", width: 1, height: 1 });
    const gone: ImageRef = { id: "gone", mime: "image/png", width: 1, height: 1, bytes: 1 };
    let c = createConversation("c", 0);
    c = addMessage(c, user("u1", null, [a, gone]));
    c = addMessage(c, user("u2", null, [b]));
    const urls = await store.resolve(c, "u1");
    expect([...urls.keys()]).toEqual([a.id]);
    expect(urls.get(a.id)).toBe("data:image/png;base64,AQ==");
  });

  it("collects unreferenced images once they are past the grace period", async () => {
    let clock = 1000;
    const store = createImageStore(memoryBackend(), () => clock);
    const kept = await store.save(new Uint8Array([1]).buffer, { mime: "image/png", width: 1, height: 1 });
    const old = await store.save(new Uint8Array([2]).buffer, { mime: "image/png", width: 1, height: 1 });
    clock = 5000;
    const fresh = await store.save(new Uint8Array([3]).buffer, { mime: "image/png", width: 1, height: 1 });
    const conv = addMessage(createConversation("c", 0), user("u1", null, [kept]));
    expect(await store.collect((id) => referencedImageIds([conv]).has(id), 2000)).toBe(1);
    expect(await store.has(kept.id)).toBe(true);
    expect(await store.has(old.id)).toBe(false);
    expect(await store.has(fresh.id)).toBe(true);
  });

  it("exports referenced images as data URLs and restores them under the same ids", async () => {
    const source = createImageStore(memoryBackend());
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const ref = await source.save(png.buffer, { mime: "image/png", width: 4, height: 3 });
    await source.save(png.buffer, { mime: "image/png", width: 1, height: 1 }); // unreferenced: not exported
    const conv = addMessage(createConversation("c", 0), user("u1", null, [ref]));
    const exported = await source.exportImages([conv]);
    expect(Object.keys(exported)).toEqual([ref.id]);
    expect(exported[ref.id]).toMatchObject({ mime: "image/png", width: 4, height: 3 });

    const target = createImageStore(memoryBackend());
    const hostile = { mime: "image/png", width: 1, height: 1, dataUrl: "data:image/png;base64,PHN2Zz4=" };
    expect(await target.restoreImages({ ...exported, bad: hostile })).toEqual({ restored: 1, skipped: 1 });
    expect(await target.dataUrl(ref.id)).toBe(exported[ref.id]?.dataUrl);
    expect(await target.has("bad")).toBe(false);
    // Importing the same file again changes nothing.
    expect(await target.restoreImages(exported)).toEqual({ restored: 0, skipped: 0 });
  });
});
