import type { Metric } from "../../domain/sweep-stats";

/** Each measure's name in the catalogue. */
export const METRIC_KEYS = {
  tokens: "sweep.metricTokens",
  firstTokenMs: "sweep.metricFirstToken",
  tokensPerSecond: "sweep.metricSpeed",
  diversity: "sweep.metricDiversity",
} as const satisfies Record<Metric, string>;
