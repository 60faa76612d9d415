import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from "react";
import { END_THRESHOLD, distanceFromEnd } from "./rows-api";

/** How long after a wheel turn, a touch or a key press a scroll counts as the user's (ms). */
const INTENT_MS = 300;
const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

/**
 * Keeps a scroller at its end while the user is there: when the content grows (a reply streaming,
 * a message added) or the scroller shrinks (the composer grows), the view follows. Only the user
 * scrolling away releases it (wheel, touch, keys, the scrollbar): a scroll the page makes itself —
 * the browser clamping the position when the composer shrinks, scroll anchoring — must not, or a
 * reply sent at the same moment would be left below the view. Scrolling back to the end holds it
 * again. Opens at the end unless told otherwise.
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
    let intentUntil = 0;
    let pointerDown = false;
    const intent = () => {
      intentUntil = performance.now() + INTENT_MS;
    };
    const onKey = (e: KeyboardEvent) => {
      if (SCROLL_KEYS.has(e.key)) intent();
    };
    // On the scroller itself (not its content) a pointer is on the scrollbar.
    const onPointerDown = (e: PointerEvent) => {
      if (e.target === el) pointerDown = true;
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      intent();
    };
    const follow = () => {
      el.scrollTop = el.scrollHeight;
    };
    const onScroll = () => {
      if (distanceFromEnd(el) <= END_THRESHOLD) pinned.current = true;
      else if (pointerDown || performance.now() < intentUntil) pinned.current = false;
      else if (pinned.current) follow();
    };
    el.addEventListener("wheel", intent, { passive: true });
    el.addEventListener("touchmove", intent, { passive: true });
    el.addEventListener("keydown", onKey);
    el.addEventListener("pointerdown", onPointerDown);
    window.addEventListener("pointerup", onPointerUp);
    el.addEventListener("scroll", onScroll, { passive: true });
    // Runs after layout and before paint, so following never shows a frame off the end.
    const observer = new ResizeObserver(() => {
      if (pinned.current) follow();
    });
    observer.observe(inner);
    observer.observe(el);
    return () => {
      el.removeEventListener("wheel", intent);
      el.removeEventListener("touchmove", intent);
      el.removeEventListener("keydown", onKey);
      el.removeEventListener("pointerdown", onPointerDown);
      window.removeEventListener("pointerup", onPointerUp);
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
