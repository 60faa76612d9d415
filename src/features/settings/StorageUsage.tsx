import { useEffect, useState } from "react";
import { LOCAL_STORAGE_BUDGET_CHARS, measureStorage, type StorageUsage } from "../../store/storage-usage";

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

function formatChars(n: number): string {
  return n < 1_000_000 ? `${(n / 1000).toFixed(1)} K` : `${(n / 1_000_000).toFixed(2)} M`;
}

/** Browser storage used by conversations against the localStorage quota, and images against the origin's. */
export function StorageUsageMeter() {
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
  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between text-sm">
        <span id="storage-label" className="font-medium">
          Storage
        </span>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          {usage.conversations} conversation{usage.conversations === 1 ? "" : "s"}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby="storage-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% of the conversation storage quota used`}
        className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div
          className={`h-full rounded-full ${share > 0.85 ? "bg-red-500" : share > 0.6 ? "bg-amber-500" : "bg-indigo-500"}`}
          style={{ width: `${Math.max(percent, 1)}%` }}
        />
      </div>
      <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
        Conversations use {formatChars(usage.localChars)} of about {formatChars(LOCAL_STORAGE_BUDGET_CHARS)}{" "}
        characters of browser storage ({percent}%)
        {usage.backupChars > 0
          ? `, of which ${formatChars(usage.backupChars)} are backups of unreadable data`
          : ""}
        .
        {usage.originBytes !== undefined && usage.quotaBytes !== undefined
          ? ` Images and everything else: ${formatBytes(usage.originBytes)} of ${formatBytes(usage.quotaBytes)}.`
          : ""}
        {share > 0.6 ? " Export your conversations and delete old chats to free space." : ""}
      </p>
    </div>
  );
}
