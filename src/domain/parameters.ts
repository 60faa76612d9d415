// The sampling parameters as data: one table drives the controls, validation, defaults, help and the request.
// Words are catalogue keys (src/lib/i18n/locales/*/parameters.json): the UI shows them in its language.
import type { MessageKey } from "../lib/i18n/catalog";

export type ParamKey = "temperature" | "top_p" | "top_k" | "max_tokens";

export interface ParamSpec {
  key: ParamKey;
  labelKey: MessageKey;
  min: number;
  /** The largest value accepted (Top K has no upper bound in the API). */
  max: number;
  /** The slider's range may be narrower than what the number box accepts. */
  sliderMin: number;
  sliderMax: number;
  step: number;
  integer: boolean;
  scale: "linear" | "log";
  /** The value shown when the user first turns the parameter on. */
  initial: number;
  /** What the provider does when the field is left out. */
  providerDefaultKey: MessageKey;
  helpKey: MessageKey;
}

export const PARAMETERS: readonly ParamSpec[] = [
  {
    key: "temperature",
    labelKey: "parameters.temperature",
    min: 0,
    max: 2,
    sliderMin: 0,
    sliderMax: 2,
    step: 0.01,
    integer: false,
    scale: "linear",
    initial: 0.7,
    providerDefaultKey: "parameters.temperatureDefault",
    helpKey: "parameters.temperatureHelp",
  },
  {
    key: "top_p",
    labelKey: "parameters.top_p",
    min: 0,
    max: 1,
    sliderMin: 0,
    sliderMax: 1,
    step: 0.01,
    integer: false,
    scale: "linear",
    initial: 0.9,
    providerDefaultKey: "parameters.topPDefault",
    helpKey: "parameters.topPHelp",
  },
  {
    key: "top_k",
    labelKey: "parameters.top_k",
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    sliderMin: 1,
    sliderMax: 100,
    step: 1,
    integer: true,
    scale: "linear",
    initial: 40,
    providerDefaultKey: "parameters.topKDefault",
    helpKey: "parameters.topKHelp",
  },
  {
    key: "max_tokens",
    labelKey: "parameters.max_tokens",
    min: 1,
    max: 65536,
    sliderMin: 1,
    sliderMax: 65536,
    step: 1,
    integer: true,
    scale: "log",
    initial: 2000,
    providerDefaultKey: "parameters.maxTokensDefault",
    helpKey: "parameters.maxTokensHelp",
  },
];

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

/** Reads a typed value: refuses what is not a number, clamps into range, rounds integers. */
export function parseParamInput(spec: ParamSpec, raw: string): ParseResult {
  const text = raw.trim();
  if (text === "") return { ok: false, problem: { code: "needsValue" } };
  const n = Number(text);
  if (!Number.isFinite(n)) return { ok: false, problem: { code: "notNumber" } };
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

/** Brings any number into the spec's range (used on every value that may reach a request). */
export function clampParam(spec: ParamSpec, n: number): number {
  if (!Number.isFinite(n)) return spec.initial;
  const clamped = Math.min(spec.max, Math.max(spec.min, n));
  if (spec.integer) return Math.round(clamped);
  // Avoid float noise such as 0.30000000000000004 from slider steps.
  return Math.round(clamped * 1e6) / 1e6;
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
  if (spec.integer) return clampParam(spec, Math.round(v));
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)));
  return clampParam(spec, Number(v.toFixed(decimals)));
}

/** The parameters that will be sent, in table order, always within range. */
export function chosenParams(settings: ParamSettings): Partial<Record<ParamKey, number>> {
  const out: Partial<Record<ParamKey, number>> = {};
  for (const spec of PARAMETERS) {
    const s = settings[spec.key];
    if (s?.enabled) out[spec.key] = clampParam(spec, s.value);
  }
  return out;
}
