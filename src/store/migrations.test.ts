import { describe, expect, it } from "vitest";
import { DATA_VERSION, migrate, MIGRATIONS } from "./migrations";

describe("migrate", () => {
  it("has a step for every version below the current one", () => {
    for (let v = 0; v < DATA_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf("function");
  });

  it("runs the numbered steps in order, purely", () => {
    const steps = {
      1: (s: Record<string, unknown>) => ({ ...s, trail: [...(s.trail as number[]), 1] }),
      2: (s: Record<string, unknown>) => ({ ...s, trail: [...(s.trail as number[]), 2] }),
    };
    const input = { trail: [] as number[] };
    expect(migrate(input, 1, steps, 3)).toEqual({ trail: [1, 2] });
    expect(input.trail).toEqual([]);
    expect(migrate(input, 3, steps, 3)).toBe(input);
  });

  it("refuses data from a newer version and gaps in the chain", () => {
    expect(() => migrate({}, 4, {}, 3)).toThrow(/newer version/);
    expect(() => migrate({}, 1, {}, 2)).toThrow(/No migration from data format v1/);
  });
});

describe("step 1 -> 2: presets in export files", () => {
  it("gives a v1 export file an empty preset list, and leaves one that has presets alone", () => {
    const v1 = { format: "chat-studio.conversations", version: 1, conversations: [] };
    expect(migrate(v1, 1)).toEqual({ ...v1, presets: [] });
    const listed = { ...v1, presets: [{ id: "p1", name: "Mine" }] };
    expect(migrate(listed, 1)).toEqual(listed);
  });

  it("leaves saved data (which keeps presets in meta) as it was", () => {
    const saved = { conversations: [], meta: { presets: [{ id: "p1", name: "Mine", params: {} }] } };
    expect(migrate(saved, 1)).toEqual(saved);
  });
});
