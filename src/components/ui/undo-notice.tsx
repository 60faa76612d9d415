import { useEffect, useEffectEvent, useRef } from "react";
import { useT } from "../i18n/use-t";

/** How long Undo stays on offer (images of a deleted conversation are kept longer: see store/conversations). */
export const UNDO_MS = 8000;

/**
 * "Deleted …" with an Undo button, shown after something was deleted; Escape dismisses it. Give it a new
 * `key` for each deletion, so each gets the full time. With `takeFocus`, Undo gets the focus when the
 * deleted item's button took the focus with it, and `returnFocus` says where the focus goes when the
 * notice closes while holding it, so a keyboard user is never dropped at the top of the page.
 */
export function UndoNotice({
  text,
  onUndo,
  onClose,
  takeFocus = false,
  returnFocus,
  className = "",
}: {
  text: string;
  onUndo: () => void;
  /** The offer ends without Undo: the time ran out or Escape was pressed. */
  onClose: () => void;
  takeFocus?: boolean;
  returnFocus?: () => void;
  className?: string;
}) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);

  const end = (undone: boolean) => {
    const hadFocus = root.current?.contains(document.activeElement) ?? false;
    if (undone) onUndo();
    else onClose();
    if (hadFocus) returnFocus?.();
  };
  const expire = useEffectEvent(() => end(false));

  useEffect(() => {
    const active = document.activeElement;
    if (takeFocus && (!active || active === document.body)) undo.current?.focus();
    const timer = window.setTimeout(expire, UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [takeFocus]);

  return (
    <div
      ref={root}
      role="status"
      onKeyDown={(e) => {
        if (e.key === "Escape") end(false);
      }}
      className={`flex items-center justify-between gap-2 rounded-lg bg-zinc-900 px-3 py-2 text-sm text-white dark:bg-zinc-100 dark:text-zinc-900 ${className}`}
    >
      <span className="truncate">{text}</span>
      <button
        ref={undo}
        type="button"
        className="shrink-0 rounded font-semibold text-indigo-300 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-300 dark:text-indigo-700 dark:focus-visible:outline-indigo-700"
        onClick={() => end(true)}
      >
        {t("common.undo")}
      </button>
    </div>
  );
}
