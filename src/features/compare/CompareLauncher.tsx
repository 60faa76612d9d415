import { useT } from "../../components/i18n/use-t";
import { ColumnsIcon } from "../../components/ui/icons";
import { closeCompare, openCompare, useCompareOpen } from "../../store/compare";
import { closeSweep } from "../../store/sweep";
import { useActiveConversationId, useStreamingReplyId } from "../../store/selectors";

/** The header's "Compare" toggle: opens compare on the conversation on screen, or closes it. */
export function CompareLauncher({ className = "" }: { className?: string }) {
  const t = useT();
  const conversationId = useActiveConversationId();
  const streaming = useStreamingReplyId(conversationId) !== null;
  const open = useCompareOpen();
  // A reply still streaming in the chat would race the columns for the same message.
  const disabled = !open && (!conversationId || streaming);
  return (
    <button
      type="button"
      aria-pressed={open}
      disabled={disabled}
      title={disabled ? t("compare.openDisabled") : undefined}
      onClick={() => {
        if (open) return closeCompare();
        closeSweep();
        if (conversationId) openCompare(conversationId);
      }}
      className={`inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm @max-md:px-2 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:bg-zinc-100 aria-pressed:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-800 dark:aria-pressed:text-zinc-100 ${className}`}
    >
      <ColumnsIcon />
      <span className="@max-2xl:sr-only">{t("compare.open")}</span>
    </button>
  );
}
