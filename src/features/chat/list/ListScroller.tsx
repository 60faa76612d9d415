import type { ReactNode } from "react";

/**
 * The scrolling box of the message list. Rendered by each of the list's renderings (not around them),
 * so that its element is in place before their layout effects run (React attaches a parent's refs
 * after its children's effects) and they can scroll before the first paint.
 */
export function ListScroller({
  attach,
  anchoring,
  children,
}: {
  /** Receives the element (the list around keeps it, and learns when it is replaced). */
  attach: (element: HTMLDivElement | null) => void;
  /** The browser's scroll anchoring; off where the virtualiser keeps the view in place itself. */
  anchoring: boolean;
  children: ReactNode;
}) {
  return (
    <div
      ref={attach}
      // Focusable from code only: Jump to latest leaves the focus here, where the keys scroll the list.
      tabIndex={-1}
      className={`min-h-0 flex-1 overflow-y-auto outline-none [contain:strict] ${anchoring ? "" : "[overflow-anchor:none]"}`}
    >
      {children}
    </div>
  );
}
