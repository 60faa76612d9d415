import { useEffect, useRef, type KeyboardEvent } from "react";
import { useT } from "../../../components/i18n/use-t";
import { isComposing } from "../../../components/keyboard/ime";
import { IconButton } from "../../../components/ui/button";
import { ChevronDownIcon, ChevronUpIcon, CloseIcon, SearchIcon } from "../../../components/ui/icons";
import { closeFind, goToMatch, setFindQuery, useFindStore } from "../../../store/find";
import type { TFunction } from "../../../lib/i18n/i18n";
import { MATCH_LIMIT, currentIndex, useFindMatches } from "./use-find-matches";

function countLabel(t: TFunction, query: string, index: number, total: number): string {
  if (!query.trim()) return "";
  if (total === 0) return t("list.noMatches");
  if (index === -1) return t("list.matchTotal", { total });
  const values = { current: index + 1, total };
  return total >= MATCH_LIMIT ? t("list.matchCountAtLeast", values) : t("list.matchCount", values);
}

/**
 * Find in conversation: searches every message of the branch on screen (those the list has not
 * mounted too), counts the matches and steps through them — Enter and Shift+Enter, or the buttons.
 * Escape closes it and gives the focus back.
 */
export function FindBar({ conversationId, onClosed }: { conversationId: string; onClosed: () => void }) {
  const t = useT();
  const query = useFindStore((s) => s.query);
  const stored = useFindStore((s) => s.current);
  const focus = useFindStore((s) => s.focus);
  const matches = useFindMatches(conversationId)?.matches ?? [];
  const index = currentIndex(matches, stored?.conversationId === conversationId ? stored : null);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    // Where the focus was when Find opened, to give it back on close.
    if (returnTo.current === null) returnTo.current = document.activeElement;
    input.current?.focus();
    input.current?.select();
  }, [focus]);

  const step = (delta: number) => {
    const n = matches.length;
    if (n === 0) return;
    const next = index === -1 ? (delta > 0 ? 0 : n - 1) : (index + delta + n) % n;
    const match = matches[next];
    if (match) goToMatch({ conversationId, messageId: match.messageId, occurrence: match.occurrence });
  };

  const close = () => {
    closeFind();
    const back = returnTo.current;
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
    else onClosed();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      // Escape here closes Find; it must not also reach the app's own Escape (which stops a reply).
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    }
    if (e.key !== "Enter" || isComposing(e)) return;
    e.preventDefault();
    step(e.shiftKey ? -1 : 1);
  };

  return (
    <div
      role="search"
      className="shrink-0 border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950"
    >
      <div className="mx-auto flex w-full max-w-3xl items-center gap-1 px-3 py-2 sm:px-6">
        <div className="flex min-w-0 flex-1 items-center gap-2 rounded-lg border border-zinc-300 bg-white px-2.5 focus-within:border-indigo-400 dark:border-zinc-700 dark:bg-zinc-900">
          <SearchIcon className="shrink-0 text-zinc-400" />
          <input
            ref={input}
            type="search"
            data-find-input=""
            aria-label={t("list.find")}
            placeholder={t("list.find")}
            value={query}
            onChange={(e) => setFindQuery(e.target.value)}
            onKeyDown={onKeyDown}
            enterKeyHint="search"
            className="min-w-0 flex-1 bg-transparent py-1.5 text-sm outline-none focus-visible:outline-none"
          />
          <span role="status" className="shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
            {countLabel(t, query, index, matches.length)}
          </span>
        </div>
        <IconButton label={t("list.previousMatch")} disabled={matches.length === 0} onClick={() => step(-1)}>
          <ChevronUpIcon />
        </IconButton>
        <IconButton label={t("list.nextMatch")} disabled={matches.length === 0} onClick={() => step(1)}>
          <ChevronDownIcon />
        </IconButton>
        <IconButton label={t("list.closeFind")} onClick={close}>
          <CloseIcon />
        </IconButton>
      </div>
    </div>
  );
}
