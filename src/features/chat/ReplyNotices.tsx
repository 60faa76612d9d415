// What a reply says about itself besides its text: a silent connection while it streams, and once it has
// ended, a tool call the app does not run or chunks that could not be read (samples are in Details).
import { useT } from "../../components/i18n/use-t";
import { useLazy } from "../../components/use-lazy";
import { Button } from "../../components/ui/button";
import type { Message } from "../../domain/types";
import { lazyModule } from "../../lib/lazy";
import { useStalledFor } from "../../store/stalls";
import { regenerateReply, stopReply } from "./send-message";

/** The notices' wording and Details rows: fetched the first time a reply has something to say. */
export const replyNotes = lazyModule(() => import("./reply-notices"));

/** Whether the reply carried anything besides text that it should talk about. */
export function hasNotes(message: Message): boolean {
  return message.notes !== undefined || message.finishReason === "tool_calls";
}

function StallNotice({ conversationId, message }: { conversationId: string; message: Message }) {
  const t = useT();
  const seconds = useStalledFor(message.id);
  if (seconds === null) return null;
  const retry = () => {
    stopReply(message.id);
    void regenerateReply(conversationId, message.id);
  };
  return (
    <div
      role="status"
      className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <p className="min-w-0 flex-1">{t("stream.stalled", { seconds })}</p>
      {/* Stop is the composer's button, right below this reply: one Stop on the page. */}
      <Button variant="secondary" className="shrink-0 !py-1" onClick={retry}>
        {t("chat.retry")}
      </Button>
    </div>
  );
}

export function ReplyNotices({ conversationId, message }: { conversationId: string; message: Message }) {
  const t = useT();
  const streaming = message.status === "streaming";
  const notes = useLazy(replyNotes, !streaming && hasNotes(message));
  if (streaming) return <StallNotice conversationId={conversationId} message={message} />;
  const lines = notes?.noticeLines(message, t) ?? [];
  if (lines.length === 0) return null;
  return (
    <div className="mt-2 flex flex-col gap-1">
      {lines.map((line) => (
        <p key={line} className="text-xs font-medium text-amber-700 dark:text-amber-400">
          {line}
        </p>
      ))}
    </div>
  );
}
