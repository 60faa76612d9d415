// A modal <dialog> makes the page behind it inert, but Tab past its last control still leaves for the
// browser's own toolbar. This keeps Tab and Shift+Tab cycling through the dialog's controls.
import type { KeyboardEvent } from "react";

const CANDIDATES = "a[href], button, input, select, textarea, summary, [tabindex]";

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.matches(":disabled") || el.getClientRects().length === 0) return false;
  // Of a group of radios, Tab stops only at the checked one.
  if (el instanceof HTMLInputElement && el.type === "radio" && !el.checked) {
    const group = el.form?.elements.namedItem(el.name) ?? el.ownerDocument.getElementsByName(el.name);
    return ![...(group instanceof RadioNodeList ? group : (group as NodeListOf<HTMLElement>))].some(
      (other) => other instanceof HTMLInputElement && other.checked,
    );
  }
  return true;
}

export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) return;
  const root = event.currentTarget;
  const tabbable = [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter(isTabbable);
  const first = tabbable[0];
  const last = tabbable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
