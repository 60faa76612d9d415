// Each conversation has its own address, in the URL's fragment so any static host serves it and the
// built-in server needs no route: `#/c/<id>` is a conversation, `#/new` the new chat.

export type Route = { kind: "conversation"; id: string } | { kind: "new" } | { kind: "none" };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "");
  if (path === "/new") return { kind: "new" };
  const match = /^\/c\/([^/?#]+)$/.exec(path);
  if (match?.[1]) {
    try {
      return { kind: "conversation", id: decodeURIComponent(match[1]) };
    } catch {
      // A malformed escape: not an address of ours.
    }
  }
  return { kind: "none" };
}

/** The address of what is open: a conversation (also one that no longer exists), or the new chat. */
export function routeHash(conversationId: string | null): string {
  return conversationId === null ? "#/new" : `#/c/${encodeURIComponent(conversationId)}`;
}

/** What the store shows: the open id (which may name a deleted conversation) and the ids that exist. */
export interface Shown {
  activeId: string | null;
  exists: (id: string) => boolean;
}

/**
 * How the address follows a change of the open conversation: a new history entry when the user moved
 * to another chat, the same entry rewritten when the chat on screen only changed identity (the new
 * chat's first message created its conversation, or the open conversation was deleted here).
 */
export function addressUpdate(before: Shown, after: Shown): { hash: string; replace: boolean } | null {
  if (before.activeId === after.activeId) return null;
  const hash = routeHash(after.activeId);
  const wasEmpty = before.activeId === null || !before.exists(before.activeId);
  const created = after.activeId !== null && !before.exists(after.activeId) && after.exists(after.activeId);
  const deleted = after.activeId === null && before.activeId !== null && !after.exists(before.activeId);
  return { hash, replace: (wasEmpty && created) || deleted };
}
