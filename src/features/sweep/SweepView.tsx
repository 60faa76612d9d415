// The sweep screen, shown in place of the chat while open: what to sweep, the run's progress and cells,
// the chart with its table, and samples side by side. Loaded (with the chart library) when first opened.
import { useId } from "react";
import { useLocale, useT } from "../../components/i18n/use-t";
import { Button } from "../../components/ui/button";
import { smallButtonClass } from "../../components/ui/styles";
import { findMessage, pathTo } from "../../domain/conversation";
import { specProblems } from "../../domain/sweep";
import { runProgress, type SweepRun } from "../../domain/sweep-run";
import { METRICS, type Metric } from "../../domain/sweep-stats";
import { sweepCsv, sweepJson } from "../../domain/sweep-export";
import { download, downloadJson, fileDate } from "../../lib/download";
import { useAppStore } from "../../store/app-store";
import { closeSweep, setMetric, sweepTarget, useSweepStore } from "../../store/sweep";
import { METRIC_KEYS } from "./metric-names";
import { resumeSweep, runSweep, stopAll } from "./run-sweep";
import { SideBySide } from "./SideBySide";
import { SweepCells } from "./SweepCells";
import { SweepChart } from "./SweepChart";
import { SweepForm } from "./SweepForm";
import { SweepTable } from "./SweepTable";
import { useNow } from "./use-now";

/**
 * "Export sweep" downloads the JSON (everything: the settings, the prompt, every sample with its text and
 * numbers, the per-step summary); beside it, the CSV (one row per sample) for a spreadsheet. Two buttons,
 * not one that downloads twice: a browser asks before a page downloads several files at once.
 */
function ExportButtons({ run, prompt }: { run: SweepRun; prompt: string }) {
  const t = useT();
  const hintId = useId();
  const name = () => `chat-studio-sweep-${run.spec.param}-${fileDate(new Date())}`;
  return (
    <>
      <button
        type="button"
        className={smallButtonClass}
        aria-describedby={hintId}
        onClick={() => downloadJson(`${name()}.json`, sweepJson(run, { prompt }, new Date()))}
      >
        {t("sweep.export")}
      </button>
      <span id={hintId} className="sr-only">
        {t("sweep.exportHint")}
      </span>
      <button
        type="button"
        className={smallButtonClass}
        aria-label={t("sweep.exportCsv")}
        title={t("sweep.exportCsv")}
        onClick={() =>
          download(`${name()}.csv`, new Blob([sweepCsv(run)], { type: "text/csv;charset=utf-8" }))
        }
      >
        {t("sweep.csv")}
      </button>
    </>
  );
}

function Progress({ run, now }: { run: SweepRun; now: number }) {
  const t = useT();
  const p = runProgress(run, now);
  const waitSeconds = Math.ceil(Math.max(0, run.pausedUntil - now) / 1000);
  const parts = [
    t("sweep.progressText", { done: p.done, total: p.total }),
    ...(p.running > 0 ? [t("sweep.progressRunning", { count: p.running })] : []),
    ...(p.waiting > 0 && waitSeconds > 0 ? [t("sweep.progressWaiting", { seconds: waitSeconds })] : []),
    ...(p.failed > 0 ? [t("sweep.progressFailed", { count: p.failed })] : []),
  ];
  return (
    <div className="flex flex-col gap-1">
      <div
        role="progressbar"
        aria-label={t("sweep.progress")}
        aria-valuemin={0}
        aria-valuemax={p.total}
        aria-valuenow={p.done}
        aria-valuetext={parts.join(" · ")}
        className="h-2 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div
          className="h-full bg-indigo-500 transition-[width]"
          style={{ width: `${p.total ? (p.done / p.total) * 100 : 0}%` }}
        />
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{parts.join(" · ")}</p>
    </div>
  );
}

export function SweepView() {
  const t = useT();
  useLocale();
  const conversationId = useSweepStore((s) => s.conversationId);
  const spec = useSweepStore((s) => s.spec);
  const run = useSweepStore((s) => s.run);
  const pinned = useSweepStore((s) => s.pinned);
  const metric = useSweepStore((s) => s.metric);
  const conversation = useAppStore((s) => (conversationId ? s.conversations[conversationId] : undefined));
  const targetId = conversationId ? sweepTarget(conversationId) : null;
  const target = conversation && targetId ? findMessage(conversation, targetId) : undefined;
  const lastUsage = conversation
    ? pathTo(conversation, conversation.leafId).findLast((m) => m.role === "assistant" && m.usage)?.usage
    : undefined;
  const running = run?.cells.some((c) => c.status === "streaming" || c.status === "queued") ?? false;
  const streaming = run?.cells.some((c) => c.status === "streaming") ?? false;
  const now = useNow(running);
  const prompt = (run && conversation && findMessage(conversation, run.userMessageId)?.content) ?? "";

  if (!conversation) return null;
  return (
    <section
      aria-label={t("sweep.region")}
      className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto p-3 sm:p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{t("sweep.heading")}</h2>
        <button type="button" className={smallButtonClass} onClick={closeSweep}>
          {t("sweep.close")}
        </button>
      </div>
      {target ? (
        <div className="flex flex-col gap-1">
          <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("sweep.target")}</p>
          <blockquote className="line-clamp-3 border-l-2 border-indigo-400 pl-3 text-sm whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">
            {target.content}
          </blockquote>
        </div>
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">{t("sweep.noMessage")}</p>
      )}
      <SweepForm spec={spec} baseParams={conversation.params} lastUsage={lastUsage} disabled={running} />
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          disabled={!target || running || specProblems(spec).length > 0}
          onClick={() => runSweep()}
        >
          {t("sweep.run")}
        </Button>
        <button type="button" className={smallButtonClass} disabled={!running} onClick={stopAll}>
          {t("sweep.stopAll")}
        </button>
        {run && running && !streaming && run.pausedUntil <= now ? (
          <button type="button" className={smallButtonClass} onClick={resumeSweep}>
            {t("sweep.resume")}
          </button>
        ) : null}
        {run ? <ExportButtons run={run} prompt={prompt} /> : null}
      </div>
      {run ? (
        <>
          <Progress run={run} now={now} />
          <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="flex min-w-0 flex-col gap-3">
              <label className="flex items-center gap-2 text-xs font-medium">
                {t("sweep.metric")}
                <select
                  value={metric}
                  onChange={(e) => setMetric(e.currentTarget.value as Metric)}
                  className="rounded-md border border-zinc-300 bg-white px-1.5 py-1 dark:border-zinc-700 dark:bg-zinc-900"
                >
                  {METRICS.map((m) => (
                    <option key={m} value={m}>
                      {t(METRIC_KEYS[m])}
                    </option>
                  ))}
                </select>
              </label>
              {metric === "diversity" ? (
                <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("sweep.diversityHelp")}</p>
              ) : null}
              <SweepChart run={run} metric={metric} />
              <SideBySide run={run} pinned={pinned} />
            </div>
            <SweepCells run={run} now={now} />
          </div>
          <SweepTable run={run} now={now} />
        </>
      ) : null}
    </section>
  );
}
