// Running Compare's columns: each column is one job for the reply runner, answering the same user
// message with the column's own parameters; its text and outcome go to the column, not the conversation.
import { newId } from "../../domain/ids";
import { conversationModel } from "../../domain/request";
import { startReply } from "../../services/reply-runner";
import { useAppStore } from "../../store/app-store";
import {
  beginColumnRun,
  compareStreamId,
  ensureUserMessage,
  updateColumnRun,
  useCompareStore,
} from "../../store/compare";

export async function runColumn(columnId: string): Promise<void> {
  const runId = newId("run");
  const started = beginColumnRun(columnId, runId);
  if (!started) return;
  const { conversation, userMessageId, column } = started;
  const { settings } = useAppStore.getState();
  const { sent, done } = startReply(
    {
      conversation,
      parentId: userMessageId,
      model: column.model.trim() || conversationModel(conversation, settings),
      params: column.params,
      streamId: compareStreamId(runId),
    },
    {
      onText: (delta) =>
        updateColumnRun(columnId, runId, (c) => ({
          text: c.text + delta.content,
          reasoning: c.reasoning + delta.reasoning,
        })),
      onEnd: (outcome) => updateColumnRun(columnId, runId, () => ({ status: outcome.status, outcome })),
    },
  );
  updateColumnRun(columnId, runId, () => ({ sent }));
  await done;
}

/** Every column at once, each with its own request and AbortController. */
export async function runComparison(): Promise<void> {
  if (!ensureUserMessage()) return;
  await Promise.all(useCompareStore.getState().columns.map((c) => runColumn(c.id)));
}
