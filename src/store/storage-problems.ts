// Every storage problem the user can be told about, as data: a code and the values its words need
// (counts, titles, a version). The component that shows it translates (app/storage-problem-text.ts).
import type { StorageProblem, UnsavedMarker } from "./storage-format";

export const problem = {
  newerVersion: (version: number): StorageProblem => ({
    kind: "unavailable",
    code: "newer-version",
    version,
  }),
  migrationFailed: (reason: string): StorageProblem => ({
    kind: "unavailable",
    code: "migration-failed",
    reason,
  }),
  noRoomForMigrationBackup: (): StorageProblem => ({ kind: "quota", code: "migration-backup" }),
  localUnreadable: (): StorageProblem => ({ kind: "unavailable", code: "local-unreadable" }),
  corruptSettings: (): StorageProblem => ({ kind: "corrupt", code: "corrupt-settings" }),
  unreadable: (count: number): StorageProblem => ({ kind: "corrupt", code: "unreadable", count }),
  missingRecords: (titles: readonly string[]): StorageProblem => ({
    kind: "corrupt",
    code: "missing-records",
    count: titles.length,
    titles: [...titles],
  }),
  indexedUnavailable: (count: number, reason: string): StorageProblem => ({
    kind: "unavailable",
    code: "indexed-unavailable",
    count,
    reason,
  }),
  /** This session: what is not saved yet, named. */
  unsaved: (titles: readonly string[], settings: boolean): StorageProblem => ({
    kind: "quota",
    code: "unsaved",
    count: titles.length,
    titles: [...titles],
    settings,
  }),
  /** A message being written could not be kept as a draft. */
  draftUnsaved: (): StorageProblem => ({ kind: "quota", code: "draft-unsaved" }),
  /** After a reload: what an earlier session could not save. */
  unsavedEarlier: (items: UnsavedMarker["items"]): StorageProblem => ({
    kind: "quota",
    code: "unsaved-earlier",
    count: items.length,
    titles: items.map((i) => i.title),
  }),
};
