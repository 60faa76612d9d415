import { dismissStorageProblem, useAppStore } from "../store/app-store";
import { IconButton } from "../components/ui/button";
import { AlertIcon, CloseIcon } from "../components/ui/icons";

export function StorageAlert() {
  const problem = useAppStore((s) => s.storageProblem);
  if (!problem) return null;
  return (
    <div
      role="alert"
      className="mx-3 mt-3 flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-900 sm:mx-6 dark:border-amber-800/60 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <p className="min-w-0 flex-1">{problem.message}</p>
      <IconButton label="Dismiss" onClick={dismissStorageProblem} className="!h-6 !w-6">
        <CloseIcon />
      </IconButton>
    </div>
  );
}
