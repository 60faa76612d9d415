import { useT } from "../../components/i18n/use-t";
import { HeaderToggle } from "../../components/ui/header-toggle";
import { SweepIcon } from "../../components/ui/icons";
import { closeSweep, openSweep, useSweepOpen } from "../../store/sweep";
import { useActiveConversationId, useStreamingReplyId } from "../../store/selectors";

/** The header's "Sweep" toggle: opens the sweep on the conversation on screen, or closes it. */
export function SweepLauncher({ className = "" }: { className?: string }) {
  const t = useT();
  const conversationId = useActiveConversationId();
  const streaming = useStreamingReplyId(conversationId) !== null;
  const open = useSweepOpen();
  return (
    <HeaderToggle
      open={open}
      disabled={!open && (!conversationId || streaming)}
      disabledTitle={t("sweep.openDisabled")}
      onClick={() => (open ? closeSweep() : conversationId && void openSweep(conversationId))}
      icon={<SweepIcon />}
      label={t("sweep.open")}
      className={className}
    />
  );
}
