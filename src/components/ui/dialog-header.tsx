// The look every centred dialog shares (Settings, Keyboard shortcuts): the frame and its title bar.
import type { ReactNode } from "react";
import { IconButton } from "./button";
import { CloseIcon } from "./icons";

/** The frame of a centred dialog; the width is the dialog's own. */
export const CENTRED_DIALOG_CLASS =
  "m-auto rounded-2xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100";

interface DialogHeaderProps {
  /** The id the dialog's `labelledBy` names. */
  titleId: string;
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
}

/** The dialog's title, which names it, and a Close button. */
export function DialogHeader({ titleId, title, closeLabel, onClose }: DialogHeaderProps) {
  return (
    <div className="flex items-center justify-between">
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      <IconButton label={closeLabel} onClick={onClose}>
        <CloseIcon />
      </IconButton>
    </div>
  );
}
