// The numbers behind the chart, as tables: one row per sample ("Sweep results", with Open and Keep), and
// one per step (medians and diversity). Screen-reader users read the sweep here.
import { useLocale, useT } from "../../components/i18n/use-t";
import { smallButtonClass } from "../../components/ui/styles";
import { canKeepRun } from "../../domain/reply";
import { paramSpec } from "../../domain/parameters";
import type { SweepRun } from "../../domain/sweep-run";
import { sampleStats, summarize } from "../../domain/sweep-stats";
import { formatNumber } from "../../lib/i18n/format";
import { pinSample } from "../../store/sweep";
import { cellName, statusText } from "./cell-text";
import { keepSample } from "./run-sweep";

const th = "px-2 py-1 text-left font-medium whitespace-nowrap";
const td = "px-2 py-1 whitespace-nowrap tabular-nums";

function HeadRow({ cells }: { cells: { label: string; title?: string }[] }) {
  return (
    <thead className="border-b border-zinc-200 dark:border-zinc-800">
      <tr>
        {cells.map((c) => (
          <th key={c.label} scope="col" className={th} title={c.title}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function SweepTable({ run, now }: { run: SweepRun; now: number }) {
  const t = useT();
  const locale = useLocale();
  const num = (n: number | null, digits = 0) => (n === null ? "—" : formatNumber(n, locale, digits));
  const label = t(paramSpec(run.spec.param).labelKey);
  const steps = summarize(run.cells);
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-x-auto">
        <table aria-label={t("sweep.table")} className="w-full text-xs">
          <caption className="mb-1 text-left text-sm font-semibold">{t("sweep.table")}</caption>
          <HeadRow
            cells={[
              { label: label },
              { label: t("sweep.colSample") },
              { label: t("sweep.colTokens") },
              { label: t("sweep.colFirstToken") },
              { label: t("sweep.colSpeed") },
              { label: t("sweep.colFinish") },
              { label: t("sweep.colStatus") },
              { label: t("sweep.colActions") },
            ]}
          />
          <tbody>
            {run.cells.map((cell) => {
              const stats = sampleStats(cell.outcome?.status === "error" ? undefined : cell.outcome);
              const name = cellName(cell, run, t, locale);
              return (
                <tr key={cell.id} className="border-b border-zinc-100 dark:border-zinc-900">
                  <td className={td}>{formatNumber(cell.value, locale, 4)}</td>
                  <td className={td}>{cell.sample}</td>
                  <td className={td}>{num(stats.tokens)}</td>
                  <td className={td}>{num(stats.firstTokenMs)}</td>
                  <td className={td}>{num(stats.tokensPerSecond, 1)}</td>
                  <td className={td}>{stats.finishReason ?? "—"}</td>
                  <td className={td}>{statusText(cell, run.pausedUntil, t, now)}</td>
                  <td className={`${td} flex gap-1`}>
                    <button
                      type="button"
                      className={smallButtonClass}
                      aria-label={t("sweep.openCell", { name })}
                      disabled={!cell.text && cell.status !== "streaming"}
                      onClick={() => pinSample(cell.id)}
                    >
                      {t("sweep.openSide")}
                    </button>
                    <button
                      type="button"
                      className={smallButtonClass}
                      aria-label={t("sweep.keepCell", { name })}
                      disabled={!canKeepRun(cell.status, cell.text)}
                      onClick={() => keepSample(cell.id)}
                    >
                      {t("sweep.keep")}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {steps.length > 0 ? (
        <div className="overflow-x-auto">
          <table aria-label={t("sweep.stepsTable")} className="w-full text-xs">
            <caption className="mb-1 text-left text-sm font-semibold">{t("sweep.stepsTable")}</caption>
            <HeadRow
              cells={[
                { label: label },
                { label: t("sweep.colMedianTokens") },
                { label: t("sweep.colFirstToken") },
                { label: t("sweep.colSpeed") },
                { label: t("sweep.colDiversity"), title: t("sweep.diversityHelp") },
                { label: t("sweep.colFinish") },
              ]}
            />
            <tbody>
              {steps.map((s) => (
                <tr key={s.step} className="border-b border-zinc-100 dark:border-zinc-900">
                  <td className={td}>{formatNumber(s.value, locale, 4)}</td>
                  <td className={td}>{num(s.medians.tokens, 1)}</td>
                  <td className={td}>{num(s.medians.firstTokenMs)}</td>
                  <td className={td}>{num(s.medians.tokensPerSecond, 1)}</td>
                  <td className={td}>{num(s.diversity, 3)}</td>
                  <td className={td}>
                    {Object.entries(s.finishReasons)
                      .map(([reason, n]) => `${reason} ×${n}`)
                      .join(", ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
