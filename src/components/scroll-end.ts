// Where a scroller stands relative to its end: shared by the message list and Compare's columns.

/** Distance from the end (px) within which the view counts as "at the end" and follows new content. */
export const END_THRESHOLD = 80;

export function distanceFromEnd(el: HTMLElement): number {
  return el.scrollHeight - el.scrollTop - el.clientHeight;
}
