import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from "react";
import { END_THRESHOLD, distanceFromEnd } from "./scroll-end";

/** How long after a wheel turn, a touch or a key press a scroll counts as the user's (ms). */
const INTENT_MS = 300;
const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

/**
 * Keeps a scroller at its end while the user is there: when the content grows (a reply streaming,
 * a message added) or the scroller shrinks (the composer grows), the view follows. Used by the message
 * list and by Compare's columns. Only the user
 * scrolling (wheel, touch, keys, the scrollbar) decides: away from the end releases it, back to the
 * end holds it again. A scroll the page makes itself — the browser clamping the position when the
 * composer shrinks or messages above render smaller, scroll anchoring — must not: a reply sent at
 * that moment would be left below the view, or a match being scrolled to pulled back to the end.
 * Opens at the end unless told otherwise.
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
      // The user decides whether the view follows: away from the end it stops, back at the end it
      // follows again. A scroll the page makes (clamping, anchoring, a match brought into view)
      // changes nothing, except that a following view is put back at the end.
      if (pointerDown || performance.now() < intentUntil) {
        pinned.current = distanceFromEnd(el) <= END_THRESHOLD;
      } else if (pinned.current) {
        follow();
      }
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
