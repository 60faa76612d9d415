import { useEffect, useImperativeHandle, useRef, useState, type Ref, type RefObject } from "react";
import { flushSync } from "react-dom";
import { useT } from "../../../components/i18n/use-t";
import { findMessage } from "../../../domain/conversation";
import { getConversation } from "../../../store/conversations";
import { MessageItem } from "../MessageItem";
import {
  FIRST_BATCH_COST,
  FIRST_BATCH_SCREENS,
  batchEnd,
  batchStart,
  blendRate,
  charsPerLine,
  estimateHeight,
  messageCost,
  nextBudget,
} from "./list-plan";
import { ListScroller } from "./ListScroller";
import type { RowsApi } from "./rows-api";
import { useStickToBottom } from "../../../components/use-stick-to-bottom";

const idle: (cb: () => void) => number =
  typeof requestIdleCallback === "function"
    ? (cb) => requestIdleCallback(cb, { timeout: 120 })
    : (cb) => window.setTimeout(cb, 16);
const cancelIdle: (handle: number) => void =
  typeof cancelIdleCallback === "function" ? cancelIdleCallback : window.clearTimeout;

/** The mounted messages: [first, last), where `last` null means "through the end", new ones included. */
interface Span {
  first: number;
  last: number | null;
}

/**
 * Every message of the conversation, in normal flow, so the browser's find, selection, copy and
 * screen readers see them all. The messages on screen mount first (the latest ones, or those around
 * `startAt`); the others are added around them in idle time, in batches sized to take ~25 ms each
 * on this machine, so opening a long conversation never blocks input. The browser's scroll anchoring
 * keeps the view still while messages arrive above it.
 */
export function FullRows({
  conversationId,
  ids,
  startAt,
  scrollerRef,
  attachScroller,
  apiRef,
}: {
  conversationId: string;
  ids: readonly string[];
  /** A message to open at instead of the end (a search result). */
  startAt: number | null;
  scrollerRef: RefObject<HTMLDivElement | null>;
  attachScroller: (element: HTMLDivElement | null) => void;
  apiRef: Ref<RowsApi>;
}) {
  const t = useT();
  const message = (index: number) => {
    const conv = getConversation(conversationId);
    const id = ids[index];
    return conv && id ? findMessage(conv, id) : undefined;
  };
  const cost = (index: number) => messageCost(message(index));
  const [span, setSpan] = useState<Span>(() => {
    // The first render fills the view and a little more: heights are estimated, capped by cost.
    const screen = FIRST_BATCH_SCREENS * (typeof window === "undefined" ? 900 : window.innerHeight);
    const height = (index: number) => estimateHeight(message(index));
    const fill = (from: number, to: number) => {
      let units = 0;
      for (let i = from; i < to; i++) units += cost(i);
      return units <= FIRST_BATCH_COST;
    };
    if (startAt === null || startAt >= ids.length) {
      let first = batchStart(height, ids.length, screen);
      while (first < ids.length - 1 && !fill(first, ids.length)) first++;
      return { first, last: null };
    }
    const first = batchStart(height, startAt, screen / 3);
    const last = batchEnd(height, startAt, ids.length, (screen * 2) / 3);
    return { first, last: last >= ids.length ? null : last };
  });
  const first = Math.min(span.first, ids.length);
  const last = span.last === null ? ids.length : Math.min(span.last, ids.length);
  // The first render's messages (on screen) are formatted at once; those the idle batches add around
  // them show as plain text first and are formatted in idle time, nearest the view first. Messages
  // that arrive later (sent, replied) are at the end, where the view is: formatted at once too.
  const [firstScreen] = useState(() => ({ from: first, to: last, count: ids.length }));
  const deferred = (index: number) =>
    index < firstScreen.from || (index >= firstScreen.to && index < firstScreen.count);
  const contentRef = useRef<HTMLDivElement>(null);
  const stick = useStickToBottom(scrollerRef, contentRef, startAt === null);
  // The list's width, for what a message far from the view measures until it is first rendered.
  const [width, setWidth] = useState(() => (typeof window === "undefined" ? 768 : window.innerWidth));
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    // In steps of 32 px: a resize re-renders the list a few times, not once per pixel.
    const observer = new ResizeObserver(() => setWidth(Math.round(el.clientWidth / 32) * 32));
    observer.observe(el);
    return () => observer.disconnect();
  }, [scrollerRef]);
  // Cost units per millisecond that batches have taken here (null until the first one).
  const rate = useRef<number | null>(null);

  useEffect(() => {
    if (first === 0 && span.last === null) return;
    const handle = idle(() => {
      const budget = nextBudget(rate.current);
      // Newer messages first (below: the way a reader goes on), then older ones above, until all are in.
      let next: Span;
      let units = 0;
      if (span.last !== null) {
        const end = batchEnd(cost, last, ids.length, budget);
        for (let i = last; i < end; i++) units += cost(i);
        next = { first, last: end >= ids.length ? null : end };
      } else {
        const start = batchStart(cost, first, budget);
        for (let i = start; i < first; i++) units += cost(i);
        next = { first: start, last: null };
      }
      const began = performance.now();
      flushSync(() => setSpan(next));
      // Lay the new messages out now, so the time measured is what the batch really cost.
      void scrollerRef.current?.scrollHeight;
      rate.current = blendRate(rate.current, units, performance.now() - began);
    });
    return () => cancelIdle(handle);
    // `cost` reads the store when called; a batch depends only on what is mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first, last, span.last]);

  useImperativeHandle(
    apiRef,
    () => ({
      reveal(index) {
        stick.release();
        if (index < first) flushSync(() => setSpan((s) => ({ ...s, first: index })));
        if (index >= last) flushSync(() => setSpan((s) => ({ ...s, last: null })));
      },
      scrollToEnd() {
        if (span.last !== null) flushSync(() => setSpan((s) => ({ ...s, last: null })));
        stick.scrollToEnd();
      },
      release: stick.release,
    }),
    [first, last, span.last, stick],
  );

  const perLine = charsPerLine(width);
  return (
    <ListScroller attach={attachScroller} anchoring>
      <div
        ref={contentRef}
        role="log"
        aria-label={t("chat.log")}
        className="message-flow mx-auto w-full max-w-3xl space-y-6 px-4 py-6 sm:px-6"
      >
        {ids.slice(first, last).map((id, i) => (
          <MessageItem
            key={id}
            conversationId={conversationId}
            messageId={id}
            sizeHint={estimateHeight(message(first + i), perLine)}
            defer={deferred(first + i)}
          />
        ))}
      </div>
    </ListScroller>
  );
}
