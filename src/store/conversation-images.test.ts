import { beforeEach, describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import type { ImageRef } from "../domain/types";
import { useAppStore } from "./app-store";
import {
  collectUnusedImages,
  deleteConversation,
  removeImagesNoLongerUsed,
  restoreConversation,
} from "./conversations";
import { createImageStore, memoryBackend, setImageStore, type ImageStore } from "./image-store";

function withImages(id: string, images: ImageRef[]) {
  return addMessage(createConversation(id, 1), msg(`${id}-m`, null, "user", { content: "", images }));
}

let clock = 0;
let store: ImageStore;
const save = () => store.save(new Uint8Array([1]).buffer, { mime: "image/png", width: 1, height: 1 });

beforeEach(() => {
  clock = 0;
  store = createImageStore(memoryBackend(), () => clock);
  setImageStore(store);
  useAppStore.setState({ conversations: {}, activeId: null, storageProblem: null });
});

describe("images of deleted conversations", () => {
  it("are deleted after the Undo window unless another conversation, or an Undo, still uses them", async () => {
    const own = await save();
    const shared = await save();
    const a = withImages("a", [own, shared]);
    const b = withImages("b", [shared]);
    useAppStore.setState({ conversations: { a, b } });

    const removed = deleteConversation("a");
    // Still there during the Undo window.
    expect(await store.has(own.id)).toBe(true);
    await removeImagesNoLongerUsed([own.id, shared.id]);
    expect(await store.has(own.id)).toBe(false);
    expect(await store.has(shared.id)).toBe(true);
    expect(removed?.id).toBe("a");
  });

  it("survive an Undo", async () => {
    const own = await save();
    useAppStore.setState({ conversations: { a: withImages("a", [own]) } });
    const removed = deleteConversation("a");
    if (removed) restoreConversation(removed);
    await removeImagesNoLongerUsed([own.id]);
    expect(await store.has(own.id)).toBe(true);
  });

  it("are left alone while saved data could not be read", async () => {
    const own = await save();
    useAppStore.setState({ storageProblem: { kind: "corrupt", code: "settingsUnreadable" } });
    await removeImagesNoLongerUsed([own.id]);
    clock = 10 * 60 * 60 * 1000;
    expect(await collectUnusedImages()).toBe(0);
    expect(await store.has(own.id)).toBe(true);
  });

  it("are collected at startup once old enough, with referenced ones kept", async () => {
    const used = await save();
    const orphan = await save();
    useAppStore.setState({ conversations: { a: withImages("a", [used]) } });
    expect(await collectUnusedImages()).toBe(0);
    clock = 2 * 60 * 60 * 1000;
    expect(await collectUnusedImages()).toBe(1);
    expect(await store.has(used.id)).toBe(true);
    expect(await store.has(orphan.id)).toBe(false);
  });
});
