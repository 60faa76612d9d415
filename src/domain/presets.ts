// Named parameter sets, and the pure edits the Parameters panel makes to a ParamSettings.
import {
  clampParam,
  defaultParamSettings,
  PARAMETERS,
  paramSpec,
  type ParamKey,
  type ParamSettings,
} from "./parameters";
import type { Preset } from "./types";

function withTemperature(value: number): ParamSettings {
  const params = defaultParamSettings();
  params.temperature = { enabled: true, value };
  return params;
}

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

/** A copy whose values are in range, so a stored preset can never smuggle an invalid value into a request. */
export function copyParams(params: ParamSettings): ParamSettings {
  const out = defaultParamSettings();
  for (const spec of PARAMETERS) {
    const s = params[spec.key];
    if (s) out[spec.key] = { enabled: s.enabled, value: clampParam(spec, s.value) };
  }
  return out;
}

export function createPreset(id: string, name: string, params: ParamSettings): Preset | null {
  const clean = cleanPresetName(name);
  return clean ? { id, name: clean, params: copyParams(params) } : null;
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
  return PARAMETERS.every((spec) => {
    const x = a[spec.key];
    const y = b[spec.key];
    if (!x?.enabled || !y?.enabled) return !x?.enabled && !y?.enabled;
    return clampParam(spec, x.value) === clampParam(spec, y.value);
  });
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

export function withParamValue(params: ParamSettings, key: ParamKey, value: number): ParamSettings {
  return { ...params, [key]: { enabled: true, value: clampParam(paramSpec(key), value) } };
}

export function withParamEnabled(params: ParamSettings, key: ParamKey, enabled: boolean): ParamSettings {
  const spec = paramSpec(key);
  const current = params[key] ?? { enabled: false, value: spec.initial };
  if (current.enabled === enabled) return params;
  return { ...params, [key]: { enabled, value: clampParam(spec, current.value) } };
}

export function withParamReset(params: ParamSettings, key: ParamKey): ParamSettings {
  return { ...params, [key]: { enabled: false, value: paramSpec(key).initial } };
}
