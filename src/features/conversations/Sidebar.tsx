import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { Button, IconButton } from "../../components/ui/button";
import { shownTitle } from "../../components/i18n/shown-title";
import { useLocale, useT } from "../../components/i18n/use-t";
import { isComposing } from "../../components/keyboard/ime";
import { EditIcon, PlusIcon, TrashIcon } from "../../components/ui/icons";
import { UndoNotice } from "../../components/ui/undo-notice";
import type { Conversation } from "../../domain/types";
import { useAppStore } from "../../store/app-store";
import {
  deleteConversation,
  openConversation,
  renameConversation,
  restoreConversation,
  startNewChat,
} from "../../store/conversations";
import { useConversationSummaries, type ConversationSummary } from "../../store/selectors";
import { formatDateTime, formatMonth, formatRelativeTime } from "../../lib/i18n/format";
import type { TFunction } from "../../lib/i18n/i18n";
import type { Locale } from "../../lib/i18n/locale";
import { groupByDate, type DateGroup } from "./group-by-date";
import { registerSearch } from "./search-focus";

// The search engine (text folding, snippets) loads when the search box is first focused.
const loadSearch = () => import("./SearchResults");
const SearchResults = lazy(() => loadSearch().then((m) => ({ default: m.SearchResults })));

const NAMED_GROUPS = {
  today: "conversations.today",
  yesterday: "conversations.yesterday",
  previous7Days: "conversations.previous7Days",
} as const;

function groupLabel(group: DateGroup, t: TFunction, locale: Locale): string {
  return group.kind === "month" ? formatMonth(group.monthStart, locale) : t(NAMED_GROUPS[group.kind]);
}

/** The current time, refreshed each minute, so "Today" rolls over without a reload. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function Row({
  summary,
  active,
  now,
  onNavigate,
  onDeleted,
}: {
  summary: ConversationSummary;
  active: boolean;
  now: number;
  onNavigate: () => void;
  onDeleted: (c: Conversation) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(summary.title);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (renaming) inputRef.current?.select();
  }, [renaming]);

  if (renaming) {
    const commit = () => {
      renameConversation(summary.id, draft);
      setRenaming(false);
    };
    return (
      <li className="px-1">
        <input
          ref={inputRef}
          aria-label={t("conversations.titleField")}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (isComposing(e)) return;
            if (e.key === "Enter") commit();
            if (e.key === "Escape") setRenaming(false);
          }}
          className="w-full rounded-md border border-indigo-400 bg-white px-2 py-1.5 text-sm dark:bg-zinc-900"
        />
      </li>
    );
  }

  return (
    <li
      className={`group/row flex items-center rounded-lg ${active ? "bg-zinc-200/70 dark:bg-zinc-800" : "hover:bg-zinc-200/40 dark:hover:bg-zinc-800/50"}`}
    >
      <button
        type="button"
        aria-current={active ? "page" : undefined}
        onClick={() => {
          openConversation(summary.id);
          onNavigate();
        }}
        // When it was last active, on hover: "3 minutes ago (Nov 26, 2026, 9:30 AM)" / "3 分前（2026/11/26 9:30）".
        title={t("conversations.lastActive", {
          relative: formatRelativeTime(summary.updatedAt, now, locale),
          date: formatDateTime(summary.updatedAt, locale),
        })}
        className="min-w-0 flex-1 truncate px-2.5 py-2 text-left text-sm"
      >
        {shownTitle(summary.title, t)}
      </button>
      <div className="flex shrink-0 pr-1 opacity-100 sm:opacity-0 sm:group-focus-within/row:opacity-100 sm:group-hover/row:opacity-100">
        <IconButton
          label={t("conversations.rename")}
          className="!h-7 !w-7"
          onClick={() => {
            setDraft(summary.title);
            setRenaming(true);
          }}
        >
          <EditIcon />
        </IconButton>
        <IconButton
          label={t("conversations.delete")}
          className="!h-7 !w-7"
          onClick={() => {
            const removed = deleteConversation(summary.id);
            if (removed) onDeleted(removed);
          }}
        >
          <TrashIcon />
        </IconButton>
      </div>
    </li>
  );
}

export function Sidebar({ onNavigate, footer }: { onNavigate: () => void; footer?: React.ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const summaries = useConversationSummaries();
  const activeId = useAppStore((s) => s.activeId);
  const [query, setQuery] = useState("");
  const searching = query.trim() !== "";
  const [deleted, setDeleted] = useState<Conversation | null>(null);

  const now = useMinuteClock();
  const groups = groupByDate(summaries, now);

  return (
    <nav aria-label={t("conversations.nav")} className="flex h-full min-h-0 flex-col gap-3 p-3">
      <Button
        variant="secondary"
        className="w-full justify-start"
        onClick={() => {
          startNewChat();
          onNavigate();
        }}
      >
        <PlusIcon />
        {t("conversations.newChat")}
      </Button>
      <input
        ref={registerSearch}
        type="search"
        aria-label={t("conversations.search")}
        placeholder={t("conversations.searchPlaceholder")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => void loadSearch()}
        onKeyDown={(e) => {
          // Enter opens the first result (not while an IME composition is open).
          if (e.key !== "Enter" || isComposing(e)) return;
          e.preventDefault();
          e.currentTarget.closest("nav")?.querySelector<HTMLButtonElement>("[data-search-result]")?.click();
        }}
        className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm focus:border-indigo-500 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <div className="-mx-1 min-h-0 flex-1 overflow-y-auto px-1">
        {searching ? (
          <Suspense
            fallback={
              <p className="px-2.5 py-1 text-xs text-zinc-500 dark:text-zinc-400">{t("search.searching")}</p>
            }
          >
            <SearchResults query={query} activeId={activeId} onNavigate={onNavigate} />
          </Suspense>
        ) : groups.length === 0 ? (
          <p className="px-2 py-4 text-sm text-zinc-500 dark:text-zinc-400">{t("conversations.empty")}</p>
        ) : (
          groups.map((g) => (
            <section key={g.group.key} aria-label={groupLabel(g.group, t, locale)} className="mb-3">
              <h2 className="px-2.5 pb-1 text-xs font-medium text-zinc-500 dark:text-zinc-400">
                {groupLabel(g.group, t, locale)}
              </h2>
              <ul className="flex flex-col gap-0.5">
                {g.items.map((s) => (
                  <Row
                    key={s.id}
                    summary={s}
                    active={s.id === activeId}
                    now={now}
                    onNavigate={onNavigate}
                    onDeleted={setDeleted}
                  />
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
      {deleted ? (
        <UndoNotice
          key={deleted.id}
          text={t("conversations.deleted", { title: shownTitle(deleted.title, t) })}
          onUndo={() => {
            restoreConversation(deleted);
            setDeleted(null);
          }}
          onClose={() => setDeleted(null)}
        />
      ) : null}
      {footer}
    </nav>
  );
}
