import { describe, expect, it } from "vitest";
import { PARAMETERS } from "./parameter-table";
import {
  chosenParams,
  defaultParamSettings,
  formatParam,
  normalizeParams,
  paramSpec,
  parseParamInput,
  sliderToValue,
  SLIDER_STEPS,
  valueToSlider,
  withParamEnabled,
  withParamReset,
  withParamValue,
  type ParamSettings,
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
    expect(parseParamInput(temp, ".5")).toEqual({ ok: true, value: 0.5 });
    expect(parseParamInput(paramSpec("max_tokens"), "1e3")).toEqual({ ok: true, value: 1000 });
  });
  it("reads full-width digits as a Japanese IME types them", () => {
    expect(parseParamInput(temp, "１．２")).toEqual({ ok: true, value: 1.2 });
  });
  it.each([
    ["", { code: "needsValue" }],
    ["abc", { code: "notNumber" }],
    ["2.5", { code: "range", min: 0, max: 2 }],
    ["-0.1", { code: "range", min: 0, max: 2 }],
    ["Infinity", { code: "notNumber" }],
    ["0.", { code: "notNumber" }],
    ["1e", { code: "notNumber" }],
    ["0x1", { code: "notNumber" }],
    ["1,5", { code: "notNumber" }],
  ])("refuses %j for temperature", (raw, problem) => {
    expect(parseParamInput(temp, raw)).toEqual({ ok: false, problem });
  });
  it("refuses fractions and zero for Top K", () => {
    expect(parseParamInput(topK, "1.5")).toEqual({ ok: false, problem: { code: "notInteger" } });
    expect(parseParamInput(topK, "0")).toEqual({ ok: false, problem: { code: "atLeast", min: 1 } });
  });
});

describe("normalizeParams", () => {
  it("clamps and rounds", () => {
    const out = normalizeParams({
      top_p: { enabled: true, value: 1.7 },
      max_tokens: { enabled: true, value: 70000 },
      top_k: { enabled: true, value: 3.6 },
      temperature: { enabled: true, value: 0.1 + 0.2 },
    });
    expect(chosenParams(out)).toEqual({ temperature: 0.3, top_p: 1, top_k: 4, max_tokens: 65536 });
    expect(normalizeParams({ temperature: { enabled: true, value: Number.NaN } }).temperature.value).toBe(
      0.7,
    );
  });

  it("clamps values that are not sent, too", () => {
    const params = defaultParamSettings();
    params.temperature = { enabled: true, value: 9 };
    params.max_tokens = { enabled: false, value: 0 };
    const out = normalizeParams(params);
    expect(out.temperature).toEqual({ enabled: true, value: 2 });
    expect(out.max_tokens).toEqual({ enabled: false, value: 1 });
  });

  it("fills missing keys with the defaults and copies the rest", () => {
    const partial = { top_k: { enabled: true, value: 3.6 } } as Partial<ParamSettings>;
    const clean = normalizeParams(partial);
    expect(clean.top_k).toEqual({ enabled: true, value: 4 });
    expect(clean.temperature).toEqual({ enabled: false, value: 0.7 });
    const full = withParamValue(defaultParamSettings(), "top_p", 0.5);
    expect(normalizeParams(full)).toEqual(full);
    expect(normalizeParams(full).top_p).not.toBe(full.top_p);
  });
});

describe("parameter edits", () => {
  it("setting a value clamps it and turns the field on", () => {
    const p = withParamValue(defaultParamSettings(), "temperature", 5);
    expect(p.temperature).toEqual({ enabled: true, value: 2 });
    expect(withParamValue(p, "max_tokens", 99.6).max_tokens).toEqual({ enabled: true, value: 100 });
  });

  it("toggling keeps the value; the same state returns the same object", () => {
    const on = withParamValue(defaultParamSettings(), "top_k", 7);
    const off = withParamEnabled(on, "top_k", false);
    expect(off.top_k).toEqual({ enabled: false, value: 7 });
    expect(withParamEnabled(off, "top_k", false)).toBe(off);
    expect(withParamEnabled(off, "top_k", true).top_k).toEqual({ enabled: true, value: 7 });
  });

  it("reset turns the field off and restores the initial value", () => {
    const p = withParamReset(withParamValue(defaultParamSettings(), "top_p", 0.1), "top_p");
    expect(p.top_p).toEqual({ enabled: false, value: 0.9 });
  });
});

describe("the slider mapping", () => {
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
