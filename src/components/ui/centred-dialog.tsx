// A centred modal dialog (Settings, Keyboard shortcuts): the frame, its title (which names it) and Close.
import { useId, type ReactNode } from "react";
import { IconButton } from "./button";
import { CloseIcon } from "./icons";
import { Modal } from "./modal";

interface CentredDialogProps {
  open: boolean;
  onClose: () => void;
  id?: string;
  title: ReactNode;
  closeLabel: string;
  /** Tailwind classes for the width and the space between sections. */
  widthClass: string;
  gapClass: string;
  children: ReactNode;
}

/** The content mounts only while the dialog is open. */
export function CentredDialog(props: CentredDialogProps) {
  const { open, onClose, id, title, closeLabel, widthClass, gapClass, children } = props;
  const titleId = useId();
  return (
    <Modal
      id={id}
      open={open}
      onClose={onClose}
      labelledBy={titleId}
      className={`m-auto ${widthClass} rounded-2xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100`}
    >
      {open ? (
        <div className={`flex flex-col ${gapClass} p-5`}>
          <div className="flex items-center justify-between">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <IconButton label={closeLabel} onClick={onClose}>
              <CloseIcon />
            </IconButton>
          </div>
          {children}
        </div>
      ) : null}
    </Modal>
  );
}
