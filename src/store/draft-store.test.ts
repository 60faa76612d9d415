import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ImageRef } from "../domain/types";
import { createDraftStore, NEW_CHAT_DRAFT } from "./draft-store";
import { FakeStorage } from "./fake-storage.test-util";

const ref = (id: string): ImageRef => ({
  id,
  mime: "image/png",
  width: 4,
  height: 3,
  bytes: 10,
  name: `${id}.png`,
});

function setup(storage = new FakeStorage(), manual = true) {
  let pending: (() => void) | null = null;
  const onQuota = vi.fn();
  const store = createDraftStore({
    storage,
    prefix: "t",
    now: () => 1000,
    onQuota,
    ...(manual
      ? {
          schedule: (save: () => void) => {
            pending = save;
            return () => (pending = null);
          },
        }
      : {}),
  });
  const runSave = () => pending?.();
  return { store, storage, onQuota, runSave };
}

describe("draft store", () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
  });

  it("keeps text per conversation and for the new chat, saved after the pause", () => {
    s.store.setText("c1", "half a thought");
    s.store.setText(NEW_CHAT_DRAFT, "a new chat");
    expect(s.storage.keys()).toEqual([]);
    s.runSave();
    const fresh = setup(s.storage).store;
    expect(fresh.text("c1")).toBe("half a thought");
    expect(fresh.text(NEW_CHAT_DRAFT)).toBe("a new chat");
    expect(fresh.text("c2")).toBe("");
  });

  it("writes each draft under its own key, and only the changed ones", () => {
    s.store.setText("c1", "one");
    s.runSave();
    s.store.setText("c2", "two");
    s.runSave();
    expect(s.storage.writes.map((w) => w.key)).toEqual(["t:draft:c1", "t:draft:c2"]);
  });

  it("tells listeners only when the composer's content appears or disappears, not per keystroke", () => {
    const listener = vi.fn();
    s.store.subscribe(listener);
    s.store.setText("c1", "a");
    s.store.setText("c1", "ab");
    s.store.setText("c1", "abc");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(s.store.hasUnsent()).toBe(true);
    s.store.setText("c1", "");
    expect(listener).toHaveBeenCalledTimes(2);
    expect(s.store.hasUnsent()).toBe(false);
  });

  it("saves prepared images as references, restores them, and forgets the ones still preparing", () => {
    s.store.updateAttachments("c1", () => ({
      images: [
        { key: "a", name: "a.png", ref: ref("img_a") },
        { key: "b", name: "b.png" },
      ],
      errors: [{ code: "tooMany", max: 20, refused: 1 }],
    }));
    expect(s.store.hasUnsent()).toBe(true);
    s.runSave();
    const restored = setup(s.storage).store.attachments("c1");
    expect(restored.images.map((d) => [d.name, d.ref?.id])).toEqual([["img_a.png", "img_a"]]);
    expect(restored.errors).toEqual([]);
  });

  it("clearing a sent draft removes its key; the images now belong to the message", () => {
    s.store.setText("c1", "send me");
    s.store.updateAttachments("c1", (a) => ({ ...a, images: [{ key: "a", name: "a", ref: ref("img_a") }] }));
    s.runSave();
    s.store.clear("c1");
    s.runSave();
    expect(s.storage.getItem("t:draft:c1")).toBeNull();
    expect(s.store.text("c1")).toBe("");
    expect(s.store.imageIds().size).toBe(0);
  });

  it("knows the images of drafts saved by another tab", () => {
    const other = setup(s.storage);
    other.store.updateAttachments("c9", (a) => ({
      ...a,
      images: [{ key: "x", name: "x", ref: ref("img_x") }],
    }));
    other.runSave();
    s.store.updateAttachments("c1", (a) => ({ ...a, images: [{ key: "y", name: "y", ref: ref("img_y") }] }));
    expect([...s.store.imageIds()].sort()).toEqual(["img_x", "img_y"]);
    expect(s.store.savedKeys().sort()).toEqual(["c1", "c9"]);
  });

  it("discarding a draft returns its images and removes it", () => {
    s.store.setText("gone", "text");
    s.store.updateAttachments("gone", (a) => ({
      ...a,
      images: [{ key: "a", name: "a", ref: ref("img_a") }],
    }));
    s.runSave();
    const fresh = setup(s.storage);
    expect(fresh.store.discard("gone").map((r) => r.id)).toEqual(["img_a", "img_a"]);
    expect(s.storage.getItem("t:draft:gone")).toBeNull();
  });

  it("keeps an unreadable draft under a backup key instead of dropping it", () => {
    s.storage.setItem("t:draft:c1", "{broken");
    expect(s.store.text("c1")).toBe("");
    expect(s.storage.getItem("t:draft:c1")).toBeNull();
    expect(s.storage.getItem("t:backup:1000:draft-c1")).toBe("{broken");
  });

  it("a full storage is reported, the draft stays in memory and is saved by a later attempt", () => {
    s.storage.setQuota(10);
    s.store.setText("c1", "too long to fit in ten characters");
    s.runSave();
    expect(s.onQuota).toHaveBeenCalledTimes(1);
    expect(s.store.hasUnsaved()).toBe(true);
    expect(s.store.text("c1")).toBe("too long to fit in ten characters");
    s.storage.setQuota(Infinity);
    s.store.flush();
    expect(s.store.hasUnsaved()).toBe(false);
    expect(setup(s.storage).store.text("c1")).toBe("too long to fit in ten characters");
  });

  it("works without storage (disabled in the browser), in memory only", () => {
    const store = createDraftStore({ storage: null, prefix: "t" });
    store.setText("c1", "kept for this session");
    expect(store.text("c1")).toBe("kept for this session");
    expect(store.imageIds().size).toBe(0);
  });
});
