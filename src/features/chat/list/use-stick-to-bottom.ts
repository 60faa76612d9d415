import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from "react";
import { END_THRESHOLD, distanceFromEnd } from "./rows-api";

/**
 * Keeps a scroller at its end while the user is there: when the content grows (a reply streaming,
 * a message added) or the scroller shrinks (the composer grows), the view follows. Scrolling up
 * releases it; scrolling back down to the end holds it again. Opens at the end unless told otherwise.
 */
export function useStickToBottom(
  scrollerRef: RefObject<HTMLElement | null>,
  contentRef: RefObject<HTMLElement | null>,
  startAtEnd = true,
) {
  const pinned = useRef(startAtEnd);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [scrollerRef]);

  useEffect(() => {
    const el = scrollerRef.current;
    const inner = contentRef.current;
    if (!el || !inner) return;
    const onScroll = () => {
      pinned.current = distanceFromEnd(el) <= END_THRESHOLD;
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    // Runs after layout and before paint, so following never shows a frame off the end.
    const observer = new ResizeObserver(() => {
      if (pinned.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(inner);
    observer.observe(el);
    return () => {
      el.removeEventListener("scroll", onScroll);
      observer.disconnect();
    };
  }, [scrollerRef, contentRef]);

  return useMemo(
    () => ({
      scrollToEnd() {
        pinned.current = true;
        const el = scrollerRef.current;
        if (el) el.scrollTop = el.scrollHeight;
      },
      release() {
        pinned.current = false;
      },
    }),
    [scrollerRef],
  );
}
