// What a sweep measured: per sample, the reply's length, time to first token, speed and finish reason;
// per step, the medians and how different the samples are from each other. Pure.
import type { ReplyOutcome } from "../lib/openai/run-reply";
import { words } from "./words";

/** The measures drawn and tabled, each a number per sample (or per step, for diversity). */
export type Metric = "tokens" | "firstTokenMs" | "tokensPerSecond" | "diversity";

export const METRICS: readonly Metric[] = ["tokens", "firstTokenMs", "tokensPerSecond", "diversity"];

export interface SampleStats {
  /** Completion tokens as the provider counted them; null when it sent no usage. */
  tokens: number | null;
  firstTokenMs: number | null;
  /** Completion tokens per second of streaming (after the first token). */
  tokensPerSecond: number | null;
  finishReason: string | null;
}

export function sampleStats(outcome: ReplyOutcome | undefined): SampleStats {
  const tokens = outcome?.usage?.completionTokens ?? null;
  const first = outcome?.timing.firstTokenMs ?? null;
  const total = outcome?.timing.totalMs ?? null;
  const streamingMs = total !== null && first !== null ? total - first : null;
  return {
    tokens,
    firstTokenMs: first,
    tokensPerSecond:
      tokens !== null && streamingMs !== null && streamingMs > 0
        ? Math.round((tokens / streamingMs) * 1000 * 10) / 10
        : null,
    finishReason: outcome?.finishReason ?? null,
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function bigrams(text: string): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  // A one-word reply still has something to compare.
  if (list.length === 1) out.add(list[0]!);
  for (let i = 1; i < list.length; i++) out.add(`${list[i - 1]} ${list[i]}`);
  return out;
}

/** 1 − |A ∩ B| / |A ∪ B|: 0 for the same set, 1 for sets with nothing in common. */
function jaccardDistance(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return 1 - common / (a.size + b.size - common);
}

/**
 * How different the samples of one step are from each other: the mean, over every pair of samples, of
 * the Jaccard distance between their sets of word bigrams (0: identical wording, 1: no two consecutive
 * words in common). Null with fewer than two samples.
 */
export function diversity(texts: readonly string[]): number | null {
  if (texts.length < 2) return null;
  const sets = texts.map(bigrams);
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      sum += jaccardDistance(sets[i]!, sets[j]!);
      pairs++;
    }
  }
  return Math.round((sum / pairs) * 1000) / 1000;
}

export interface StepSummary {
  step: number;
  value: number;
  medians: Record<Exclude<Metric, "diversity">, number | null>;
  diversity: number | null;
  /** How many samples ended with each finish reason. */
  finishReasons: Record<string, number>;
}

export interface MeasuredSample {
  step: number;
  value: number;
  text: string;
  /** Only finished samples (complete, or stopped after some text) are measured. */
  outcome?: ReplyOutcome;
}

/** One summary per step that has at least one finished sample. */
export function summarize(samples: readonly MeasuredSample[]): StepSummary[] {
  const bySteps = new Map<number, MeasuredSample[]>();
  for (const s of samples) {
    if (!s.outcome || s.outcome.status === "error") continue;
    bySteps.set(s.step, [...(bySteps.get(s.step) ?? []), s]);
  }
  return [...bySteps.entries()]
    .sort(([a], [b]) => a - b)
    .map(([step, group]) => {
      const stats = group.map((s) => sampleStats(s.outcome));
      const pick = (key: keyof Omit<SampleStats, "finishReason">) =>
        median(stats.map((s) => s[key]).filter((n): n is number => n !== null));
      const finishReasons: Record<string, number> = {};
      for (const s of stats) {
        const reason = s.finishReason ?? "none";
        finishReasons[reason] = (finishReasons[reason] ?? 0) + 1;
      }
      return {
        step,
        value: group[0]!.value,
        medians: {
          tokens: pick("tokens"),
          firstTokenMs: pick("firstTokenMs"),
          tokensPerSecond: pick("tokensPerSecond"),
        },
        diversity: diversity(group.filter((s) => s.outcome?.status === "complete").map((s) => s.text)),
        finishReasons,
      };
    });
}
