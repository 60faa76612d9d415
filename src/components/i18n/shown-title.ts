import { UNTITLED } from "../../domain/conversation";
import type { TFunction } from "../../lib/i18n/i18n";

/** A stored title for people: the untitled marker reads as "New chat" in the UI's language. */
export function shownTitle(title: string, t: TFunction): string {
  return title === UNTITLED ? t("conversations.untitled") : title;
}
