// Every sample as it runs: a card per cell, grouped by step, with its text streaming in, its status and
// Stop or Retry.
import { memo } from "react";
import { errorMessage } from "../../components/i18n/error-message";
import { useLocale, useT } from "../../components/i18n/use-t";
import { smallButtonClass } from "../../components/ui/styles";
import type { SweepCell, SweepRun } from "../../domain/sweep-run";
import { formatNumber } from "../../lib/i18n/format";
import { paramSpec } from "../../domain/parameters";
import { cellName, plainPreview, statusText, waitingSeconds } from "./cell-text";
import { useStalledFor } from "../../store/stalls";
import { sweepStreamId } from "../../store/sweep";
import { retryCell, stopCell } from "./run-sweep";

const CellCard = memo(function CellCard({
  cell,
  name,
  pausedUntil,
  now,
}: {
  cell: SweepCell;
  name: string;
  pausedUntil: number;
  now: number;
}) {
  const t = useT();
  const streaming = cell.status === "streaming";
  const waiting = waitingSeconds(cell, pausedUntil, now) !== null;
  const active = streaming || cell.status === "queued";
  const stalled = useStalledFor(sweepStreamId(cell.id));
  return (
    <li
      aria-label={name}
      aria-busy={streaming}
      className={`flex min-w-0 flex-col gap-1 rounded-lg border p-2 text-xs ${waiting ? "border-amber-300 dark:border-amber-700" : cell.status === "error" ? "border-red-300 dark:border-red-800" : "border-zinc-200 dark:border-zinc-800"}`}
    >
      <div className="flex items-center justify-between gap-1">
        <span className="font-medium">#{cell.sample}</span>
        <span
          className={`min-w-0 truncate ${streaming ? "text-indigo-600 dark:text-indigo-400" : "text-zinc-500 dark:text-zinc-400"}`}
        >
          {statusText(cell, pausedUntil, t, now)}
        </span>
      </div>
      <p className="line-clamp-3 min-h-[3lh] break-words text-zinc-600 dark:text-zinc-300">
        {plainPreview(cell.text)}
      </p>
      {streaming && stalled !== null ? (
        <p role="status" className="text-amber-700 dark:text-amber-400">
          {t("stream.stalled", { seconds: stalled })}
        </p>
      ) : null}
      {cell.status === "error" && cell.outcome?.error ? (
        <p role="alert" className="text-red-600 dark:text-red-400">
          {errorMessage(cell.outcome.error, t)}
        </p>
      ) : null}
      <div className="flex gap-1">
        {active ? (
          <button
            type="button"
            className={smallButtonClass}
            aria-label={t("sweep.stopCell", { name })}
            onClick={() => stopCell(cell.id)}
          >
            {t("sweep.stop")}
          </button>
        ) : cell.status === "error" || (cell.status === "stopped" && !cell.text) ? (
          <button
            type="button"
            className={smallButtonClass}
            aria-label={t("sweep.retryCell", { name })}
            onClick={() => retryCell(cell.id)}
          >
            {t("sweep.retry")}
          </button>
        ) : null}
      </div>
    </li>
  );
});

export function SweepCells({ run, now }: { run: SweepRun; now: number }) {
  const t = useT();
  const locale = useLocale();
  const label = t(paramSpec(run.spec.param).labelKey);
  const steps = [...new Set(run.cells.map((c) => c.step))];
  return (
    <section aria-label={t("sweep.cells")} className="flex flex-col gap-2">
      {steps.map((step) => {
        const cells = run.cells.filter((c) => c.step === step);
        return (
          <div key={step} className="flex flex-col gap-1">
            <h4 className="text-xs font-semibold text-zinc-600 dark:text-zinc-300">
              {label} {formatNumber(cells[0]?.value ?? 0, locale, 4)}
            </h4>
            <ul
              className="grid gap-2"
              style={{ gridTemplateColumns: `repeat(${run.spec.samples}, minmax(0, 1fr))` }}
            >
              {cells.map((cell) => (
                <CellCard
                  key={cell.id}
                  cell={cell}
                  name={cellName(cell, run, t, locale)}
                  pausedUntil={run.pausedUntil}
                  now={now}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
