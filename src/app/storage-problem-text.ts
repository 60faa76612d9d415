// Storage problems in words, in the user's language. The store reports codes and values; this is the
// one place that turns them into sentences.
import type { TFunction } from "../lib/i18n/i18n";
import type { StorageProblem } from "../store/app-store";

/** Up to five titles, quoted and listed as the language does it, then how many more. */
export function titleList(titles: readonly string[], t: TFunction): string {
  const shown = titles
    .slice(0, 5)
    .map((title) => t("storage.title", { title }))
    .join(t("storage.titleSeparator"));
  return titles.length > 5 ? t("storage.moreTitles", { titles: shown, count: titles.length - 5 }) : shown;
}

export function storageProblemText(p: StorageProblem, t: TFunction): string {
  const count = p.count ?? 0;
  const titles = titleList(p.titles ?? [], t);
  switch (p.code) {
    case "newer-version":
      return t("storage.newerVersion", { version: p.version ?? 0 });
    case "migration-failed":
      return t("storage.migrationFailed", { reason: p.reason ?? "" });
    case "migration-backup":
      return t("storage.migrationBackup");
    case "local-unreadable":
      return t("storage.localUnreadable");
    case "corrupt-settings":
      return t("storage.corruptSettings");
    case "unreadable":
      return t("storage.unreadable", { count });
    case "missing-records":
      return t("storage.missingRecords", { count, titles });
    case "indexed-unavailable":
      return t("storage.indexedUnavailable", { count, reason: p.reason ?? "" });
    case "unsaved":
      if (count === 0) return t("storage.unsavedSettings");
      return p.settings
        ? t("storage.unsavedBoth", { count, titles })
        : t("storage.unsavedConversations", { count, titles });
    case "unsaved-earlier":
      return t("storage.unsavedEarlier", { count, titles });
    case "draft-unsaved":
      return t("storage.draftUnsaved");
  }
}
