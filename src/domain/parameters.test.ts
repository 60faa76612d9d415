import { describe, expect, it } from "vitest";
import {
  chosenParams,
  clampParam,
  defaultParamSettings,
  formatParam,
  PARAMETERS,
  paramSpec,
  parseParamInput,
  sliderToValue,
  SLIDER_STEPS,
  valueToSlider,
} from "./parameters";

describe("parameter table", () => {
  it("covers the four API fields with the seed's ranges", () => {
    expect(PARAMETERS.map((p) => [p.key, p.min, p.max])).toEqual([
      ["temperature", 0, 2],
      ["top_p", 0, 1],
      ["top_k", 1, Number.MAX_SAFE_INTEGER],
      ["max_tokens", 1, 65536],
    ]);
  });

  it("starts with nothing chosen", () => {
    expect(chosenParams(defaultParamSettings())).toEqual({});
  });
});

describe("formatParam", () => {
  it("shows integers without a fraction and decimals as they are", () => {
    expect(formatParam(paramSpec("top_k"), 40.4)).toBe("40");
    expect(formatParam(paramSpec("temperature"), 0.75)).toBe("0.75");
  });
});

describe("parseParamInput", () => {
  const temp = paramSpec("temperature");
  const topK = paramSpec("top_k");
  it("accepts values in range", () => {
    expect(parseParamInput(temp, " 1.25 ")).toEqual({ ok: true, value: 1.25 });
    expect(parseParamInput(topK, "250")).toEqual({ ok: true, value: 250 });
  });
  it.each([
    ["", { code: "needsValue" }],
    ["abc", { code: "notNumber" }],
    ["2.5", { code: "range", min: 0, max: 2 }],
    ["-0.1", { code: "range", min: 0, max: 2 }],
    ["Infinity", { code: "notNumber" }],
  ])("refuses %j for temperature", (raw, problem) => {
    expect(parseParamInput(temp, raw)).toEqual({ ok: false, problem });
  });
  it("refuses fractions and zero for Top K", () => {
    expect(parseParamInput(topK, "1.5")).toEqual({ ok: false, problem: { code: "notInteger" } });
    expect(parseParamInput(topK, "0")).toEqual({ ok: false, problem: { code: "atLeast", min: 1 } });
  });
});

describe("clampParam and the slider mapping", () => {
  it("clamps and rounds", () => {
    expect(clampParam(paramSpec("top_p"), 1.7)).toBe(1);
    expect(clampParam(paramSpec("max_tokens"), 70000)).toBe(65536);
    expect(clampParam(paramSpec("top_k"), 3.6)).toBe(4);
    expect(clampParam(paramSpec("temperature"), 0.1 + 0.2)).toBe(0.3);
    expect(clampParam(paramSpec("temperature"), Number.NaN)).toBe(0.7);
  });
  it("maps max tokens on a log scale, ends exact", () => {
    const spec = paramSpec("max_tokens");
    expect(sliderToValue(spec, 0)).toBe(1);
    expect(sliderToValue(spec, SLIDER_STEPS)).toBe(65536);
    expect(valueToSlider(spec, 256)).toBe(500);
    expect(sliderToValue(spec, 500)).toBe(256);
  });
  it("round-trips linear values to the step", () => {
    const spec = paramSpec("temperature");
    expect(sliderToValue(spec, valueToSlider(spec, 0.7))).toBe(0.7);
    expect(sliderToValue(spec, SLIDER_STEPS)).toBe(2);
  });
});
