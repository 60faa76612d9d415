import { startTransition, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { usePathIds } from "../../store/selectors";
import { MessageItem } from "./MessageItem";

/**
 * How many of the latest messages render at first, and how many more each time the user nears the top.
 * Each message costs parsing and layout (~15 ms on a slow machine), so the first screen renders only a
 * screenful; more are added when the user scrolls up (or at once if the first ones do not fill the view).
 */
const INITIAL_WINDOW = 6;
const WINDOW_STEP = 20;
/** How close to the top (px) the user may scroll before earlier messages are added. */
const GROW_MARGIN = 400;

/**
 * Scrolling of the message list: stays pinned to the bottom while the user is there (without pulling
 * them back when they scroll up), and renders only the latest messages, growing upwards on demand, so
 * a conversation of thousands of messages opens as fast as a short one.
 */
function useChatScroll(total: number, resetKey: string) {
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const heightBefore = useRef<number | null>(null);
  const [count, setCount] = useState(INITIAL_WINDOW);
  const start = Math.max(0, total - count);

  const showMore = () => {
    heightBefore.current = scroller.current?.scrollHeight ?? null;
    setCount((c) => c + WINDOW_STEP);
  };

  // Earlier messages are added only once the user has scrolled up (a pinned view never needs them).
  const [armed, setArmed] = useState(false);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onScroll = () => {
      pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
      if (!pinned.current) setArmed(true);
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    const observer = new ResizeObserver(() => {
      if (pinned.current) el.scrollTop = el.scrollHeight;
    });
    const content = el.firstElementChild;
    if (content) observer.observe(content);
    return () => {
      el.removeEventListener("scroll", onScroll);
      observer.disconnect();
    };
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    pinned.current = true;
    el.scrollTop = el.scrollHeight;
  }, [resetKey]);

  useLayoutEffect(() => {
    // Keep the messages on screen where they were when earlier ones are added above them.
    const el = scroller.current;
    if (!el || heightBefore.current === null) return;
    el.scrollTop += el.scrollHeight - heightBefore.current;
    heightBefore.current = null;
  }, [count]);

  useEffect(() => {
    const root = scroller.current;
    // Too few to scroll: nothing would ever arm the sentinel, so fill the view now.
    if (root && start > 0 && root.scrollHeight <= root.clientHeight) setArmed(true);
  }, [start]);

  useEffect(() => {
    const target = sentinel.current;
    const root = scroller.current;
    if (!armed || !target || !root || start === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          heightBefore.current = root.scrollHeight;
          // Interruptible: twenty messages render in slices, so scrolling does not freeze meanwhile.
          startTransition(() => setCount((c) => c + WINDOW_STEP));
        }
      },
      { root, rootMargin: `${GROW_MARGIN}px 0px 0px 0px` },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [armed, start]);

  return { scroller, sentinel, start, showMore };
}

export function MessageList({ conversationId }: { conversationId: string }) {
  const t = useT();
  const ids = usePathIds(conversationId);
  const { scroller, sentinel, start, showMore } = useChatScroll(
    ids.length,
    `${conversationId}:${ids.length}`,
  );
  return (
    <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto [contain:strict] [overflow-anchor:none]">
      <div
        role="log"
        aria-label={t("chat.log")}
        className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6 sm:px-6"
      >
        {start > 0 ? (
          <div ref={sentinel} className="flex justify-center">
            <button
              type="button"
              onClick={showMore}
              className="rounded-full border border-zinc-300 px-3 py-1 text-xs text-zinc-600 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              {t("chat.showEarlier", { count: Math.min(start, WINDOW_STEP), hidden: start })}
            </button>
          </div>
        ) : null}
        {ids.slice(start).map((id) => (
          <MessageItem key={id} conversationId={conversationId} messageId={id} />
        ))}
      </div>
    </div>
  );
}
