import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { activePath, findMessage } from "../../domain/conversation";
import { useAppStore } from "../../store/app-store";
import { getConversation } from "../../store/conversations";
import { useFindStore } from "../../store/find";
import { usePathIds } from "../../store/selectors";
import { FullRows } from "./list/FullRows";
import { JumpToLatest } from "./list/JumpToLatest";
import { ListScroller } from "./list/ListScroller";
import { estimateHeight, shouldVirtualize } from "./list/list-plan";
import { MessageItem } from "./MessageItem";
import { END_THRESHOLD, distanceFromEnd } from "../../components/scroll-end";
import type { RowsApi } from "./list/rows-api";

// Only long conversations need the virtualiser; its code loads the first time one opens. Find in
// conversation's code loads the first time it opens.
const VirtualRows = lazy(() => import("./list/VirtualRows"));
const FindView = lazy(() => import("./find/FindView"));

function pathChars(conversationId: string): number {
  const conv = getConversation(conversationId);
  return conv ? activePath(conv).reduce((sum, m) => sum + m.content.length, 0) : 0;
}

/** Whether the conversation is long enough to virtualise; once it is, it stays so while open. */
function useVirtual(conversationId: string, ids: readonly string[]): boolean {
  const needed = useMemo(
    () => shouldVirtualize(ids.length, pathChars(conversationId)),
    [conversationId, ids],
  );
  const [became, setBecame] = useState(needed);
  if (needed && !became) setBecame(true);
  return needed || became;
}

/** Whether the view is at (or near) the end of the list. */
function useAtEnd(el: HTMLElement | null): boolean {
  const [atEnd, setAtEnd] = useState(true);
  useEffect(() => {
    if (!el) return;
    const update = () => setAtEnd(distanceFromEnd(el) <= END_THRESHOLD);
    el.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      el.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [el]);
  return atEnd;
}

/** True once the latest message has changed (new text, a new message) while the user was away from the end. */
function useNewBelow(conversationId: string, atEnd: boolean): boolean {
  const latest = useAppStore((s) => {
    const conv = s.conversations[conversationId];
    const last = conv?.leafId ? findMessage(conv, conv.leafId) : undefined;
    return last ? `${last.id}:${last.content.length}:${last.reasoning?.length ?? 0}` : "";
  });
  // What the latest message was when the user was last at the end.
  const [seen, setSeen] = useState(latest);
  if (atEnd && seen !== latest) setSeen(latest);
  return !atEnd && latest !== seen;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The messages of the conversation on screen: all of them for a conversation of normal length,
 * those near the view for a long one. Follows new text while the user is at the end, offers
 * `Jump to latest` while they are not, and shows Find in conversation's matches.
 */
export function MessageList({ conversationId }: { conversationId: string }) {
  const t = useT();
  const ids = usePathIds(conversationId);
  const virtual = useVirtual(conversationId, ids);
  const scrollerRef = useRef<HTMLDivElement>(null);
  // The scroller element as state too: it is replaced when the list changes rendering, and what
  // listens to it must follow.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const attachScroller = useCallback((element: HTMLDivElement | null) => {
    scrollerRef.current = element;
    if (element) setScroller(element);
  }, []);
  const rows = useRef<RowsApi>(null);
  const idsRef = useRef(ids);
  useLayoutEffect(() => {
    idsRef.current = ids;
  }, [ids]);
  // Opened from a search result: start at that message rather than at the end.
  const [startAt] = useState(() => {
    const { open, current } = useFindStore.getState();
    if (!open || current?.conversationId !== conversationId) return null;
    const index = ids.indexOf(current.messageId);
    return index === -1 ? null : index;
  });
  const findOpen = useFindStore((s) => s.open);
  const atEnd = useAtEnd(scroller);
  const newBelow = useNewBelow(conversationId, atEnd);

  const reveal = useCallback(async (index: number, messageId: string) => {
    rows.current?.reveal(index);
    const selector = `article[data-message-id="${CSS.escape(messageId)}"]`;
    // A virtual list reaches the message over a few frames: wait until it is mounted and still.
    let lastTop: number | null = null;
    for (let frame = 0; frame < 120; frame++) {
      await nextFrame();
      const article = scrollerRef.current?.querySelector<HTMLElement>(selector);
      if (!article) continue;
      const top = article.getBoundingClientRect().top;
      if (lastTop !== null && Math.abs(top - lastTop) < 1) return article;
      lastTop = top;
    }
    return scrollerRef.current?.querySelector<HTMLElement>(selector) ?? null;
  }, []);

  const firstVisibleIndex = useCallback(() => {
    const root = scrollerRef.current;
    if (!root) return 0;
    const top = root.getBoundingClientRect().top;
    for (const article of root.querySelectorAll<HTMLElement>("article[data-message-id]")) {
      if (article.getBoundingClientRect().bottom > top + 1) {
        return idsRef.current.indexOf(article.dataset.messageId ?? "");
      }
    }
    return Math.max(0, idsRef.current.length - 1);
  }, []);

  // Estimated once per list of messages (the virtualiser asks for every row, more than once).
  const estimates = useMemo(() => {
    if (!virtual) return null;
    const conv = getConversation(conversationId);
    return Float64Array.from(ids, (id) => estimateHeight(conv ? findMessage(conv, id) : undefined));
  }, [virtual, conversationId, ids]);
  const estimateSize = useCallback((index: number) => estimates?.[index] ?? 120, [estimates]);
  const renderRow = useCallback(
    (id: string) => <MessageItem conversationId={conversationId} messageId={id} />,
    [conversationId],
  );

  const rowsProps = { ids, scrollerRef, attachScroller, apiRef: rows };
  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      {virtual ? (
        <Suspense
          fallback={
            <ListScroller attach={attachScroller} anchoring={false}>
              <div role="log" aria-label={t("chat.log")} aria-busy="true" />
            </ListScroller>
          }
        >
          <VirtualRows {...rowsProps} estimateSize={estimateSize} renderRow={renderRow} />
        </Suspense>
      ) : (
        <FullRows {...rowsProps} conversationId={conversationId} startAt={startAt} />
      )}
      {findOpen ? (
        <Suspense fallback={null}>
          <FindView
            conversationId={conversationId}
            scroller={scroller}
            reveal={reveal}
            firstVisibleIndex={firstVisibleIndex}
          />
        </Suspense>
      ) : null}
      {!atEnd ? (
        <JumpToLatest
          newBelow={newBelow}
          onJump={() => {
            // The button goes away at the end: the focus moves to the list (where the keys scroll it).
            scrollerRef.current?.focus({ preventScroll: true });
            rows.current?.scrollToEnd();
          }}
        />
      ) : null}
    </div>
  );
}
