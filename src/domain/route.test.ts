import { describe, expect, it } from "vitest";
import { addressUpdate, parseRoute, routeHash } from "./route";

const shown = (activeId: string | null, ...ids: string[]) => ({
  activeId,
  exists: (id: string) => ids.includes(id),
});

describe("routes", () => {
  it("round-trips conversation ids, also ones that need escaping", () => {
    for (const id of ["c_lx2abc123", "c/odd id#?", "日本語"]) {
      expect(parseRoute(routeHash(id))).toEqual({ kind: "conversation", id });
    }
    expect(routeHash(null)).toBe("#/new");
    expect(parseRoute("#/new")).toEqual({ kind: "new" });
  });

  it("reads anything else as no route", () => {
    for (const hash of ["", "#", "#/", "#/c/", "#/c/a/b", "#/settings", "#/c/%E0%A4%A"]) {
      expect(parseRoute(hash)).toEqual({ kind: "none" });
    }
  });
});

describe("addressUpdate", () => {
  it("adds a history entry when the user moves to another chat", () => {
    expect(addressUpdate(shown("a", "a", "b"), shown("b", "a", "b"))).toEqual({
      hash: "#/c/b",
      replace: false,
    });
    expect(addressUpdate(shown("a", "a"), shown(null, "a"))).toEqual({ hash: "#/new", replace: false });
    expect(addressUpdate(shown(null, "a"), shown("a", "a"))).toEqual({ hash: "#/c/a", replace: false });
  });

  it("rewrites the entry when the new chat's first message creates its conversation", () => {
    expect(addressUpdate(shown(null, "a"), shown("b", "a", "b"))).toEqual({ hash: "#/c/b", replace: true });
    // Also from the page of a conversation that is gone.
    expect(addressUpdate(shown("gone", "a"), shown("b", "a", "b"))).toEqual({ hash: "#/c/b", replace: true });
  });

  it("rewrites the entry when the open conversation is deleted here", () => {
    expect(addressUpdate(shown("a", "a", "b"), shown(null, "b"))).toEqual({ hash: "#/new", replace: true });
  });

  it("does nothing when the open conversation stays the same", () => {
    expect(addressUpdate(shown("a", "a"), shown("a", "a", "b"))).toBeNull();
  });
});
