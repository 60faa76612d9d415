// Every storage problem the user can be told about, in words: what happened, that nothing was deleted
// (or exactly what was not saved), and what to do. One place, so the wording stays consistent.
import type { StorageProblem, UnsavedMarker } from "./storage-format";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Up to five titles in quotes, then how many more. */
export function quoted(titles: readonly string[]): string {
  const shown = titles.slice(0, 5).map((t) => `“${t}”`);
  return shown.join(", ") + (titles.length > 5 ? ` and ${titles.length - 5} more` : "");
}

export const problem = {
  newerVersion: (version: number): StorageProblem => ({
    kind: "unavailable",
    key: "newer-version",
    message: `Your conversations were saved by a newer version of this app (format v${version}). Reload to get it; this tab will not save changes, so nothing is overwritten.`,
  }),
  migrationFailed: (reason: string): StorageProblem => ({
    kind: "unavailable",
    key: "migration",
    message: `Saved data could not be updated to this version (${reason}). This tab will not save changes, so nothing is overwritten.`,
  }),
  noRoomForMigrationBackup: (): StorageProblem => ({
    kind: "quota",
    key: "migration-backup",
    message:
      "Saved data needs an update but there is no room for a backup of the old data. This tab will not save changes, so nothing is overwritten. Export your conversations, then delete old chats to free space.",
  }),
  localUnreadable: (): StorageProblem => ({
    kind: "unavailable",
    key: "local-unreadable",
    message: "Browser storage cannot be read; changes will not be saved.",
  }),
  corruptSettings: (): StorageProblem => ({
    kind: "corrupt",
    key: "corrupt-meta",
    message: "Saved settings could not be read; defaults are used and the old data was kept as a backup.",
  }),
  unreadable: (count: number): StorageProblem => ({
    kind: "corrupt",
    key: "corrupt-conversations",
    message: `${plural(count, "saved conversation")} could not be read. The data was kept under a backup key in browser storage; nothing was deleted.`,
  }),
  missingRecords: (titles: readonly string[]): StorageProblem => ({
    kind: "corrupt",
    key: "missing-records",
    message: `${plural(titles.length, "conversation")} listed in browser storage ${titles.length === 1 ? "was" : "were"} not found in IndexedDB (the browser may have cleared it): ${quoted(titles)}. Their entries were kept as backups.`,
  }),
  indexedUnavailable: (count: number, reason: string): StorageProblem => ({
    kind: "unavailable",
    key: "indexed-unavailable",
    message: `${plural(count, "conversation")} kept in IndexedDB cannot be read right now (${reason}); ${count === 1 ? "it is" : "they are"} not shown, and nothing was deleted. Reload to try again.`,
  }),
  /** This session: what is not saved yet, named. */
  unsaved: (titles: readonly string[], settings: boolean): StorageProblem => {
    const what = [
      ...(titles.length > 0 ? [`the latest changes to ${plural(titles.length, "conversation")}`] : []),
      ...(settings ? ["your settings"] : []),
    ].join(" and ");
    return {
      kind: "quota",
      key: "unsaved",
      message: `Browser storage is full: ${what} could not be saved${titles.length > 0 ? ` (${quoted(titles)})` : ""}. They are still open here; export them, or delete old chats to free space. Saving is tried again with every change.`,
    };
  },
  /** After a reload: what an earlier session could not save. */
  unsavedEarlier: (items: UnsavedMarker["items"]): StorageProblem => ({
    kind: "quota",
    key: "unsaved-earlier",
    message: `When this app was last open, browser storage was full and the latest changes to ${plural(items.length, "conversation")} could not be saved: ${quoted(items.map((i) => i.title))}. What you see is the last version that was saved.`,
  }),
};
