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
  setImageGuard,
} from "./conversations";
import { drafts, NEW_CHAT_DRAFT } from "./drafts";
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
  useAppStore.setState({ conversations: {}, activeId: null });
  setImageGuard({ complete: true, texts: [] });
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

  it("are left alone until everything stored has been read", async () => {
    const own = await save();
    setImageGuard({ complete: false, texts: [] });
    await removeImagesNoLongerUsed([own.id]);
    clock = 10 * 60 * 60 * 1000;
    expect(await collectUnusedImages()).toBe(0);
    expect(await store.has(own.id)).toBe(true);
  });

  it("are kept while a backup of unreadable data mentions them", async () => {
    const own = await save();
    setImageGuard({ complete: true, texts: [`{"broken": "${own.id}"`] });
    clock = 10 * 60 * 60 * 1000;
    await removeImagesNoLongerUsed([own.id]);
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

  it("attached to an unsent draft are kept; a draft whose conversation is gone is dropped with them", async () => {
    const inDraft = await save();
    const inNewChat = await save();
    const inLostDraft = await save();
    useAppStore.setState({ conversations: { a: withImages("a", []) } });
    const attach = (key: string, ref: ImageRef) =>
      drafts.updateAttachments(key, (d) => ({ ...d, images: [{ key: ref.id, name: "x", ref }] }));
    attach("a", inDraft);
    attach(NEW_CHAT_DRAFT, inNewChat);
    attach("deleted-elsewhere", inLostDraft);
    clock = 2 * 60 * 60 * 1000;
    expect(await collectUnusedImages()).toBe(1);
    expect(await store.has(inDraft.id)).toBe(true);
    expect(await store.has(inNewChat.id)).toBe(true);
    expect(await store.has(inLostDraft.id)).toBe(false);
    expect(drafts.attachments("deleted-elsewhere").images).toEqual([]);
    expect(drafts.attachments("a").images).toHaveLength(1);
    drafts.clear("a");
    drafts.clear(NEW_CHAT_DRAFT);
  });
});
