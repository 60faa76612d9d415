// "Export sweep": the run as JSON (everything, for tools) and as CSV (one row per sample, for a
// spreadsheet). Pure: the caller downloads the text.
import { sampleStats, summarize } from "./sweep-stats";
import type { SweepRun } from "./sweep-run";

export const SWEEP_FORMAT = "chat-studio.sweep";
export const SWEEP_FORMAT_VERSION = 1;

export function sweepJson(run: SweepRun, context: { prompt: string }, now: number | Date): object {
  return {
    format: SWEEP_FORMAT,
    version: SWEEP_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    sweep: {
      parameter: run.spec.param,
      from: run.spec.from,
      to: run.spec.to,
      steps: run.spec.steps,
      samplesPerStep: run.spec.samples,
      concurrency: run.spec.concurrency,
      model: run.model,
      baseParams: run.baseParams,
      startedAt: new Date(run.createdAt).toISOString(),
      prompt: context.prompt,
    },
    samples: run.cells.map((c) => ({
      step: c.step + 1,
      value: c.value,
      sample: c.sample,
      status: c.status,
      ...sampleStats(c.outcome),
      totalMs: c.outcome?.timing.totalMs ?? null,
      model: c.outcome?.model ?? c.sent?.model ?? null,
      sentParams: c.sent?.params ?? null,
      usage: c.outcome?.usage ?? null,
      error: c.outcome?.status === "error" ? (c.outcome.error?.message ?? null) : null,
      text: c.text,
      ...(c.reasoning ? { reasoning: c.reasoning } : {}),
    })),
    steps: summarize(run.cells).map((s) => ({ ...s, step: s.step + 1 })),
  };
}

/** RFC 4180: quoted when needed, quotes doubled; a formula-looking cell is prefixed so spreadsheets show it as text. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  "step",
  "value",
  "sample",
  "status",
  "tokens",
  "first_token_ms",
  "total_ms",
  "tokens_per_s",
  "finish_reason",
  "model",
  "text",
] as const;

export function sweepCsv(run: SweepRun): string {
  const rows = run.cells.map((c) => {
    const stats = sampleStats(c.outcome);
    return [
      c.step + 1,
      c.value,
      c.sample,
      c.status,
      stats.tokens,
      stats.firstTokenMs,
      c.outcome?.timing.totalMs ?? null,
      stats.tokensPerSecond,
      stats.finishReason,
      c.outcome?.model ?? c.sent?.model ?? null,
      c.text,
    ]
      .map(csvField)
      .join(",");
  });
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}
