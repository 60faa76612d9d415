// Which stored images may be deleted. Only when everything stored has been read — every conversation
// in both stores, and every backup of unreadable data — can the app know an image is no longer used:
// an image named anywhere (by a conversation, or as text inside a backup or an unreadable record) is kept.
import type { Conversation } from "../domain/types";
import { referencedImageIds } from "./image-store";

export interface GuardStatus {
  /** Every store was read, nothing is from a newer version, nothing waits to be read. */
  complete: boolean;
  /** Raw texts of backups and unreadable records (not necessarily valid JSON). */
  texts: readonly string[];
}

export const NOTHING_READ_YET: GuardStatus = { complete: false, texts: [] };

/** A predicate for images still in use, or null when nothing may be deleted at all. */
export function imagesInUse(
  status: GuardStatus,
  conversations: Iterable<Conversation>,
): ((id: string) => boolean) | null {
  if (!status.complete) return null;
  const referenced = referencedImageIds(conversations);
  return (id) => referenced.has(id) || status.texts.some((text) => text.includes(id));
}
