import { useEffect, useEffectEvent, useRef } from "react";
import { goToMatch, useFindStore } from "../../../store/find";
import { matchRanges, scrollRangeIntoView } from "./text-ranges";
import { currentIndex, useFindMatches } from "./use-find-matches";

/** The message's article once it is mounted (and, in a virtual list, has stopped moving), or null. */
export type RevealMessage = (index: number, messageId: string) => Promise<HTMLElement | null>;

const MATCH = "find-match";
const CURRENT = "find-current";
const supported = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

const twoFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function articlesIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>("article[data-message-id]"));
}

function clear(root: HTMLElement | null) {
  if (supported) {
    CSS.highlights.delete(MATCH);
    CSS.highlights.delete(CURRENT);
  }
  root?.querySelector("[data-find-current]")?.removeAttribute("data-find-current");
}

/**
 * What Find in conversation shows in the list: every match in the mounted messages highlighted, the
 * current one more strongly and its message marked; the current match brought into view when asked
 * (stepping, a search result), mounting its message first if the list has not. With no current match
 * (a new query, another conversation), the first match from the top of the view becomes current.
 */
export function useFindView({
  conversationId,
  scroller,
  reveal,
  firstVisibleIndex,
}: {
  conversationId: string;
  /** The list's scrolling element (replaced when the list changes rendering). */
  scroller: HTMLElement | null;
  reveal: RevealMessage;
  firstVisibleIndex: () => number;
}) {
  const result = useFindMatches(conversationId);
  const query = useFindStore((s) => s.query);
  const stored = useFindStore((s) => s.current);
  const revealCount = useFindStore((s) => s.reveal);
  const current = stored?.conversationId === conversationId ? stored : null;
  const matches = result?.matches ?? null;
  const found = matches !== null && currentIndex(matches, current) !== -1;

  // Ranges per mounted article, until its text changes (a streaming reply, highlighted code).
  const cache = useRef(new WeakMap<Element, Range[]>());
  const paintRef = useRef<() => Range | null>(() => null);

  useEffect(() => {
    if (!matches || matches.length === 0 || found) return;
    const top = firstVisibleIndex();
    const next = matches.find((m) => m.index >= top) ?? matches[matches.length - 1];
    if (next) goToMatch({ conversationId, messageId: next.messageId, occurrence: next.occurrence });
  }, [matches, found, conversationId, firstVisibleIndex]);

  // Painting: on a new query, new matches or a new current match, and whenever the mounted text changes.
  useEffect(() => {
    const root = scroller;
    cache.current = new WeakMap();
    if (!root || !matches || matches.length === 0) {
      clear(root);
      paintRef.current = () => null;
      return;
    }
    const withMatches = new Set(matches.map((m) => m.messageId));
    const paint = (): Range | null => {
      const all: Range[] = [];
      let currentRange: Range | null = null;
      let currentArticle: HTMLElement | null = null;
      for (const article of articlesIn(root)) {
        const id = article.dataset.messageId ?? "";
        if (!withMatches.has(id)) continue;
        let ranges = cache.current.get(article);
        if (!ranges) {
          const body = article.querySelector("[data-find-body]");
          ranges = body ? matchRanges(body, query) : [];
          cache.current.set(article, ranges);
        }
        all.push(...ranges);
        if (current?.messageId === id) {
          currentArticle = article;
          currentRange = ranges[Math.min(current.occurrence, ranges.length - 1)] ?? null;
        }
      }
      const marked = root.querySelector("[data-find-current]");
      if (marked !== currentArticle) marked?.removeAttribute("data-find-current");
      currentArticle?.setAttribute("data-find-current", "");
      if (supported) {
        CSS.highlights.set(MATCH, new Highlight(...all));
        if (currentRange) CSS.highlights.set(CURRENT, new Highlight(currentRange));
        else CSS.highlights.delete(CURRENT);
      }
      return currentRange;
    };
    paintRef.current = paint;
    paint();
    let frame = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target;
        const el = node instanceof Element ? node : node.parentElement;
        const article = el?.closest("article");
        if (article) cache.current.delete(article);
      }
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(paint);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clear(root);
    };
  }, [scroller, matches, query, current]);

  // Bringing the current match into view, when asked (not when a streamed token re-renders).
  const bringIntoView = useEffectEvent(async (isCancelled: () => boolean) => {
    if (!result || !current) return;
    const index = result.path.findIndex((m) => m.id === current.messageId);
    if (index === -1) return;
    const article = await reveal(index, current.messageId);
    const root = scroller;
    // Messages around the new place may render at sizes other than their placeholders' and move the
    // match again: check over a few frames until it stays in view.
    for (let attempt = 0; attempt < 15 && article && root && !isCancelled(); attempt++) {
      const range = paintRef.current();
      if (range) {
        if (!scrollRangeIntoView(range, root)) return;
      } else {
        article.scrollIntoView({ block: "center" });
      }
      await twoFrames();
    }
  });
  useEffect(() => {
    let cancelled = false;
    void bringIntoView(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [revealCount]);
}
