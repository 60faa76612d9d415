// What the keyboard can do to the conversation on screen, without reaching for a message's buttons.
import { activePath } from "../../domain/conversation";
import { useAppStore } from "../../store/app-store";
import { requestEdit } from "../../store/edit-request";
import { selectActiveConversation } from "../../store/selectors";
import { stopStream } from "../../store/streams";

function activeMessages() {
  const conv = selectActiveConversation(useAppStore.getState());
  return conv ? activePath(conv) : [];
}

/** Opens the editor on the last message the user sent; false when there is none. */
export function editLastUserMessage(): boolean {
  const last = activeMessages().findLast((m) => m.role === "user");
  if (!last) return false;
  requestEdit(last.id);
  return true;
}

/** Stops the reply streaming in the conversation on screen; false when none is. */
export function stopStreamingReply(): boolean {
  const streaming = activeMessages().findLast((m) => m.status === "streaming");
  if (!streaming) return false;
  stopStream(streaming.id);
  return true;
}

/** The text of the last reply with content on the branch on screen, if any. */
export function lastReplyText(): string | null {
  return activeMessages().findLast((m) => m.role === "assistant" && m.content !== "")?.content ?? null;
}
