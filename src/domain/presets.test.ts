import { describe, expect, it } from "vitest";
import { PARAMETERS } from "./parameter-table";
import { chosenParams, defaultParamSettings, withParamReset, withParamValue } from "./parameters";
import {
  allPresets,
  BUILT_IN_PRESETS,
  cleanPresetName,
  createPreset,
  findPreset,
  matchingPreset,
  removePresetFrom,
  renamePresetIn,
  sameParams,
} from "./presets";
import type { Preset } from "./types";

const user = (id: string, name: string, temperature = 0.5): Preset => ({
  id,
  name,
  params: withParamValue(defaultParamSettings(), "temperature", temperature),
});

describe("built-in presets", () => {
  it("tune Temperature only, as the provider advises not to tune it together with Top P", () => {
    expect(BUILT_IN_PRESETS.map((p) => [p.name, chosenParams(p.params)])).toEqual([
      ["Provider defaults", {}],
      ["Precise", { temperature: 0.2 }],
      ["Balanced", { temperature: 0.7 }],
      ["Creative", { temperature: 1.2 }],
    ]);
  });

  it("are full settings and marked built-in", () => {
    for (const p of BUILT_IN_PRESETS) {
      expect(p.builtIn).toBe(true);
      expect(Object.keys(p.params).sort()).toEqual(PARAMETERS.map((s) => s.key).sort());
    }
  });

  it("cannot be renamed or removed", () => {
    const list = [...BUILT_IN_PRESETS, user("p1", "Mine")];
    expect(renamePresetIn(list, "builtin:precise", "Other")).toEqual(list);
    expect(removePresetFrom(list, "builtin:precise")).toEqual(list);
  });
});

describe("user presets", () => {
  it("are listed after the built-ins and found by id", () => {
    const mine = user("p1", "Mine");
    expect(allPresets([mine]).map((p) => p.id)).toEqual([...BUILT_IN_PRESETS.map((p) => p.id), "p1"]);
    expect(findPreset([mine], "p1")).toBe(mine);
    expect(findPreset([mine], "builtin:creative")?.name).toBe("Creative");
    expect(findPreset([mine], "nope")).toBeUndefined();
  });

  it("are created with a clean name and a copy of the values, or not at all without a name", () => {
    const params = withParamValue(defaultParamSettings(), "top_k", 12);
    const preset = createPreset("p1", "  My   preset ", params);
    expect(preset).toEqual({ id: "p1", name: "My preset", params });
    expect(preset?.params).not.toBe(params);
    expect(createPreset("p2", "   ", params)).toBeNull();
    expect(cleanPresetName("x".repeat(100))).toHaveLength(60);
  });

  it("are renamed and removed by id; a blank name is ignored", () => {
    const list = [user("p1", "One"), user("p2", "Two")];
    expect(renamePresetIn(list, "p2", " Deux ").map((p) => p.name)).toEqual(["One", "Deux"]);
    expect(renamePresetIn(list, "p2", " ").map((p) => p.name)).toEqual(["One", "Two"]);
    expect(removePresetFrom(list, "p1").map((p) => p.id)).toEqual(["p2"]);
  });
});

describe("matching presets", () => {
  it("ignores the values of fields that are not sent", () => {
    const a = withParamReset(withParamValue(defaultParamSettings(), "top_p", 0.3), "top_p");
    expect(sameParams(a, defaultParamSettings())).toBe(true);
    expect(sameParams(withParamValue(a, "top_p", 0.3), defaultParamSettings())).toBe(false);
  });

  it("finds the preset the settings equal, preferring the one last chosen", () => {
    const presets = allPresets([user("p1", "Same as balanced", 0.7)]);
    const balanced = withParamValue(defaultParamSettings(), "temperature", 0.7);
    expect(matchingPreset(balanced, presets)?.id).toBe("builtin:balanced");
    expect(matchingPreset(balanced, presets, "p1")?.id).toBe("p1");
    expect(matchingPreset(withParamValue(balanced, "top_k", 3), presets)).toBeUndefined();
    expect(matchingPreset(defaultParamSettings(), presets)?.id).toBe("builtin:provider");
  });
});
