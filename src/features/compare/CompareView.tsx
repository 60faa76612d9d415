import { useId } from "react";
import { useT } from "../../components/i18n/use-t";
import { ModelSuggestions } from "../../components/models/ModelSuggestions";
import { Button } from "../../components/ui/button";
import { paramSpec } from "../../domain/parameters";
import { MAX_COLUMNS, MIN_COLUMNS } from "../../domain/compare";
import { findMessage } from "../../domain/conversation";
import { useAppStore } from "../../store/app-store";
import {
  addColumn,
  closeCompare,
  haltAllColumns,
  setCompareDraft,
  setCompareMode,
  setDifferenceColumn,
  showDifferences,
  useColumnIds,
  useColumnLabels,
  useCompareStore,
  type CompareMode,
} from "../../store/compare";
import { keepAllColumns } from "../../store/compare-keep";
import { CompareColumnView } from "./CompareColumnView";
import { usePairDiff } from "./DiffText";
import { runComparison } from "./run-compare";
import { smallButtonClass } from "../../components/ui/styles";

function ModeSwitch() {
  const t = useT();
  const mode = useCompareStore((s) => s.mode);
  // Once compare has added its own message, that message is the one being compared.
  const locked = useCompareStore((s) => s.addedUserMessageId !== null);
  const option = (value: CompareMode, text: string) => (
    <button
      type="button"
      aria-pressed={mode === value}
      disabled={locked}
      onClick={() => setCompareMode(value)}
      className="rounded-md px-2 py-1 text-xs font-medium text-zinc-600 aria-pressed:bg-white aria-pressed:text-zinc-900 aria-pressed:shadow-sm disabled:opacity-50 dark:text-zinc-300 dark:aria-pressed:bg-zinc-700 dark:aria-pressed:text-zinc-100"
    >
      {text}
    </button>
  );
  return (
    <div
      role="group"
      aria-label={t("compare.what")}
      className="inline-flex rounded-lg bg-zinc-100 p-0.5 dark:bg-zinc-800"
    >
      {option("last", t("compare.lastMessage"))}
      {option("next", t("compare.newMessage"))}
    </div>
  );
}

/** The user message every column answers, or the box for a new one. */
function Target() {
  const t = useT();
  const conversationId = useCompareStore((s) => s.conversationId);
  const userMessageId = useCompareStore((s) => s.userMessageId);
  const mode = useCompareStore((s) => s.mode);
  const draft = useCompareStore((s) => s.draft);
  const text = useAppStore((s) => {
    const conv = conversationId ? s.conversations[conversationId] : undefined;
    return conv && userMessageId ? (findMessage(conv, userMessageId)?.content ?? null) : null;
  });
  if (text !== null) {
    return (
      <blockquote className="line-clamp-3 border-l-2 border-indigo-400 pl-3 text-sm whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">
        {text}
      </blockquote>
    );
  }
  if (mode === "next") {
    return (
      <textarea
        aria-label={t("compare.prompt")}
        placeholder={t("compare.promptPlaceholder")}
        rows={2}
        value={draft}
        onChange={(e) => setCompareDraft(e.currentTarget.value)}
        className="w-full resize-y rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 dark:border-zinc-700 dark:bg-zinc-900"
      />
    );
  }
  return <p className="text-sm text-zinc-500 dark:text-zinc-400">{t("compare.noMessage")}</p>;
}

/** "Show differences" and the two columns it compares. */
function DifferenceControls() {
  const t = useT();
  const pair = useCompareStore((s) => s.differences);
  const ids = useColumnIds();
  const diff = usePairDiff();
  const picker = (side: "left" | "right", label: string) => (
    <select
      aria-label={label}
      value={pair?.[side] ?? ""}
      onChange={(e) => setDifferenceColumn(side, e.currentTarget.value)}
      className="rounded-md border border-zinc-300 bg-white px-1.5 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
    >
      {ids.map((id, i) => (
        <option key={id} value={id}>
          {t("compare.column", { number: i + 1 })}
        </option>
      ))}
    </select>
  );
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <button
        type="button"
        aria-pressed={pair !== null}
        className={`${smallButtonClass} aria-pressed:border-amber-400 aria-pressed:bg-amber-50 dark:aria-pressed:bg-amber-500/10`}
        onClick={() => showDifferences(pair === null)}
      >
        {t("compare.showDifferences")}
      </button>
      {pair ? (
        <>
          {picker("left", t("compare.diffLeft"))}
          <span aria-hidden="true">↔</span>
          {picker("right", t("compare.diffRight"))}
          <span className="text-zinc-500 dark:text-zinc-400" aria-live="polite">
            {diff ? t("compare.diffShared", { share: diff.shared }) : t("compare.diffWaiting")}
          </span>
          <span className="text-zinc-500 max-sm:hidden dark:text-zinc-400">{t("compare.diffLegend")}</span>
        </>
      ) : null}
    </div>
  );
}

function Toolbar() {
  const t = useT();
  const count = useCompareStore((s) => s.columns.length);
  const anyStreaming = useCompareStore((s) => s.columns.some((c) => c.status === "streaming"));
  const anyResult = useCompareStore((s) =>
    s.columns.some((c) => c.status === "complete" || c.status === "stopped"),
  );
  const ready = useCompareStore(
    (s) => s.userMessageId !== null || (s.mode === "next" && s.draft.trim() !== ""),
  );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="primary" disabled={!ready || anyStreaming} onClick={() => void runComparison()}>
        {t("compare.run")}
      </Button>
      {anyStreaming ? (
        <button type="button" className={smallButtonClass} onClick={haltAllColumns}>
          {t("compare.haltAll")}
        </button>
      ) : null}
      <button type="button" className={smallButtonClass} disabled={count >= MAX_COLUMNS} onClick={addColumn}>
        {t("compare.addColumn")}
      </button>
      <button
        type="button"
        className={smallButtonClass}
        disabled={!anyResult}
        onClick={() => keepAllColumns()}
      >
        {t("compare.keepAll")}
      </button>
      <button type="button" className={`${smallButtonClass} ml-auto`} onClick={closeCompare}>
        {t("compare.close")}
      </button>
    </div>
  );
}

/**
 * The compare screen: one user message answered by 2–4 parameter sets side by side. The host shows it in
 * place of the chat while `useCompareOpen()` is true.
 */
export function CompareView() {
  const t = useT();
  const modelListId = useId();
  const baseUrl = useAppStore((s) => s.settings.baseUrl);
  const apiKey = useAppStore((s) => s.settings.apiKey);
  const ids = useColumnIds();
  const labels = useColumnLabels({
    label: (key) => t(paramSpec(key).labelKey),
    off: t("compare.off"),
    same: t("compare.same"),
  });
  const canRun = useCompareStore(
    (s) => s.userMessageId !== null || (s.mode === "next" && s.draft.trim() !== ""),
  );
  return (
    <section
      aria-label={t("compare.region")}
      className="flex min-h-0 flex-1 flex-col gap-3 overflow-hidden p-3 sm:p-4"
    >
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold">{t("compare.heading")}</h2>
          <ModeSwitch />
        </div>
        <Target />
        <Toolbar />
        <DifferenceControls />
      </div>
      <div
        className="grid min-h-0 flex-1 gap-3 overflow-x-auto overflow-y-auto"
        style={{ gridTemplateColumns: `repeat(${ids.length}, minmax(15rem, 1fr))` }}
      >
        {ids.map((id, i) => (
          <CompareColumnView
            key={id}
            id={id}
            number={i + 1}
            label={labels[i] ?? ""}
            removable={ids.length > MIN_COLUMNS}
            canRun={canRun}
            modelListId={modelListId}
          />
        ))}
      </div>
      <ModelSuggestions id={modelListId} baseUrl={baseUrl} apiKey={apiKey} />
    </section>
  );
}
