import { describe, expect, it } from "vitest";
import { addMessage, createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import { defaultSettings, type Conversation } from "../domain/types";
import { externalAction, indexedAction, readMetaChange, reconcile, signalOf } from "./cross-tab";
import { storageKeys, type Known } from "./storage-format";

const keys = storageKeys("t");
const conv = (id: string) => addMessage(createConversation(id, 1), msg(`${id}-u`, null, "user"));
const stub = (rev: string) => ({ rev, title: "x", updatedAt: 1, chars: 1 });

function known(c: Conversation, where: "local" | "indexed" = "local"): Known {
  const raw = JSON.stringify(c);
  return where === "local"
    ? { conv: c, where, raw, chars: raw.length }
    : { conv: c, where, rev: "r1", chars: raw.length };
}

describe("signalOf", () => {
  it("names the conversation a key belongs to, or the settings", () => {
    expect(signalOf(keys.meta, keys)).toEqual({ type: "meta" });
    expect(signalOf(keys.conversation("a"), keys)).toEqual({ type: "conversation", id: "a" });
    expect(signalOf(keys.stub("a"), keys)).toEqual({ type: "conversation", id: "a" });
    expect(signalOf(keys.backup("a", 1), keys)).toBeNull();
    expect(signalOf("other-app", keys)).toBeNull();
    expect(signalOf(null, keys)).toBeNull();
  });
});

describe("externalAction", () => {
  const c = conv("c");

  it("ignores this tab's own text, whatever the event carried", () => {
    expect(externalAction({ local: JSON.stringify(c), stub: null }, known(c))).toEqual({ type: "ignore" });
    expect(externalAction({ local: null, stub: stub("r1") }, known(c, "indexed"))).toEqual({
      type: "ignore",
    });
  });

  it("applies another tab's text and remembers it as stored", () => {
    const theirs = addMessage(c, msg("o1", "c-u", "assistant"));
    const action = externalAction({ local: JSON.stringify(theirs), stub: null }, known(c));
    expect(action).toMatchObject({ type: "apply", conv: theirs });
    expect(action.type === "apply" && action.known.raw).toBe(JSON.stringify(theirs));
  });

  it("fetches a changed IndexedDB record, and checks before calling anything deleted", () => {
    expect(externalAction({ local: null, stub: stub("r2") }, known(c, "indexed"))).toEqual({ type: "fetch" });
    // Gone from localStorage with a stub in its place: moved, not deleted.
    expect(externalAction({ local: null, stub: stub("r2") }, known(c))).toEqual({ type: "fetch" });
    expect(externalAction({ local: null, stub: null }, known(c))).toEqual({ type: "check-deleted" });
    expect(externalAction({ local: null, stub: null }, undefined)).toEqual({ type: "ignore" });
    expect(externalAction({ local: "{garbled", stub: null }, known(c))).toEqual({ type: "ignore" });
  });

  it("reads an IndexedDB record unless it is the one this tab knows", () => {
    const json = JSON.stringify(c);
    expect(indexedAction({ id: "c", rev: "r1", json }, known(c, "indexed"))).toEqual({ type: "ignore" });
    expect(indexedAction({ id: "c", rev: "r2", json }, known(c, "indexed"))).toMatchObject({
      type: "apply",
      known: { where: "indexed", rev: "r2" },
    });
    expect(indexedAction(null, known(c, "indexed"))).toBeNull();
  });
});

describe("reconcile", () => {
  const base = conv("c");
  const mine = addMessage(base, msg("t1", "c-u", "assistant", { createdAt: 2 }));
  const theirs = addMessage(base, msg("o1", "c-u", "assistant", { createdAt: 3 }));

  it("takes theirs when this tab has nothing unsaved (renames, deleted messages)", () => {
    expect(reconcile(base, base, theirs)).toEqual({ show: theirs, asStored: true });
    expect(reconcile(undefined, undefined, theirs)).toEqual({ show: theirs, asStored: true });
  });

  it("stays on this tab's branch when taking theirs, without writing that back", () => {
    const shared = addMessage(mine, msg("o1", "c-u", "assistant", { createdAt: 3 }));
    const here = { ...shared, leafId: "t1" };
    const { show, asStored } = reconcile(here, here, { ...shared, leafId: "o1", title: "Renamed" });
    expect(show).toMatchObject({ leafId: "t1", title: "Renamed" });
    expect(asStored).toBe(true);
  });

  it("merges when this tab has unsaved changes, so neither tab's message is lost", () => {
    const { show, asStored } = reconcile(mine, base, theirs);
    expect(show?.messages.map((m) => m.id)).toEqual(["c-u", "t1", "o1"]);
    expect(show?.leafId).toBe("t1");
    expect(asStored).toBe(false);
  });

  it("keeps this tab's later copy of a message when theirs is older, e.g. a reply streaming here", () => {
    const saved = addMessage(base, msg("s", "c-u", "assistant", { status: "streaming", updatedAt: 9 }));
    const here = {
      ...saved,
      messages: saved.messages.map((m) => (m.id === "s" ? { ...m, content: "Slow 1. Slow 2." } : m)),
    };
    // The other tab merged an earlier write of ours (one chunk), then added its own message.
    const older = {
      ...here,
      messages: here.messages.map((m) => (m.id === "s" ? { ...m, content: "Slow 1.", updatedAt: 5 } : m)),
    };
    const incoming = addMessage(older, msg("o1", "c-u", "assistant", { createdAt: 3 }));
    const { show, asStored } = reconcile(here, here, incoming);
    expect(show?.messages.find((m) => m.id === "s")?.content).toBe("Slow 1. Slow 2.");
    expect(show?.messages.map((m) => m.id)).toContain("o1");
    expect(asStored).toBe(false);
  });

  it("removes a conversation deleted elsewhere, unless a reply streams into it here", () => {
    expect(reconcile(base, base, null).show).toBeNull();
    const streaming = addMessage(base, msg("s", "c-u", "assistant", { status: "streaming" }));
    expect(reconcile(streaming, base, null).show).toBeUndefined();
    expect(reconcile(undefined, undefined, null).show).toBeUndefined();
  });
});

describe("readMetaChange", () => {
  it("reads another tab's settings, not its own echo, not a newer version's", () => {
    const text = JSON.stringify({ version: 2, settings: { ...defaultSettings(), model: "m2" } });
    expect(readMetaChange(text, 2, null)?.settings.model).toBe("m2");
    expect(readMetaChange(text, 2, text)).toBeNull();
    expect(readMetaChange(JSON.stringify({ version: 3 }), 2, null)).toBeNull();
    expect(readMetaChange("{", 2, null)).toBeNull();
    expect(readMetaChange(null, 2, null)).toBeNull();
  });
});
