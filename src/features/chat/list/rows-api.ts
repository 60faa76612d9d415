// What the message list's two renderings (every message, or virtualised) offer the list around them.

export interface RowsApi {
  /** Makes sure message `index` is mounted and starts bringing it into view. */
  reveal(index: number): void;
  /** Scrolls to the end and follows new text again. */
  scrollToEnd(): void;
  /** Stops following new text (before a scroll the app makes, e.g. to a match). */
  release(): void;
}
