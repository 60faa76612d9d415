import { describe, expect, it } from "vitest";
import { canReloadNow, reloadBlocker } from "./reload-guard";
import { registerStream, unregisterStream } from "./streams";
import { registerUnsavedInput } from "./unsaved-input";

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

  it("refuses while a registered place holds unsent input, following it as it changes", () => {
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
    const unregister = registerUnsavedInput(() => true);
    registerStream("r2", "c1");
    expect(reloadBlocker()).toBe("streaming");
    unregisterStream("r2");
    unregister();
  });
});
