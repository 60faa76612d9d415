import { useT } from "../components/i18n/use-t";
import { dismissStorageProblem, useAppStore } from "../store/app-store";
import { IconButton } from "../components/ui/button";
import { AlertIcon, CloseIcon } from "../components/ui/icons";
import { storageProblemText } from "./storage-problem-text";

/** Every storage problem, each in its own alert until it is solved or dismissed. */
export function StorageAlert() {
  const t = useT();
  const problems = useAppStore((s) => s.storageProblems);
  if (problems.length === 0) return null;
  return (
    <div className="mx-3 mt-3 flex flex-col gap-2 sm:mx-6">
      {problems.map((problem) => (
        <div
          key={problem.code}
          role="alert"
          className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-900 dark:border-amber-800/60 dark:bg-amber-950/40 dark:text-amber-200"
        >
          <AlertIcon className="mt-0.5 shrink-0" />
          <p className="min-w-0 flex-1 break-words">{storageProblemText(problem, t)}</p>
          <IconButton
            label={t("storage.dismiss")}
            onClick={() => dismissStorageProblem(problem.code)}
            className="!h-6 !w-6"
          >
            <CloseIcon />
          </IconButton>
        </div>
      ))}
    </div>
  );
}
