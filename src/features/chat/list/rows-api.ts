// What the message list's two renderings (every message, or virtualised) offer the list around them.

/** Distance from the end (px) within which the view counts as "at the latest message" and follows it. */
export const END_THRESHOLD = 80;

export interface RowsApi {
  /** Makes sure message `index` is mounted and starts bringing it into view. */
  reveal(index: number): void;
  /** Scrolls to the end and follows new text again. */
  scrollToEnd(): void;
  /** Stops following new text (before a scroll the app makes, e.g. to a match). */
  release(): void;
}

export function distanceFromEnd(el: HTMLElement): number {
  return el.scrollHeight - el.scrollTop - el.clientHeight;
}
