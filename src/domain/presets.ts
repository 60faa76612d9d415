// Presets: named sets of request settings, built-in (parameters only) or the user's own.
import {
  chosenParams,
  defaultParamSettings,
  normalizeParams,
  PARAM_KEYS,
  withParamValue,
  type ParamSettings,
} from "./parameters";
import type { Preset } from "./types";

const withTemperature = (value: number) => withParamValue(defaultParamSettings(), "temperature", value);

/**
 * The provider advises against tuning Temperature and Top P together, so every preset moves Temperature only
 * and leaves the other fields to the provider. Each holds all four parameters: applying one replaces all four
 * and leaves the system prompt, model and extra fields alone.
 */
export const BUILT_IN_PRESETS: readonly (Preset & { params: ParamSettings })[] = [
  {
    id: "builtin:provider",
    name: "Provider defaults",
    nameKey: "parameters.presetProvider",
    params: defaultParamSettings(),
    builtIn: true,
  },
  {
    id: "builtin:precise",
    name: "Precise",
    nameKey: "parameters.presetPrecise",
    params: withTemperature(0.2),
    builtIn: true,
  },
  {
    id: "builtin:balanced",
    name: "Balanced",
    nameKey: "parameters.presetBalanced",
    params: withTemperature(0.7),
    builtIn: true,
  },
  {
    id: "builtin:creative",
    name: "Creative",
    nameKey: "parameters.presetCreative",
    params: withTemperature(1.2),
    builtIn: true,
  },
];

export function isBuiltInPreset(id: string): boolean {
  return BUILT_IN_PRESETS.some((p) => p.id === id);
}

/** Built-ins first, then the user's own, as the picker lists them. */
export function allPresets(userPresets: readonly Preset[]): Preset[] {
  return [...BUILT_IN_PRESETS, ...userPresets];
}

export function findPreset(userPresets: readonly Preset[], id: string): Preset | undefined {
  return allPresets(userPresets).find((p) => p.id === id);
}

export const PRESET_NAME_MAX = 60;

export function cleanPresetName(name: string): string {
  return name.replace(/\s+/g, " ").trim().slice(0, PRESET_NAME_MAX);
}

/** The parts of a target a preset can hold. */
export type PresetPart = "params" | "systemPrompt" | "model" | "extraBody";

export const PRESET_PARTS: readonly PresetPart[] = ["params", "systemPrompt", "model", "extraBody"];

/** What a preset is made from and applied to: a conversation's settings, or the New-chat draft's. */
export interface PresetTarget {
  systemPrompt: string;
  params: ParamSettings;
  extraBody: string;
  model?: string;
}

/** The parts a preset holds, in a fixed order. */
export function presetParts(preset: Preset): PresetPart[] {
  return PRESET_PARTS.filter((part) => preset[part] !== undefined);
}

/**
 * A preset holding the chosen parts of `from`; null without a name or without any part. The model is held
 * only when one is given (a blank model means "Settings' model", which is not a choice worth saving).
 */
export function createPreset(
  id: string,
  name: string,
  from: PresetTarget,
  parts: readonly PresetPart[] = ["params"],
): Preset | null {
  const clean = cleanPresetName(name);
  const model = from.model?.trim();
  const preset: Preset = {
    id,
    name: clean,
    ...(parts.includes("params") ? { params: normalizeParams(from.params) } : {}),
    ...(parts.includes("systemPrompt") ? { systemPrompt: from.systemPrompt } : {}),
    ...(parts.includes("model") && model ? { model } : {}),
    ...(parts.includes("extraBody") ? { extraBody: from.extraBody } : {}),
  };
  return clean && presetParts(preset).length > 0 ? preset : null;
}

/** Sets what the preset holds and leaves the rest of the target as it was. */
export function applyPresetTo<T extends PresetTarget>(target: T, preset: Preset): T {
  return {
    ...target,
    ...(preset.params ? { params: normalizeParams(preset.params) } : {}),
    ...(preset.systemPrompt !== undefined ? { systemPrompt: preset.systemPrompt } : {}),
    ...(preset.model !== undefined ? { model: preset.model } : {}),
    ...(preset.extraBody !== undefined ? { extraBody: preset.extraBody } : {}),
  };
}

/** The target holds everything the preset does (parameters compared by what they send). */
export function presetMatches(target: PresetTarget, preset: Preset, settingsModel = ""): boolean {
  if (preset.params && !sameParams(target.params, preset.params)) return false;
  if (preset.systemPrompt !== undefined && preset.systemPrompt !== target.systemPrompt) return false;
  if (preset.extraBody !== undefined && preset.extraBody !== target.extraBody) return false;
  const model = target.model?.trim() || settingsModel.trim();
  return preset.model === undefined || preset.model.trim() === model;
}

export function renamePresetIn(presets: readonly Preset[], id: string, name: string): Preset[] {
  const clean = cleanPresetName(name);
  if (!clean || isBuiltInPreset(id)) return [...presets];
  return presets.map((p) => (p.id === id && !p.builtIn ? { ...p, name: clean } : p));
}

export function removePresetFrom(presets: readonly Preset[], id: string): Preset[] {
  if (isBuiltInPreset(id)) return [...presets];
  return presets.filter((p) => p.id !== id || p.builtIn);
}

/** Two settings send the same request: disabled fields compare equal whatever value they hold. */
export function sameParams(a: ParamSettings, b: ParamSettings): boolean {
  const x = chosenParams(a);
  const y = chosenParams(b);
  return PARAM_KEYS.every((key) => x[key] === y[key]);
}

/** The preset the target equals in everything it holds, preferring `preferredId` when several do. */
export function matchingPreset(
  target: PresetTarget,
  presets: readonly Preset[],
  preferredId?: string | null,
  settingsModel = "",
): Preset | undefined {
  const preferred = preferredId ? presets.find((p) => p.id === preferredId) : undefined;
  if (preferred && presetMatches(target, preferred, settingsModel)) return preferred;
  return presets.find((p) => presetMatches(target, p, settingsModel));
}

export interface PresetImport {
  presets: Preset[];
  added: number;
}

/**
 * Presets from an imported file join the user's own, never replacing one: a preset already here (same id
 * and content, or an earlier copy of it) is skipped, a different one under a taken id is added as a copy
 * with a new id and the suffix after its name. Built-in ids in a file are ignored (they are built in).
 */
export function mergePresets(
  existing: readonly Preset[],
  incoming: readonly Preset[],
  makeId: () => string,
  suffix: string,
): PresetImport {
  const presets = [...existing];
  let added = 0;
  const same = (a: Preset, b: Preset) =>
    JSON.stringify({ ...a, id: "" }) === JSON.stringify({ ...b, id: "" });
  for (const preset of incoming) {
    if (isBuiltInPreset(preset.id)) continue;
    const clean: Preset = { ...preset, name: cleanPresetName(preset.name) || preset.id };
    delete clean.builtIn;
    delete clean.nameKey;
    const current = presets.find((p) => p.id === clean.id);
    if (!current) {
      presets.push(clean);
      added++;
      continue;
    }
    const copy: Preset = { ...clean, name: cleanPresetName(`${clean.name}${suffix}`) };
    if (same(current, clean) || presets.some((p) => same(p, copy))) continue;
    presets.push({ ...copy, id: makeId() });
    added++;
  }
  return { presets, added };
}
