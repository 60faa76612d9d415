// One composer is on screen at a time; shortcuts and finished edits send the cursor back to it.
let box: HTMLTextAreaElement | null = null;

export function registerComposer(element: HTMLTextAreaElement): () => void {
  box = element;
  return () => {
    if (box === element) box = null;
  };
}

/** Puts the cursor at the end of the composer's text; false when there is no composer on screen. */
export function focusComposer(): boolean {
  if (!box) return false;
  box.focus();
  const end = box.value.length;
  box.setSelectionRange(end, end);
  return true;
}

/**
 * Whether opening a chat should focus the composer. Not on touch-only devices: there, focus would raise
 * the on-screen keyboard over the conversation the user just opened to read.
 */
export const focusOnOpen = (): boolean =>
  typeof window === "undefined" || window.matchMedia("(any-pointer: fine)").matches;

/** Whether `element` is the composer's text box. */
export const isComposer = (element: Element | null): boolean => element !== null && element === box;
