// How a sweep sample is named and described, the same in the grid, the table, the chart and the side view.
import { paramSpec } from "../../domain/parameters";
import type { SweepCell, SweepRun } from "../../domain/sweep-run";
import { formatNumber } from "../../lib/i18n/format";
import type { TFunction } from "../../lib/i18n/i18n";
import type { Locale } from "../../lib/i18n/locale";

/** e.g. "Temperature 0.5, sample 2". */
export function cellName(cell: SweepCell, run: SweepRun, t: TFunction, locale: Locale): string {
  return t("sweep.cell", {
    param: t(paramSpec(run.spec.param).labelKey),
    value: formatNumber(cell.value, locale, 4),
    sample: cell.sample,
  });
}

/** Seconds left before a rate-limited cell is tried again; null when it is not waiting. */
export function waitingSeconds(cell: SweepCell, pausedUntil: number, now: number): number | null {
  if (cell.status !== "queued") return null;
  const until = Math.max(cell.retryAt ?? 0, cell.outcome ? pausedUntil : 0);
  return until > now ? Math.ceil((until - now) / 1000) : null;
}

export function statusText(cell: SweepCell, pausedUntil: number, t: TFunction, now: number): string {
  const wait = waitingSeconds(cell, pausedUntil, now);
  if (wait !== null) return t("sweep.statusWaiting", { seconds: wait });
  switch (cell.status) {
    case "queued":
      return t("sweep.statusQueued");
    case "streaming":
      return t("sweep.statusStreaming");
    case "complete":
      return t("sweep.statusComplete");
    case "stopped":
      return t("sweep.statusStopped");
    case "error":
      return t("sweep.statusError");
  }
}

/** A reply's first words without markdown marks, for a card a few lines high. */
export function plainPreview(text: string, max = 400): string {
  return text
    .slice(0, max * 2)
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}
