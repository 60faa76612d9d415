import { Button } from "../../components/ui/button";
import { MAX_COLUMNS, MIN_COLUMNS } from "../../domain/compare";
import { findMessage } from "../../domain/conversation";
import { useAppStore } from "../../store/app-store";
import {
  addColumn,
  closeCompare,
  haltAllColumns,
  keepAllColumns,
  runComparison,
  setCompareDraft,
  setCompareMode,
  useColumnIds,
  useColumnLabels,
  useCompareStore,
  type CompareMode,
} from "../../store/compare";
import { CompareColumnView } from "./CompareColumnView";
import { smallButton } from "./styles";

function ModeSwitch() {
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
      aria-label="What to compare"
      className="inline-flex rounded-lg bg-zinc-100 p-0.5 dark:bg-zinc-800"
    >
      {option("last", "Last message")}
      {option("next", "New message")}
    </div>
  );
}

/** The user message every column answers, or the box for a new one. */
function Target() {
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
        aria-label="Prompt to compare"
        placeholder="Write the message every column will answer"
        rows={2}
        value={draft}
        onChange={(e) => setCompareDraft(e.currentTarget.value)}
        className="w-full resize-y rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 dark:border-zinc-700 dark:bg-zinc-900"
      />
    );
  }
  return (
    <p className="text-sm text-zinc-500 dark:text-zinc-400">
      This conversation has no message to compare yet.
    </p>
  );
}

function Toolbar() {
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
        Run comparison
      </Button>
      {anyStreaming ? (
        <button type="button" className={smallButton} onClick={haltAllColumns}>
          Halt all
        </button>
      ) : null}
      <button type="button" className={smallButton} disabled={count >= MAX_COLUMNS} onClick={addColumn}>
        Add column
      </button>
      <button type="button" className={smallButton} disabled={!anyResult} onClick={() => keepAllColumns()}>
        Keep all as branches
      </button>
      <button type="button" className={`${smallButton} ml-auto`} onClick={closeCompare}>
        Close comparison
      </button>
    </div>
  );
}

/**
 * The compare screen: one user message answered by 2–4 parameter sets side by side. The host shows it in
 * place of the chat while `useCompareOpen()` is true.
 */
export function CompareView() {
  const ids = useColumnIds();
  const labels = useColumnLabels();
  const canRun = useCompareStore(
    (s) => s.userMessageId !== null || (s.mode === "next" && s.draft.trim() !== ""),
  );
  return (
    <section aria-label="Compare" className="flex min-h-0 flex-1 flex-col gap-3 overflow-hidden p-3 sm:p-4">
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold">Compare parameter sets</h2>
          <ModeSwitch />
        </div>
        <Target />
        <Toolbar />
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
          />
        ))}
      </div>
    </section>
  );
}
