import { useId, useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { markMatches, messageText, snippet, type ConversationHit, type TextPart } from "../../domain/search";
import { openConversation } from "../../store/conversations";
import { openAtMatch } from "../../store/find";
import { useConversationSearch } from "./use-conversation-search";

const PAGE = 50;

function Marked({ parts }: { parts: TextPart[] }) {
  return parts.map((p, i) =>
    p.match ? (
      <mark
        key={i}
        className="rounded-sm bg-yellow-200 text-zinc-900 dark:bg-yellow-300/30 dark:text-yellow-50"
      >
        {p.text}
      </mark>
    ) : (
      p.text
    ),
  );
}

/** Opens the conversation at the message that matched, with Find in conversation on it. */
export function openHit(hit: ConversationHit, query: string): void {
  if (hit.message) openAtMatch(hit.conversation.id, hit.message.id, query);
  else openConversation(hit.conversation.id);
}

function Result({
  hit,
  query,
  active,
  onOpen,
}: {
  hit: ConversationHit;
  query: string;
  active: boolean;
  onOpen: () => void;
}) {
  const t = useT();
  const id = useId();
  const around = hit.message ? snippet(messageText(hit.message), query) : null;
  const where = hit.message
    ? hit.message.role === "user"
      ? t("search.fromYou")
      : t("search.fromAssistant")
    : null;
  const count =
    hit.count > 1
      ? t("search.matchCount", { count: hit.count })
      : hit.message && !hit.onPath
        ? t("search.otherVersion")
        : null;
  // The button holds the title (its name); its ::after covers the whole row, so the words around the
  // match, shown under it and read as its description, open it too.
  return (
    <li
      className={`relative rounded-lg px-2.5 py-2 text-sm ${active ? "bg-zinc-200/70 dark:bg-zinc-800" : "hover:bg-zinc-200/40 dark:hover:bg-zinc-800/50"}`}
    >
      <div className="flex items-baseline gap-2">
        <button
          type="button"
          data-search-result=""
          aria-current={active ? "page" : undefined}
          aria-describedby={
            [around ? `${id}-snippet` : "", count ? `${id}-count` : ""].join(" ").trim() || undefined
          }
          onClick={onOpen}
          className="block min-w-0 flex-1 truncate text-left outline-none after:absolute after:inset-0 after:rounded-lg after:content-[''] focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-indigo-500"
        >
          <Marked parts={markMatches(hit.conversation.title, query)} />
        </button>
        {count ? (
          <span
            id={`${id}-count`}
            className="shrink-0 text-[11px] text-zinc-600 tabular-nums dark:text-zinc-400"
          >
            {count}
          </span>
        ) : null}
      </div>
      {around ? (
        <p
          id={`${id}-snippet`}
          className="mt-0.5 line-clamp-2 text-xs leading-5 text-zinc-700 dark:text-zinc-300"
        >
          <span className="font-medium">{where}: </span>
          {around.clippedStart ? "…" : ""}
          <Marked parts={around.parts} />
          {around.clippedEnd ? "…" : ""}
        </p>
      ) : null}
    </li>
  );
}

/**
 * The sidebar's search results: each conversation that matches, with the words around its first
 * match and the match marked. Choosing one opens the conversation at that message.
 */
export function SearchResults({
  query,
  activeId,
  onNavigate,
}: {
  query: string;
  activeId: string | null;
  onNavigate: () => void;
}) {
  const t = useT();
  const search = useConversationSearch(query);
  const [limit, setLimit] = useState(PAGE);
  if (!search) return null;
  const { hits, done } = search;
  const summary = !done
    ? t("search.searching")
    : hits.length === 0
      ? t("conversations.noMatches")
      : t("search.matching", { count: hits.length });
  return (
    <section aria-label={t("search.results")} className="mb-3">
      <p role="status" className="px-2.5 pb-1 text-xs font-medium text-zinc-500 dark:text-zinc-400">
        {summary}
      </p>
      <ul className="flex flex-col gap-0.5">
        {hits.slice(0, limit).map((hit) => (
          <Result
            key={hit.conversation.id}
            hit={hit}
            query={search.query}
            active={hit.conversation.id === activeId}
            onOpen={() => {
              openHit(hit, search.query);
              onNavigate();
            }}
          />
        ))}
      </ul>
      {hits.length > limit ? (
        <button
          type="button"
          onClick={() => setLimit((n) => n + PAGE)}
          className="mt-1 w-full rounded-lg px-2.5 py-1.5 text-left text-xs font-medium text-indigo-700 hover:bg-zinc-200/40 dark:text-indigo-300 dark:hover:bg-zinc-800/50"
        >
          {t("search.showMore", { count: hits.length - limit })}
        </button>
      ) : null}
    </section>
  );
}
