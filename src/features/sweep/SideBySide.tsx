// Samples opened from the chart or the table, read side by side with the chat's markdown renderer.
import { useLocale, useT } from "../../components/i18n/use-t";
import { Markdown } from "../../components/markdown/Markdown";
import { smallButtonClass } from "../../components/ui/styles";
import { canKeepRun } from "../../domain/reply";
import type { SweepRun } from "../../domain/sweep-run";
import { sampleStats } from "../../domain/sweep-stats";
import { formatNumber } from "../../lib/i18n/format";
import { unpinSample } from "../../store/sweep";
import { cellName } from "./cell-text";
import { keepSample } from "./run-sweep";

export function SideBySide({ run, pinned }: { run: SweepRun; pinned: string[] }) {
  const t = useT();
  const locale = useLocale();
  const cells = pinned
    .map((id) => run.cells.find((c) => c.id === id))
    .filter((c): c is NonNullable<typeof c> => c !== undefined);
  return (
    <section aria-label={t("sweep.side")} className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">{t("sweep.side")}</h3>
      {cells.length === 0 ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("sweep.sideEmpty")}</p>
      ) : (
        <div className="grid gap-3 md:grid-cols-2">
          {cells.map((cell) => {
            const name = cellName(cell, run, t, locale);
            const stats = sampleStats(cell.outcome?.status === "error" ? undefined : cell.outcome);
            return (
              <article
                key={cell.id}
                aria-label={name}
                aria-busy={cell.status === "streaming"}
                className="flex min-w-0 flex-col gap-2 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h4 className="text-sm font-medium">{name}</h4>
                  <span className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                    {[
                      stats.tokens !== null ? t("chat.tokens", { count: stats.tokens }) : null,
                      stats.tokensPerSecond !== null
                        ? t("sweep.speed", { value: formatNumber(stats.tokensPerSecond, locale, 1) })
                        : null,
                      stats.finishReason,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </div>
                <div className="max-h-96 overflow-y-auto text-sm">
                  {cell.text ? (
                    <Markdown text={cell.text} streaming={cell.status === "streaming"} />
                  ) : (
                    <p className="text-zinc-500">{t("sweep.noText")}</p>
                  )}
                </div>
                <div className="flex gap-1.5">
                  <button
                    type="button"
                    className={`${smallButtonClass} border-indigo-300 text-indigo-700 dark:border-indigo-700 dark:text-indigo-300`}
                    aria-label={t("sweep.keepCell", { name })}
                    disabled={!canKeepRun(cell.status, cell.text)}
                    onClick={() => keepSample(cell.id)}
                  >
                    {t("sweep.keep")}
                  </button>
                  <button
                    type="button"
                    className={smallButtonClass}
                    aria-label={t("sweep.closeSide", { name })}
                    onClick={() => unpinSample(cell.id)}
                  >
                    {t("sweep.closeShort")}
                  </button>
                </div>
              </article>
            );
          })}
        </div>
      )}
    </section>
  );
}
