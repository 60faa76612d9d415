import { dismissStorageProblem, useAppStore } from "../store/app-store";
import type { StorageProblem } from "../store/conversation-storage";
import { useT } from "../components/i18n/use-t";
import { IconButton } from "../components/ui/button";
import { AlertIcon, CloseIcon } from "../components/ui/icons";
import type { TFunction } from "../lib/i18n/i18n";

function problemText(problem: StorageProblem, t: TFunction): string {
  switch (problem.code) {
    case "quota":
      return t("storage.quota");
    case "noRoomForBackup":
      return t("storage.noRoomForBackup");
    case "settingsUnreadable":
      return t("storage.settingsUnreadable");
    case "conversationsUnreadable":
      return t("storage.conversationsUnreadable", { count: problem.count });
    case "saveFailed":
      return t("storage.saveFailed", { detail: problem.detail });
    case "unreadable":
      return t("storage.unreadable");
    case "newerVersion":
      return t("storage.newerVersion", { version: problem.version });
  }
}

export function StorageAlert() {
  const t = useT();
  const problem = useAppStore((s) => s.storageProblem);
  if (!problem) return null;
  return (
    <div
      role="alert"
      className="mx-3 mt-3 flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-900 sm:mx-6 dark:border-amber-800/60 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <p className="min-w-0 flex-1">{problemText(problem, t)}</p>
      <IconButton label={t("storage.dismiss")} onClick={dismissStorageProblem} className="!h-6 !w-6">
        <CloseIcon />
      </IconButton>
    </div>
  );
}
