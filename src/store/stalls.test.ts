import { describe, expect, it } from "vitest";
import { setStalled, stalledFor } from "./stalls";

describe("stalls", () => {
  it("marks and clears a reply, each reply on its own", () => {
    setStalled("a", 20);
    setStalled("b", 30);
    setStalled("a", null);
    expect(stalledFor("a")).toBeNull();
    expect(stalledFor("b")).toBe(30);
    setStalled("b", null);
    expect(stalledFor("b")).toBeNull();
  });
});
