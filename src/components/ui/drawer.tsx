// A side panel as a modal <dialog>: the browser traps focus in it and makes the page behind inert,
// Escape closes it, and focus goes back to what opened it.
import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { keepTabInside } from "./keep-tab-inside";

export function Drawer({
  open,
  onClose,
  side,
  label,
  id,
  children,
}: {
  open: boolean;
  onClose: () => void;
  side: "left" | "right";
  label: string;
  id?: string;
  children: ReactNode;
}) {
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

  // Unmounted while open (the window grew past the drawer's breakpoint): give focus back too.
  useEffect(() => () => opener.current?.focus(), []);

  return (
    <dialog
      ref={ref}
      id={id}
      aria-label={label}
      onClose={() => {
        // Focus goes back to the opener unless the close moved it on purpose (e.g. to the composer).
        const active = document.activeElement;
        if (!active || active === document.body || ref.current?.contains(active)) opener.current?.focus();
        opener.current = null;
        if (open) onClose();
      }}
      onKeyDown={keepTabInside}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) onClose();
      }}
      className={`drawer drawer-${side} m-0 h-dvh max-h-none w-[min(20rem,calc(100vw-3rem))] max-w-none overflow-hidden border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100 ${side === "left" ? "mr-auto border-r" : "ml-auto border-l"}`}
    >
      {children}
    </dialog>
  );
}
