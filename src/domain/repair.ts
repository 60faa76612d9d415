// One repair for every conversation read from outside this tab's memory: an imported file and the
// app's own stored data go through it alike.
import type { Conversation } from "./types";

/**
 * Makes the tree usable instead of refusing the data: a parent that is not in the conversation makes the
 * message a root, and a missing leaf moves to the last message. Replies that were streaming when the data
 * was written cannot resume, so they become "stopped" (as on reload).
 */
export function repairConversation(conv: Conversation): { conversation: Conversation; repaired: boolean } {
  const ids = new Set(conv.messages.map((m) => m.id));
  let repaired = false;
  const messages = conv.messages.map((m) => {
    const orphan = m.parentId !== null && (m.parentId === m.id || !ids.has(m.parentId));
    if (!orphan && m.status !== "streaming") return m;
    repaired = true;
    return {
      ...m,
      ...(orphan ? { parentId: null } : {}),
      ...(m.status === "streaming" ? { status: "stopped" as const } : {}),
    };
  });
  let leafId = conv.leafId;
  if (leafId === null ? messages.length > 0 : !ids.has(leafId)) {
    repaired = true;
    leafId = messages[messages.length - 1]?.id ?? null;
  }
  return { conversation: repaired ? { ...conv, messages, leafId } : conv, repaired };
}
