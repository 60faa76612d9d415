// A parameter sweep: one parameter stepped over a range, each step sampled a few times, everything else
// from the conversation. Pure: the plan (values and cells), its checks, and what it will cost.
import type { Usage } from "../lib/openai/types";
import type { ParamKey } from "./parameter-table";
import { paramSpec, withParamValue, type ParamSettings } from "./parameters";

export const MAX_STEPS = 10;
export const MAX_SAMPLES = 5;
export const MAX_CONCURRENCY = 6;
export const DEFAULT_CONCURRENCY = 3;

export interface SweepSpec {
  param: ParamKey;
  from: number;
  to: number;
  /** Values from `from` to `to`, both included, evenly spaced (1 step: `from` alone). */
  steps: number;
  /** Requests per value, 1–5: replies at the same settings differ, and the spread is what a tuner reads. */
  samples: number;
  /** Requests in flight at once. */
  concurrency: number;
}

/** Where a parameter's effect is easiest to see, where its slider's range is not the best first sweep. */
const FIRST_RANGES: Partial<Record<ParamKey, [number, number]>> = {
  top_p: [0.1, 1],
  max_tokens: [64, 1024],
};

/** A sensible first sweep for each parameter: the range where its effect is easiest to see. */
export function defaultSpec(param: ParamKey = "temperature"): SweepSpec {
  const p = paramSpec(param);
  const [from, to] = FIRST_RANGES[param] ?? [p.sliderMin, p.sliderMax];
  return { param, from, to, steps: 5, samples: 2, concurrency: DEFAULT_CONCURRENCY };
}

/** Why a spec cannot run, for the form to word. */
export type SpecProblem =
  | { field: "from" | "to"; code: "range"; min: number; max: number }
  | { field: "steps"; code: "range"; min: 1; max: number }
  | { field: "samples"; code: "range"; min: 1; max: number }
  | { field: "concurrency"; code: "range"; min: 1; max: number }
  | { field: "steps"; code: "duplicates" };

const between = (n: number, min: number, max: number) => Number.isFinite(n) && n >= min && n <= max;

export function specProblems(spec: SweepSpec): SpecProblem[] {
  const p = paramSpec(spec.param);
  const problems: SpecProblem[] = [];
  for (const field of ["from", "to"] as const) {
    if (!between(spec[field], p.min, p.max)) problems.push({ field, code: "range", min: p.min, max: p.max });
  }
  if (!Number.isInteger(spec.steps) || !between(spec.steps, 1, MAX_STEPS))
    problems.push({ field: "steps", code: "range", min: 1, max: MAX_STEPS });
  if (!Number.isInteger(spec.samples) || !between(spec.samples, 1, MAX_SAMPLES))
    problems.push({ field: "samples", code: "range", min: 1, max: MAX_SAMPLES });
  if (!Number.isInteger(spec.concurrency) || !between(spec.concurrency, 1, MAX_CONCURRENCY))
    problems.push({ field: "concurrency", code: "range", min: 1, max: MAX_CONCURRENCY });
  if (problems.length === 0 && new Set(sweepValues(spec)).size < spec.steps)
    problems.push({ field: "steps", code: "duplicates" });
  return problems;
}

/**
 * The values swept, in order. Integer parameters are rounded, decimals kept to 4 places, so a step reads
 * as typed (0.5, not 0.49999999999999994).
 */
export function sweepValues(spec: SweepSpec): number[] {
  const { integer } = paramSpec(spec.param);
  const round = (n: number) => (integer ? Math.round(n) : Math.round(n * 1e4) / 1e4);
  if (spec.steps <= 1) return [round(spec.from)];
  const span = spec.to - spec.from;
  return Array.from({ length: spec.steps }, (_, i) => round(spec.from + (span * i) / (spec.steps - 1)));
}

export interface CellPlan {
  /** 0-based step index. */
  step: number;
  value: number;
  /** 1-based sample number, as people count them. */
  sample: number;
}

/** Every request of the sweep, step by step: all samples of the first value, then the next value. */
export function sweepPlan(spec: SweepSpec): CellPlan[] {
  return sweepValues(spec).flatMap((value, step) =>
    Array.from({ length: spec.samples }, (_, i) => ({ step, value, sample: i + 1 })),
  );
}

/** The conversation's settings with the swept parameter set (and sent) at `value`. */
export function cellParams(base: ParamSettings, param: ParamKey, value: number): ParamSettings {
  return withParamValue(base, param, value);
}

export interface SweepEstimate {
  requests: number;
  /** Null when there is no earlier reply whose usage could say. */
  tokens: { prompt: number; completion: number; total: number } | null;
}

/**
 * What the sweep will cost, from the last reply's usage: each request sends the same prompt, and each
 * reply is taken to be as long as the last one, but no longer than a Max tokens the request sets.
 */
export function estimateSweep(
  spec: SweepSpec,
  base: ParamSettings,
  lastUsage: Usage | undefined,
): SweepEstimate {
  const plan = sweepPlan(spec);
  if (!lastUsage) return { requests: plan.length, tokens: null };
  let completion = 0;
  for (const cell of plan) {
    const params = cellParams(base, spec.param, cell.value);
    const cap = params.max_tokens.enabled ? params.max_tokens.value : Infinity;
    completion += Math.min(lastUsage.completionTokens, cap);
  }
  const prompt = lastUsage.promptTokens * plan.length;
  return { requests: plan.length, tokens: { prompt, completion, total: prompt + completion } };
}
