import { errorMessage } from "../../components/i18n/error-message";
import { useLocale, useT } from "../../components/i18n/use-t";
import { formatDuration } from "../../lib/i18n/format";
import type { TFunction } from "../../lib/i18n/i18n";
import type { Locale } from "../../lib/i18n/locale";
import { useRef } from "react";
import { useStickToBottom } from "../../components/use-stick-to-bottom";
import type { ReplyOutcome } from "../../lib/openai/run-reply";
import { Markdown } from "../../components/markdown/Markdown";
import { useStalledFor } from "../../store/stalls";
import {
  compareStreamId,
  haltColumn,
  removeColumn,
  setColumnModel,
  useColumn,
  useCompareStore,
  type ColumnStatus,
} from "../../store/compare";
import { DiffText } from "./DiffText";
import { runColumn } from "./run-compare";
import { canKeep, keepColumn } from "../../store/compare-keep";
import { ColumnParams } from "./ColumnParams";
import { smallButtonClass } from "../../components/ui/styles";

const STATUS_TEXT = {
  idle: "compare.statusIdle",
  streaming: "compare.statusStreaming",
  complete: "compare.statusComplete",
  stopped: "compare.statusStopped",
  error: "compare.statusError",
} as const satisfies Record<ColumnStatus, string>;

/** One line on how the reply was made and how long it took. */
function outcomeSummary(
  outcome: ReplyOutcome,
  model: string | undefined,
  t: TFunction,
  locale: Locale,
): string {
  const parts: string[] = [];
  const shownModel = outcome.model ?? model;
  if (shownModel) parts.push(shownModel);
  if (outcome.usage) parts.push(t("chat.tokens", { count: outcome.usage.completionTokens }));
  if (outcome.timing.firstTokenMs !== undefined)
    parts.push(t("compare.firstToken", { duration: formatDuration(outcome.timing.firstTokenMs, locale) }));
  parts.push(t("compare.total", { duration: formatDuration(outcome.timing.totalMs, locale) }));
  if (outcome.finishReason) parts.push(t("compare.finish", { reason: outcome.finishReason }));
  return parts.join(" · ");
}

export function CompareColumnView({
  id,
  number,
  label,
  removable,
  canRun,
  modelListId,
}: {
  id: string;
  number: number;
  /** What sets this column apart from the others. */
  label: string;
  removable: boolean;
  canRun: boolean;
  /** The <datalist> of model ids to suggest. */
  modelListId: string;
}) {
  const t = useT();
  const locale = useLocale();
  const column = useColumn(id);
  const diffSide = useCompareStore((s) =>
    s.differences?.left === id ? "left" : s.differences?.right === id ? "right" : null,
  );
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // Follows a streaming reply unless the reader scrolls up to read; it follows once the content has been
  // laid out (a resize observer), never by asking for a layout of its own on every update.
  useStickToBottom(scroller, content);
  // Seconds without data while this column's latest run streams (Settings' stall notice).
  const stalled = useStalledFor(column?.runId ? compareStreamId(column.runId) : "");
  if (!column) return null;
  const streaming = column.status === "streaming";
  const { outcome } = column;
  return (
    <section
      aria-label={t("compare.column", { number })}
      aria-busy={streaming}
      className="flex min-h-0 min-w-0 flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-950"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold">{t("compare.column", { number })}</h3>
        <span
          className={`text-xs ${streaming ? "text-indigo-600 dark:text-indigo-400" : "text-zinc-500 dark:text-zinc-400"}`}
        >
          {t(STATUS_TEXT[column.status])}
        </span>
      </div>
      <p className="truncate font-mono text-xs text-zinc-700 dark:text-zinc-300" title={label}>
        {label}
      </p>
      <input
        aria-label={t("compare.columnModel", { number })}
        list={modelListId}
        value={column.model}
        disabled={streaming}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setColumnModel(id, e.currentTarget.value)}
        className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-1.5 py-1 font-mono text-xs focus:border-indigo-400 disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <ColumnParams columnId={id} params={column.params} number={number} disabled={streaming} />
      <div
        ref={scroller}
        // Size-contained: a column's reply, however long, is never measured to size the grid around it.
        className="min-h-24 flex-1 overflow-y-auto rounded-lg bg-zinc-50 text-sm [contain:strict] dark:bg-zinc-900"
      >
        <div ref={content} className="p-2">
          {column.reasoning ? (
            <details className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">
              <summary>{t("compare.reasoning")}</summary>
              <div className="whitespace-pre-wrap">{column.reasoning}</div>
            </details>
          ) : null}
          {diffSide ? (
            <DiffText side={diffSide} />
          ) : column.text ? (
            <Markdown text={column.text} streaming={streaming} />
          ) : null}
          {streaming && !column.text ? (
            <span className="text-zinc-500 dark:text-zinc-400">{t("compare.waiting")}</span>
          ) : null}
        </div>
      </div>
      {streaming && stalled !== null ? (
        <p role="status" className="text-xs text-amber-700 dark:text-amber-400">
          {t("stream.stalled", { seconds: stalled })}
        </p>
      ) : null}
      {outcome?.error ? (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {errorMessage(outcome.error, t)}
        </p>
      ) : null}
      {outcome && !streaming ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {outcomeSummary(outcome, column.sent?.model, t, locale)}
        </p>
      ) : null}
      {outcome?.finishReason === "length" ? (
        <p className="text-xs font-medium text-amber-700 dark:text-amber-400">{t("compare.cutOff")}</p>
      ) : null}
      <div className="flex flex-wrap gap-1.5">
        {streaming ? (
          <button
            type="button"
            className={smallButtonClass}
            aria-label={t("compare.haltColumn", { number })}
            onClick={() => haltColumn(id)}
          >
            {t("compare.halt")}
          </button>
        ) : (
          <button
            type="button"
            className={smallButtonClass}
            disabled={!canRun}
            onClick={() => void runColumn(id)}
          >
            {t("compare.runColumn")}
          </button>
        )}
        <button
          type="button"
          className={`${smallButtonClass} border-indigo-300 text-indigo-700 dark:border-indigo-700 dark:text-indigo-300`}
          aria-label={t("compare.keepColumn", { number })}
          disabled={!canKeep(column)}
          onClick={() => keepColumn(id)}
        >
          {t("compare.keep")}
        </button>
        {removable ? (
          <button
            type="button"
            className={smallButtonClass}
            aria-label={t("compare.removeColumn", { number })}
            onClick={() => removeColumn(id)}
          >
            {t("compare.remove")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
