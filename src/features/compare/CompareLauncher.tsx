import { useT } from "../../components/i18n/use-t";
import { HeaderToggle } from "../../components/ui/header-toggle";
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
  return (
    <HeaderToggle
      open={open}
      // A reply still streaming in the chat would race the columns for the same message.
      disabled={!open && (!conversationId || streaming)}
      disabledTitle={t("compare.openDisabled")}
      onClick={() => {
        if (open) return closeCompare();
        closeSweep();
        if (conversationId) openCompare(conversationId);
      }}
      icon={<ColumnsIcon />}
      label={t("compare.open")}
      className={className}
    />
  );
}
