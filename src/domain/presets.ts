// Named parameter sets.
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
 * and leaves the other fields to the provider. A preset is a full ParamSettings: applying one replaces all four.
 */
export const BUILT_IN_PRESETS: readonly Preset[] = [
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

export function createPreset(id: string, name: string, params: ParamSettings): Preset | null {
  const clean = cleanPresetName(name);
  return clean ? { id, name: clean, params: normalizeParams(params) } : null;
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

/** The preset the current settings equal, preferring `preferredId` when several do. */
export function matchingPreset(
  params: ParamSettings,
  presets: readonly Preset[],
  preferredId?: string | null,
): Preset | undefined {
  const preferred = preferredId ? presets.find((p) => p.id === preferredId) : undefined;
  if (preferred && sameParams(params, preferred.params)) return preferred;
  return presets.find((p) => sameParams(params, p.params));
}
