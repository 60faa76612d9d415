import { t as translate, type TFunction } from "../../lib/i18n/i18n";
import type { ImportResult } from "../../store/import";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The words shown after an import; "already here" tells the user a repeat import changed nothing. */
export function importSummary(r: ImportResult, t: TFunction = translate): string {
  const stored = r.added + r.copies;
  const notStored = r.notStored ?? 0;
  if (notStored > 0) {
    const count = stored + notStored;
    return stored === 0
      ? t("storage.importNone", { count })
      : t("storage.importPartial", { count, stored, notStored });
  }
  if (stored === 0) {
    return r.unchanged === 0
      ? "The file has no conversations."
      : `Nothing new: ${plural(r.unchanged, "conversation")} already here.`;
  }
  const copies = `${r.copies} as ${r.copies === 1 ? "a copy" : "copies"}`;
  return `Imported ${plural(stored, "conversation")} (${copies}; ${r.unchanged} already here).`;
}
