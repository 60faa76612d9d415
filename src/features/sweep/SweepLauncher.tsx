import { useT } from "../../components/i18n/use-t";
import { closeSweep, openSweep, useSweepOpen } from "../../store/sweep";
import { useActiveConversationId, useStreamingReplyId } from "../../store/selectors";

/** The header's "Sweep" toggle: opens the sweep on the conversation on screen, or closes it. */
export function SweepLauncher({ className = "" }: { className?: string }) {
  const t = useT();
  const conversationId = useActiveConversationId();
  const streaming = useStreamingReplyId(conversationId) !== null;
  const open = useSweepOpen();
  const disabled = !open && (!conversationId || streaming);
  return (
    <button
      type="button"
      aria-pressed={open}
      disabled={disabled}
      title={disabled ? t("sweep.openDisabled") : undefined}
      onClick={() => (open ? closeSweep() : conversationId && void openSweep(conversationId))}
      className={`inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm @max-md:px-2 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:bg-zinc-100 aria-pressed:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-800 dark:aria-pressed:text-zinc-100 ${className}`}
    >
      <svg
        viewBox="0 0 24 24"
        width="16"
        height="16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <path d="M3 3v18h18" />
        <circle cx="8" cy="14" r="1.5" />
        <circle cx="12" cy="10" r="1.5" />
        <circle cx="16" cy="12" r="1.5" />
        <circle cx="20" cy="6" r="1.5" />
      </svg>
      <span className="@max-2xl:sr-only">{t("sweep.open")}</span>
    </button>
  );
}
