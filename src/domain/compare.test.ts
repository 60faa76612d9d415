import { describe, expect, it } from "vitest";
import {
  defaultColumns,
  describeDifferences,
  differingKeys,
  effectiveValue,
  MAX_COLUMNS,
  nextColumn,
} from "./compare";
import { chosenParams, defaultParamSettings, normalizeParams, type ParamSettings } from "./parameters";

const LABELS: Record<string, string> = {
  temperature: "Temperature",
  top_p: "Top P",
  top_k: "Top K",
  max_tokens: "Max tokens",
};
const WORDS = { label: (key: string) => LABELS[key] ?? key, off: "off", same: "Same parameters" };

function params(patch: Partial<ParamSettings>): ParamSettings {
  return { ...defaultParamSettings(), ...patch };
}

describe("defaultColumns", () => {
  it("keeps the conversation's settings in column 1 and varies only the temperature in column 2", () => {
    const conv = params({ top_k: { enabled: true, value: 20 } });
    const [first, second] = defaultColumns(conv);
    expect(chosenParams(first as ParamSettings)).toEqual({ top_k: 20 });
    expect(chosenParams(second as ParamSettings)).toEqual({ top_k: 20, temperature: 1.2 });
  });

  it("goes low when the conversation already runs hot", () => {
    const [, second] = defaultColumns(params({ temperature: { enabled: true, value: 1.5 } }));
    expect(effectiveValue(second as ParamSettings, "temperature")).toBe(0.2);
  });

  it("clamps stored values that are out of range", () => {
    const [first] = defaultColumns(params({ top_p: { enabled: true, value: 7 } }));
    expect(effectiveValue(first as ParamSettings, "top_p")).toBe(1);
  });
});

describe("nextColumn", () => {
  it("copies the last column with a temperature no column uses yet", () => {
    const columns = defaultColumns(params({ temperature: { enabled: true, value: 0.2 } }));
    const third = nextColumn(columns);
    expect(effectiveValue(third, "temperature")).toBe(0.7);
    const fourth = nextColumn([...columns, third]);
    expect(effectiveValue(fourth, "temperature")).toBe(1.7);
    expect(MAX_COLUMNS).toBe(4);
  });
});

describe("describeDifferences", () => {
  it("starts each label with its model when the models differ", () => {
    const a = params({ temperature: { enabled: true, value: 0.2 } });
    expect(describeDifferences([a, a], WORDS, ["gpt-x", "claude-y"])).toEqual(["gpt-x", "claude-y"]);
    const b = params({ temperature: { enabled: true, value: 1.2 } });
    expect(describeDifferences([a, b], WORDS, ["gpt-x", "claude-y"])).toEqual([
      "gpt-x, Temperature 0.2",
      "claude-y, Temperature 1.2",
    ]);
    expect(describeDifferences([a, a], WORDS, ["m", " m "])).toEqual(["Same parameters", "Same parameters"]);
  });

  it("names only what differs, with off for a field left out", () => {
    const a = params({ temperature: { enabled: true, value: 0.2 }, top_p: { enabled: true, value: 0.9 } });
    const b = params({
      temperature: { enabled: true, value: 1.2 },
      top_p: { enabled: true, value: 0.9 },
      top_k: { enabled: true, value: 40 },
    });
    expect(differingKeys([a, b])).toEqual(["temperature", "top_k"]);
    expect(describeDifferences([a, b], WORDS)).toEqual([
      "Temperature 0.2, Top K off",
      "Temperature 1.2, Top K 40",
    ]);
  });

  it("treats a disabled field as off whatever value it holds", () => {
    const a = params({ max_tokens: { enabled: false, value: 10 } });
    const b = params({ max_tokens: { enabled: false, value: 500 } });
    expect(describeDifferences([a, b], WORDS)).toEqual(["Same parameters", "Same parameters"]);
  });

  it("compares sent values: columns hold settings in range, so values that clamp alike are the same", () => {
    const a = normalizeParams(params({ temperature: { enabled: true, value: 2 } }));
    const b = normalizeParams(params({ temperature: { enabled: true, value: 9 } }));
    expect(describeDifferences([a, b], WORDS)).toEqual(["Same parameters", "Same parameters"]);
  });
});
