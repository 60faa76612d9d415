import { describe, expect, it } from "vitest";
import { PARAMETERS } from "./parameter-table";
import { chosenParams, defaultParamSettings, withParamReset, withParamValue } from "./parameters";
import {
  allPresets,
  applyPresetTo,
  BUILT_IN_PRESETS,
  cleanPresetName,
  createPreset,
  findPreset,
  matchingPreset,
  mergePresets,
  presetParts,
  removePresetFrom,
  renamePresetIn,
  sameParams,
  type PresetTarget,
} from "./presets";
import type { Preset } from "./types";

const target = (extra: Partial<PresetTarget> = {}): PresetTarget => ({
  systemPrompt: "",
  params: defaultParamSettings(),
  extraBody: "",
  ...extra,
});

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
    const preset = createPreset("p1", "  My   preset ", target({ params }));
    expect(preset).toEqual({ id: "p1", name: "My preset", params });
    expect(preset?.params).not.toBe(params);
    expect(createPreset("p2", "   ", target({ params }))).toBeNull();
    expect(cleanPresetName("x".repeat(100))).toHaveLength(60);
  });

  it("hold the parts chosen, and need at least one", () => {
    const from = target({ systemPrompt: "Be terse.", model: " gpt-x ", extraBody: '{"seed":1}' });
    expect(createPreset("p1", "Terse", from, ["systemPrompt", "model"])).toEqual({
      id: "p1",
      name: "Terse",
      systemPrompt: "Be terse.",
      model: "gpt-x",
    });
    expect(
      presetParts(createPreset("p2", "All", from, ["params", "systemPrompt", "model", "extraBody"])!),
    ).toEqual(["params", "systemPrompt", "model", "extraBody"]);
    // A blank model means "Settings' model": nothing to hold, so nothing is held.
    expect(createPreset("p3", "No model", target(), ["model"])).toBeNull();
    expect(createPreset("p4", "Nothing", from, [])).toBeNull();
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
    expect(matchingPreset(target({ params: balanced }), presets)?.id).toBe("builtin:balanced");
    expect(matchingPreset(target({ params: balanced }), presets, "p1")?.id).toBe("p1");
    expect(matchingPreset(target({ params: withParamValue(balanced, "top_k", 3) }), presets)).toBeUndefined();
    expect(matchingPreset(target(), presets)?.id).toBe("builtin:provider");
  });

  it("compares only what a preset holds; a blank model is Settings' model", () => {
    const prompt: Preset = { id: "p1", name: "Prompt", systemPrompt: "Be terse.", model: "gpt-x" };
    const presets = [prompt];
    const t = target({
      systemPrompt: "Be terse.",
      params: withParamValue(defaultParamSettings(), "top_k", 5),
    });
    expect(matchingPreset({ ...t, model: "gpt-x" }, presets)?.id).toBe("p1");
    expect(matchingPreset(t, presets, null, "gpt-x")?.id).toBe("p1");
    expect(matchingPreset(t, presets, null, "other")).toBeUndefined();
  });
});

describe("applying a preset", () => {
  it("sets what it holds and leaves the rest", () => {
    const before = target({
      systemPrompt: "Old prompt",
      params: withParamValue(defaultParamSettings(), "top_k", 5),
      extraBody: '{"seed": 1}',
      model: "old-model",
    });
    const promptAndModel: Preset = { id: "p1", name: "P", systemPrompt: "Be terse.", model: "gpt-x" };
    expect(applyPresetTo(before, promptAndModel)).toEqual({
      ...before,
      systemPrompt: "Be terse.",
      model: "gpt-x",
    });
    const creative = BUILT_IN_PRESETS.find((p) => p.id === "builtin:creative")!;
    const applied = applyPresetTo(before, creative);
    expect(chosenParams(applied.params)).toEqual({ temperature: 1.2 });
    expect(applied).toMatchObject({
      systemPrompt: "Old prompt",
      extraBody: '{"seed": 1}',
      model: "old-model",
    });
  });

  it("brings stored parameters into range, and an empty system prompt still applies", () => {
    const odd: Preset = {
      id: "p1",
      name: "Odd",
      systemPrompt: "",
      params: { ...defaultParamSettings(), temperature: { enabled: true, value: 9 } },
    };
    const applied = applyPresetTo(target({ systemPrompt: "Was here" }), odd);
    expect(applied.systemPrompt).toBe("");
    expect(applied.params.temperature).toEqual({ enabled: true, value: 2 });
  });
});

describe("importing presets", () => {
  const ids = () => {
    let n = 0;
    return () => `new${++n}`;
  };

  it("adds new ones, skips what is already here, and copies a different preset under a taken id", () => {
    const here: Preset = { id: "p1", name: "Terse", systemPrompt: "Be terse." };
    const incoming: Preset[] = [
      { id: "p1", name: "Terse", systemPrompt: "Be terse." },
      { id: "p1", name: "Terse", systemPrompt: "Be very terse." },
      { id: "p2", name: "Cool", params: withParamValue(defaultParamSettings(), "temperature", 0.2) },
      { id: "builtin:creative", name: "Creative", params: defaultParamSettings() },
    ];
    const merged = mergePresets([here], incoming, ids(), " (imported)");
    expect(merged.added).toBe(2);
    expect(merged.presets.map((p) => [p.id, p.name])).toEqual([
      ["p1", "Terse"],
      ["new1", "Terse (imported)"],
      ["p2", "Cool"],
    ]);
    // The same file again adds nothing.
    expect(mergePresets(merged.presets, incoming, ids(), " (imported)").added).toBe(0);
  });
});
