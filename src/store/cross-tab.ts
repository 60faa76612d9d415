// Pure decisions about what another tab wrote. A `storage` event (or a BroadcastChannel message for
// IndexedDB) only says which conversation changed: what it holds is read from storage when the event is
// handled, never taken from the event, so an event that arrives after this tab has merged and written
// over it finds this tab's own text and changes nothing.
import { chooseLeaf, mergeConversations } from "../domain/merge";
import type { ChatDefaults, Conversation, Preset, Settings } from "../domain/types";
import { settingsSchema } from "./schema";
import { metaSchema, parseJson, type IndexedRecord, type Known, type StorageKeys } from "./storage-format";
import { defaultChatDefaults, parseConversationText } from "./storage-reader";
import type { Current } from "./write-plan";

export type Signal = { type: "meta" } | { type: "conversation"; id: string } | null;

export function signalOf(key: string | null, keys: StorageKeys): Signal {
  if (key === keys.meta) return { type: "meta" };
  if (key?.startsWith(keys.conversationPrefix)) {
    return { type: "conversation", id: key.slice(keys.conversationPrefix.length) };
  }
  if (key?.startsWith(keys.stubPrefix))
    return { type: "conversation", id: key.slice(keys.stubPrefix.length) };
  return null;
}

export type ExternalAction =
  | { type: "ignore" }
  | { type: "apply"; conv: Conversation; known: Known }
  /** The conversation lives in IndexedDB: read its record, then `indexedAction`. */
  | { type: "fetch" }
  /** Neither store lists it any more: gone, unless IndexedDB still has the record (a move in progress). */
  | { type: "check-deleted" };

/** Another tab's text, to show and to remember as stored (`where` says where, with its raw text or revision). */
function applyText(text: string, where: Pick<Known, "where" | "raw" | "rev">): ExternalAction {
  const conv = parseConversationText(text);
  return conv ? { type: "apply", conv, known: { conv, ...where, chars: text.length } } : { type: "ignore" };
}

export function externalAction(current: Current, known: Known | undefined): ExternalAction {
  if (current.local !== null) {
    if (known?.where === "local" && current.local === known.raw) return { type: "ignore" };
    return applyText(current.local, { where: "local", raw: current.local });
  }
  if (current.stub !== null) {
    return known?.where === "indexed" && known.rev === current.stub.rev
      ? { type: "ignore" }
      : { type: "fetch" };
  }
  return known ? { type: "check-deleted" } : { type: "ignore" };
}

/** After reading the IndexedDB record another tab wrote (null: there is none, so it was deleted). */
export function indexedAction(record: IndexedRecord | null, known: Known | undefined): ExternalAction | null {
  if (!record) return null;
  if (known?.where === "indexed" && known.rev === record.rev) return { type: "ignore" };
  return applyText(record.json, { where: "indexed", rev: record.rev });
}

/**
 * What this tab shows after another tab's change. With no changes of its own since the last save it
 * takes theirs (renames and deleted messages included) but stays on its own branch; with unsaved
 * changes the two are merged from the version both started from, so neither is lost. `show` undefined:
 * keep what is shown. `asStored`: what is shown counts as stored (only the branch on screen differs,
 * which is this tab's view), so it is not written back. A conversation still streaming here is never
 * removed.
 */
export function reconcile(
  local: Conversation | undefined,
  previous: Conversation | undefined,
  incoming: Conversation | null,
): { show: Conversation | null | undefined; asStored: boolean } {
  if (incoming === null) {
    if (!local || local.messages.some((m) => m.status === "streaming"))
      return { show: undefined, asStored: false };
    return { show: null, asStored: true };
  }
  if (!local) return { show: incoming, asStored: true };
  if (local === previous) {
    // Theirs may carry an older copy of a message this tab saved since (the other tab merged an earlier
    // write of ours, e.g. of a reply streaming here): per message, the later update is kept.
    const merged = mergeConversations(local, incoming, previous);
    const theirs = new Set(incoming.messages);
    if (merged.messages.some((m) => !theirs.has(m))) return { show: merged, asStored: false };
    const leafId = chooseLeaf(incoming.messages, local.leafId, incoming.leafId);
    return { show: leafId === incoming.leafId ? incoming : { ...incoming, leafId }, asStored: true };
  }
  return { show: mergeConversations(local, incoming, previous), asStored: false };
}

export interface MetaChange {
  settings: Settings;
  chatDefaults: ChatDefaults;
  presets: Preset[];
}

/** Settings another tab saved; null when unreadable, from a newer version, or this tab's own write. */
export function readMetaChange(
  text: string | null,
  version: number,
  written: string | null,
): MetaChange | null {
  if (text === null || text === written) return null;
  const meta = metaSchema.safeParse(parseJson(text));
  if (!meta.success || (meta.data.version ?? version) > version) return null;
  return {
    settings: meta.data.settings ?? settingsSchema.parse({}),
    chatDefaults: meta.data.chatDefaults ?? defaultChatDefaults(),
    presets: meta.data.presets ?? [],
  };
}
