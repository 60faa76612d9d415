import { useT } from "../components/i18n/use-t";
import { Button } from "../components/ui/button";
import { applyUpdate, dismissUpdate, useUpdateState } from "./update-flow";

/** "A new version is ready" with Update (and Later); says why when Update has to wait. */
export default function UpdatePrompt() {
  const t = useT();
  const { blocked, dismissed } = useUpdateState();
  if (dismissed) return null;
  return (
    <div
      role="status"
      className="mx-3 mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-950 sm:mx-6 dark:border-indigo-900/60 dark:bg-indigo-950/40 dark:text-indigo-100"
    >
      <div className="min-w-0 flex-1">
        <p>{t("update.ready")}</p>
        {blocked ? (
          <p className="mt-0.5 text-xs opacity-80">
            {blocked === "streaming" ? t("update.busyStreaming") : t("update.busyDraft")}
          </p>
        ) : null}
      </div>
      <div className="flex shrink-0 gap-2">
        <Button variant="ghost" className="!py-1" onClick={dismissUpdate}>
          {t("update.later")}
        </Button>
        <Button variant="primary" className="!py-1" onClick={() => void applyUpdate()}>
          {t("update.apply")}
        </Button>
      </div>
    </div>
  );
}
