// A toggle in the chat header that opens a view over the chat (Compare, Sweep): pressed while it is open.
import type { ReactNode } from "react";

interface HeaderToggleProps {
  open: boolean;
  disabled: boolean;
  /** Says why it cannot open now (shown while disabled). */
  disabledTitle: string;
  onClick: () => void;
  icon: ReactNode;
  label: string;
  className?: string;
}

export function HeaderToggle(props: HeaderToggleProps) {
  const { open, disabled, disabledTitle, onClick, icon, label, className = "" } = props;
  return (
    <button
      type="button"
      aria-pressed={open}
      disabled={disabled}
      title={disabled ? disabledTitle : undefined}
      onClick={onClick}
      className={`inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm @max-md:px-2 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:bg-zinc-100 aria-pressed:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-800 dark:aria-pressed:text-zinc-100 ${className}`}
    >
      {icon}
      <span className="@max-2xl:sr-only">{label}</span>
    </button>
  );
}
