import { afterEach, describe, expect, it } from "vitest";
import { drafts, NEW_CHAT_DRAFT } from "./drafts";
import { canReloadNow, reloadBlocker } from "./reload-guard";
import { registerStream, unregisterStream } from "./streams";
import { registerUnsavedInput } from "./unsaved-input";

afterEach(() => {
  drafts.discard(NEW_CHAT_DRAFT);
  drafts.discard("c1");
});

describe("reloadBlocker", () => {
  it("allows a reload when nothing streams and nothing is unsent", () => {
    expect(reloadBlocker()).toBeNull();
    expect(canReloadNow()).toBe(true);
  });

  it("refuses while a reply streams, and again allows once it has ended", () => {
    registerStream("r1", "c1");
    expect(reloadBlocker()).toBe("streaming");
    unregisterStream("r1");
    expect(canReloadNow()).toBe(true);
  });

  it("refuses while any conversation's draft holds unsent text, and allows once it is sent or emptied", () => {
    drafts.setText("c1", "half a sentence");
    expect(reloadBlocker()).toBe("draft");
    drafts.setText("c1", "  ");
    expect(reloadBlocker()).toBeNull();
    drafts.setText(NEW_CHAT_DRAFT, "a new chat's first words");
    expect(reloadBlocker()).toBe("draft");
    drafts.clear(NEW_CHAT_DRAFT);
    expect(canReloadNow()).toBe(true);
  });

  it("refuses while a draft holds an image still being prepared", () => {
    drafts.updateAttachments("c1", (a) => ({ ...a, images: [{ key: "img-x", name: "cat.png" }] }));
    expect(reloadBlocker()).toBe("draft");
  });

  it("refuses while a registered place (an open editor) holds changes, following it as it changes", () => {
    let text = "half a sentence";
    const unregister = registerUnsavedInput(() => text.trim() !== "");
    expect(reloadBlocker()).toBe("draft");
    text = " ";
    expect(reloadBlocker()).toBeNull();
    text = "again";
    unregister();
    expect(reloadBlocker()).toBeNull();
  });

  it("names the streaming reply first when both hold", () => {
    drafts.setText("c1", "unsent");
    registerStream("r2", "c1");
    expect(reloadBlocker()).toBe("streaming");
    unregisterStream("r2");
  });
});
