import { describe, expect, it } from "vitest";
import { PARAMETERS } from "./parameter-table";
import { defaultParamSettings, withParamValue } from "./parameters";
import { defaultSpec, estimateSweep, specProblems, sweepPlan, sweepValues, type SweepSpec } from "./sweep";

const spec = (patch: Partial<SweepSpec> = {}): SweepSpec => ({ ...defaultSpec("temperature"), ...patch });

describe("sweep plan", () => {
  it("steps evenly from one end to the other, both included, without float noise", () => {
    expect(sweepValues(spec({ from: 0, to: 2, steps: 5 }))).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(sweepValues(spec({ from: 0, to: 1, steps: 4 }))).toEqual([0, 0.3333, 0.6667, 1]);
    expect(sweepValues(spec({ from: 1.5, to: 0.5, steps: 3 }))).toEqual([1.5, 1, 0.5]);
    expect(sweepValues(spec({ from: 0.7, to: 2, steps: 1 }))).toEqual([0.7]);
  });

  it("starts every parameter of the table on a sweep that can run", () => {
    for (const p of PARAMETERS) expect(specProblems(defaultSpec(p.key))).toEqual([]);
    expect(sweepValues(defaultSpec("temperature"))).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(sweepValues(defaultSpec("top_k"))).toEqual([1, 26, 51, 75, 100]);
  });

  it("rounds integer parameters", () => {
    expect(sweepValues(spec({ param: "top_k", from: 1, to: 10, steps: 4 }))).toEqual([1, 4, 7, 10]);
  });

  it("asks every value its number of samples, value by value", () => {
    expect(sweepPlan(spec({ from: 0, to: 2, steps: 3, samples: 2 }))).toEqual([
      { step: 0, value: 0, sample: 1 },
      { step: 0, value: 0, sample: 2 },
      { step: 1, value: 1, sample: 1 },
      { step: 1, value: 1, sample: 2 },
      { step: 2, value: 2, sample: 1 },
      { step: 2, value: 2, sample: 2 },
    ]);
  });

  it("refuses values out of the parameter's range, too many steps or samples, and repeated values", () => {
    expect(specProblems(spec())).toEqual([]);
    expect(specProblems(spec({ to: 3 }))).toEqual([{ field: "to", code: "range", min: 0, max: 2 }]);
    expect(specProblems(spec({ steps: 11, samples: 0 })).map((p) => p.field)).toEqual(["steps", "samples"]);
    expect(specProblems(spec({ concurrency: 0 })).map((p) => p.field)).toEqual(["concurrency"]);
    expect(specProblems(spec({ param: "top_k", from: 1, to: 3, steps: 5 }))).toEqual([
      { field: "steps", code: "duplicates" },
    ]);
  });
});

describe("estimateSweep", () => {
  const usage = { promptTokens: 100, completionTokens: 300, totalTokens: 400 };

  it("counts the requests, and tokens from the last reply's usage", () => {
    const estimate = estimateSweep(spec({ steps: 3, samples: 2 }), defaultParamSettings(), usage);
    expect(estimate).toEqual({ requests: 6, tokens: { prompt: 600, completion: 1800, total: 2400 } });
  });

  it("caps each reply at the Max tokens it will send, swept or fixed", () => {
    const swept = spec({ param: "max_tokens", from: 100, to: 500, steps: 3, samples: 1 });
    // 100, 300 (= the last reply's length), 300 (capped by nothing lower than 500)
    expect(estimateSweep(swept, defaultParamSettings(), usage).tokens?.completion).toBe(100 + 300 + 300);
    const fixed = withParamValue(defaultParamSettings(), "max_tokens", 50);
    expect(estimateSweep(spec({ steps: 2, samples: 1 }), fixed, usage).tokens?.completion).toBe(100);
  });

  it("says nothing about tokens without an earlier reply", () => {
    expect(estimateSweep(spec({ steps: 2, samples: 3 }), defaultParamSettings(), undefined)).toEqual({
      requests: 6,
      tokens: null,
    });
  });
});
