import type { ImportResult } from "../../store/import";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The words shown after an import; "already here" tells the user a repeat import changed nothing. */
export function importSummary(r: ImportResult): string {
  const stored = r.added + r.copies;
  const notStored = r.notStored ?? 0;
  if (notStored > 0) {
    const wanted = stored + notStored;
    return stored === 0
      ? `Nothing was imported: browser storage is full, so none of the ${plural(wanted, "new conversation")} could be stored. Delete old chats to free space, then import again.`
      : `Imported ${stored} of ${plural(wanted, "new conversation")}: browser storage is full, so ${notStored} could not be stored and ${notStored === 1 ? "was" : "were"} left out. Delete old chats to free space, then import the file again (what is here already is skipped).`;
  }
  if (stored === 0) {
    return r.unchanged === 0
      ? "The file has no conversations."
      : `Nothing new: ${plural(r.unchanged, "conversation")} already here.`;
  }
  const copies = `${r.copies} as ${r.copies === 1 ? "a copy" : "copies"}`;
  return `Imported ${plural(stored, "conversation")} (${copies}; ${r.unchanged} already here).`;
}
