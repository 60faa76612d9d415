// Parameter settings and the pure edits made to them. Values are brought into range in one place, `clamp`,
// when they enter a ParamSettings: a user's edit (withParamValue) or a copy from anywhere else
// (normalizeParams: presets, Compare columns, and stored or imported data through the schema). Everything
// that reads a ParamSettings can then trust it.
import { PARAMETERS, type ParamKey, type ParamSpec } from "./parameter-table";

export const PARAM_KEYS: readonly ParamKey[] = PARAMETERS.map((p) => p.key);

export function paramSpec(key: ParamKey): ParamSpec {
  const spec = PARAMETERS.find((p) => p.key === key);
  if (!spec) throw new Error(`Unknown parameter ${key}`);
  return spec;
}

export interface ParamSetting {
  enabled: boolean;
  value: number;
}

export type ParamSettings = Record<ParamKey, ParamSetting>;

export function defaultParamSettings(): ParamSettings {
  return Object.fromEntries(
    PARAMETERS.map((p) => [p.key, { enabled: false, value: p.initial }]),
  ) as ParamSettings;
}

/** Why a typed value was refused; the UI words it (see components/params/param-text.ts). */
export type ParamProblem =
  | { code: "needsValue" | "notNumber" | "notInteger" }
  | { code: "range"; min: number; max: number }
  | { code: "atLeast"; min: number };

export type ParseResult = { ok: true; value: number } | { ok: false; problem: ParamProblem };

/** A value as the number boxes show it: integers without a fraction. */
export function formatParam(spec: ParamSpec, value: number): string {
  return spec.integer ? String(Math.round(value)) : String(value);
}

// A plain decimal number, as people type one: "0.5", ".5", "2", "1e3". Not "0." or "1e" (half-typed),
// nor what Number() would also read ("0x10", "Infinity", " ").
const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a typed value: refuses what is not a finished number or is out of range; never changes it. */
export function parseParamInput(spec: ParamSpec, raw: string): ParseResult {
  // Full-width digits and signs, as a Japanese IME types them, read as their ASCII forms.
  const text = raw.normalize("NFKC").trim();
  if (text === "") return { ok: false, problem: { code: "needsValue" } };
  if (!DECIMAL.test(text)) return { ok: false, problem: { code: "notNumber" } };
  const n = Number(text);
  if (spec.integer && !Number.isInteger(n)) return { ok: false, problem: { code: "notInteger" } };
  if (n < spec.min || n > spec.max) {
    const problem: ParamProblem =
      spec.max === Number.MAX_SAFE_INTEGER
        ? { code: "atLeast", min: spec.min }
        : { code: "range", min: spec.min, max: spec.max };
    return { ok: false, problem };
  }
  return { ok: true, value: n };
}

/** The one clamp: brings any number into the spec's range (integers rounded, no float noise). */
function clamp(spec: ParamSpec, n: number): number {
  if (!Number.isFinite(n)) return spec.initial;
  const clamped = Math.min(spec.max, Math.max(spec.min, n));
  if (spec.integer) return Math.round(clamped);
  // Avoid float noise such as 0.30000000000000004 from slider steps.
  return Math.round(clamped * 1e6) / 1e6;
}

/**
 * A full, independent copy with every value in range: missing parameters get their defaults. Used for
 * everything that did not come from an edit here (presets, Compare columns, stored and imported data).
 */
export function normalizeParams(params: Partial<Record<ParamKey, ParamSetting>>): ParamSettings {
  return Object.fromEntries(
    PARAMETERS.map((spec) => {
      const s = params[spec.key];
      return [spec.key, { enabled: s?.enabled ?? false, value: clamp(spec, s?.value ?? spec.initial) }];
    }),
  ) as ParamSettings;
}

/** Any value the user picks is one they want sent, so this also turns the field on. */
export function withParamValue(params: ParamSettings, key: ParamKey, value: number): ParamSettings {
  return { ...params, [key]: { enabled: true, value: clamp(paramSpec(key), value) } };
}

export function withParamEnabled(params: ParamSettings, key: ParamKey, enabled: boolean): ParamSettings {
  const current = params[key] ?? { enabled: false, value: paramSpec(key).initial };
  if (current.enabled === enabled) return params;
  return { ...params, [key]: { ...current, enabled } };
}

export function withParamReset(params: ParamSettings, key: ParamKey): ParamSettings {
  return { ...params, [key]: { enabled: false, value: paramSpec(key).initial } };
}

/** Slider position (0..1000) <-> value, honouring the log scale. */
export const SLIDER_STEPS = 1000;

export function valueToSlider(spec: ParamSpec, value: number): number {
  const v = Math.min(spec.sliderMax, Math.max(spec.sliderMin, value));
  if (spec.scale === "log") {
    const lo = Math.log(spec.sliderMin);
    const hi = Math.log(spec.sliderMax);
    return Math.round(((Math.log(v) - lo) / (hi - lo)) * SLIDER_STEPS);
  }
  return Math.round(((v - spec.sliderMin) / (spec.sliderMax - spec.sliderMin)) * SLIDER_STEPS);
}

/** The value at a slider position: within the slider's range, on its step (stored through withParamValue). */
export function sliderToValue(spec: ParamSpec, position: number): number {
  const t = Math.min(1, Math.max(0, position / SLIDER_STEPS));
  let v: number;
  if (spec.scale === "log") {
    const lo = Math.log(spec.sliderMin);
    const hi = Math.log(spec.sliderMax);
    v = Math.exp(lo + t * (hi - lo));
  } else {
    v = spec.sliderMin + t * (spec.sliderMax - spec.sliderMin);
  }
  if (spec.integer) return Math.round(v);
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)));
  return Number(v.toFixed(decimals));
}

/** The parameters that will be sent, in table order. */
export function chosenParams(settings: ParamSettings): Partial<Record<ParamKey, number>> {
  const out: Partial<Record<ParamKey, number>> = {};
  for (const spec of PARAMETERS) {
    const s = settings[spec.key];
    if (s?.enabled) out[spec.key] = s.value;
  }
  return out;
}
