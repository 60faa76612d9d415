// Modal dialogs on the native <dialog>: the browser makes the page behind inert and closes on Escape;
// this adds what it leaves out: Tab cycling inside, a click on the backdrop closing, and focus going
// back to what opened the dialog.
import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { isComposing } from "../keyboard/ime";
import { keepTabInside } from "./keep-tab-inside";

export interface ModalProps {
  open: boolean;
  onClose: () => void;
  id?: string;
  /** The accessible name, or the id of the element that holds it. */
  label?: string;
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}

export function Modal({ open, onClose, id, label, labelledBy, className = "", children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Unmounted while open (the window grew past a drawer's breakpoint): give focus back too.
  useEffect(() => () => opener.current?.focus(), []);

  return (
    <dialog
      ref={ref}
      id={id}
      aria-label={label}
      aria-labelledby={labelledBy}
      onClose={() => {
        // The close event is queued: if the dialog was opened again before it arrived (a quick toggle),
        // it is stale and must neither close the new one nor move focus.
        if (ref.current?.open) return;
        // Focus goes back to the opener unless the close moved it on purpose (e.g. to the composer).
        const active = document.activeElement;
        if (!active || active === document.body || ref.current?.contains(active)) opener.current?.focus();
        opener.current = null;
        if (open) onClose();
      }}
      // Escape: the state follows at once, not only when the (asynchronous) close event arrives.
      onCancel={onClose}
      onKeyDown={(e) => {
        // Escape inside an IME composition cancels the conversion, not the dialog.
        if (e.key === "Escape" && isComposing(e)) e.preventDefault();
        keepTabInside(e);
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) onClose();
      }}
      className={className}
    >
      {children}
    </dialog>
  );
}

/** A side panel as a modal dialog (the Conversations and Tuning drawers on narrow screens). */
export function Drawer({ side, ...props }: ModalProps & { side: "left" | "right" }) {
  return (
    <Modal
      {...props}
      className={`drawer drawer-${side} m-0 h-dvh max-h-none w-[min(20rem,calc(100vw-3rem))] max-w-none overflow-hidden border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100 ${side === "left" ? "mr-auto border-r" : "ml-auto border-l"}`}
    />
  );
}
