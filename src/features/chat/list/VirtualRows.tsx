// Loaded only for long conversations (see list-plan.ts): the virtualiser is not part of the initial
// JavaScript. It imports nothing of the app's own but types and constants, and is handed the rows to
// render, so that the bundler keeps this chunk to the virtualiser alone.
import { useVirtualizer } from "@tanstack/react-virtual";
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useState,
  type ReactNode,
  type Ref,
  type RefObject,
} from "react";
import { useT } from "../../../components/i18n/use-t";
import { ListScroller } from "./ListScroller";
import { END_THRESHOLD } from "../../../components/scroll-end";
import type { RowsApi } from "./rows-api";

/** Vertical padding of the list (px), the same as the full list's. */
const PADDING = 24;

/**
 * Only the messages in and near the view are mounted, measured as they render. Anchored to the end:
 * it opens at the latest message, a streaming reply at the bottom stays in view while the user is
 * there, and a message measured above the view does not move what is on screen.
 */
export default function VirtualRows({
  ids,
  scrollerRef,
  attachScroller,
  apiRef,
  estimateSize,
  renderRow,
}: {
  ids: readonly string[];
  scrollerRef: RefObject<HTMLDivElement | null>;
  attachScroller: (element: HTMLDivElement | null) => void;
  apiRef: Ref<RowsApi>;
  /** A first guess of the height of row `index`, before it is measured. */
  estimateSize: (index: number) => number;
  renderRow: (id: string) => ReactNode;
}) {
  const t = useT();
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  // Where the view starts: at the end, so that the first render mounts the latest rows (from the top,
  // it would mount the first ones only to replace them a moment later).
  const [initialOffset] = useState(() => {
    let total = PADDING;
    for (let i = 0; i < ids.length; i++) total += estimateSize(i);
    return total;
  });
  // The virtualiser's functions must not be memoized by the React Compiler (there is none in this
  // build); it is the documented way to use it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize,
    getItemKey,
    anchorTo: "end",
    followOnAppend: true,
    scrollEndThreshold: END_THRESHOLD,
    overscan: 2,
    initialOffset,
    // Each row carries the space below it, the last one included.
    paddingStart: PADDING,
    directDomUpdates: true,
  });

  useLayoutEffect(() => {
    virtualizer.scrollToEnd();
  }, [virtualizer]);

  // The scroller shrinking (the composer grows, Find opens) must not lift the latest message out of view.
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    let atEnd = true;
    const onScroll = () => {
      atEnd = virtualizer.isAtEnd(END_THRESHOLD);
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    const observer = new ResizeObserver(() => {
      if (atEnd) virtualizer.scrollToEnd();
    });
    observer.observe(el);
    return () => {
      el.removeEventListener("scroll", onScroll);
      observer.disconnect();
    };
  }, [scrollerRef, virtualizer]);

  useImperativeHandle(
    apiRef,
    () => ({
      reveal(index) {
        virtualizer.scrollToIndex(index, { align: "center" });
      },
      scrollToEnd() {
        virtualizer.scrollToEnd();
      },
      release() {},
    }),
    [virtualizer],
  );

  return (
    <ListScroller attach={attachScroller} anchoring={false}>
      <div role="log" aria-label={t("chat.log")} className="mx-auto w-full max-w-3xl px-4 sm:px-6">
        <div ref={virtualizer.containerRef} className="relative w-full">
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="absolute top-0 left-0 w-full pb-6"
            >
              {renderRow(ids[item.index] ?? "")}
            </div>
          ))}
        </div>
      </div>
    </ListScroller>
  );
}
