import type { Message } from "./types";

/** A complete message for tests; its content is its id unless `extra` says otherwise. */
export function msg(
  id: string,
  parentId: string | null,
  role: Message["role"],
  extra: Partial<Message> = {},
): Message {
  return { id, parentId, role, content: id, createdAt: 1, updatedAt: 1, status: "complete", ...extra };
}
