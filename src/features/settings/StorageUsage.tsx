import { useEffect, useState } from "react";
import { useLocale, useT } from "../../components/i18n/use-t";
import { formatBytes, formatCompact } from "../../lib/i18n/format";
import { LOCAL_STORAGE_BUDGET_CHARS, measureStorage, type StorageUsage } from "../../store/storage-usage";

/** Browser storage used by conversations against the localStorage quota, and images against the origin's. */
export function StorageUsageMeter() {
  const t = useT();
  const locale = useLocale();
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  useEffect(() => {
    let alive = true;
    void measureStorage().then((u) => alive && setUsage(u));
    return () => {
      alive = false;
    };
  }, []);
  if (!usage) return null;
  const share = Math.min(1, usage.localChars / LOCAL_STORAGE_BUDGET_CHARS);
  const percent = Math.round(share * 100);
  const chars = (n: number) => formatCompact(n, locale);
  const local = {
    used: chars(usage.localChars),
    budget: chars(LOCAL_STORAGE_BUDGET_CHARS),
    percent,
    backups: chars(usage.backupChars),
  };
  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between text-sm">
        <span id="storage-label" className="font-medium">
          {t("storage.heading")}
        </span>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          {t("storage.conversations", { count: usage.conversations })}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby="storage-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("storage.meterText", { percent })}
        className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div
          className={`h-full rounded-full ${share > 0.85 ? "bg-red-500" : share > 0.6 ? "bg-amber-500" : "bg-indigo-500"}`}
          style={{ width: `${Math.max(percent, 1)}%` }}
        />
      </div>
      <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
        {usage.backupChars > 0 ? t("storage.usageWithBackups", local) : t("storage.usage", local)}
        {usage.originBytes !== undefined && usage.quotaBytes !== undefined
          ? ` ${t("storage.origin", {
              used: formatBytes(usage.originBytes, locale),
              quota: formatBytes(usage.quotaBytes, locale),
            })}`
          : null}
        {share > 0.6 ? ` ${t("storage.freeSpace")}` : null}
      </p>
    </div>
  );
}
