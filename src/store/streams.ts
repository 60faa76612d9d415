// In-flight requests, by reply id. Kept outside the store's state: never persisted, never rendered.
const controllers = new Map<string, { conversationId: string; controller: AbortController }>();

export function registerStream(replyId: string, conversationId: string): AbortController {
  const controller = new AbortController();
  controllers.set(replyId, { conversationId, controller });
  return controller;
}

export function unregisterStream(replyId: string): void {
  controllers.delete(replyId);
}

export function stopStream(replyId: string): void {
  controllers.get(replyId)?.controller.abort();
}

export function stopStreamsIn(conversationId: string): void {
  for (const entry of controllers.values()) {
    if (entry.conversationId === conversationId) entry.controller.abort();
  }
}

/** How many requests are in flight (chat replies and Compare columns alike). */
export function activeStreamCount(): number {
  return controllers.size;
}
