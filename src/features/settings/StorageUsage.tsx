import { useEffect, useState } from "react";
import { measureStorage, type StorageUsage } from "../../store/storage-usage";

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

function formatChars(n: number): string {
  return n < 1_000_000 ? `${(n / 1000).toFixed(1)} K` : `${(n / 1_000_000).toFixed(2)} M`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function percent(used: number, of: number): number {
  return of > 0 ? Math.min(100, (used / of) * 100) : 0;
}

function Meter({ label, value, text }: { label: string; value: number; text: string }) {
  const color = value > 85 ? "bg-red-500" : value > 60 ? "bg-amber-500" : "bg-indigo-500";
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value)}
      aria-valuetext={text}
      className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
    >
      <div className={`h-full rounded-full ${color}`} style={{ width: `${Math.max(value, 1)}%` }} />
    </div>
  );
}

/** Usage and quota of both stores, and whether the browser has promised to keep the data. */
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
  const { local, indexed, quotaBytes, persisted } = usage;
  const localShare = percent(local.chars, local.quotaChars);
  const localText = `${formatChars(local.chars)} of ${formatChars(local.quotaChars)} characters (${Math.round(localShare)}%)`;
  const indexedShare = indexed.bytes !== undefined && quotaBytes ? percent(indexed.bytes, quotaBytes) : 0;
  const indexedText =
    indexed.bytes !== undefined && quotaBytes
      ? `${formatBytes(indexed.bytes)} of ${formatBytes(quotaBytes)} (${indexedShare < 1 ? indexedShare.toFixed(2) : Math.round(indexedShare)}%)`
      : "size not reported by this browser";
  const hint = "text-xs text-zinc-500 dark:text-zinc-400";
  return (
    <section aria-labelledby="storage-label" className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between text-sm">
        <h3 id="storage-label" className="font-medium">
          Storage
        </h3>
        <span className={hint}>
          {plural(local.conversations + indexed.conversations, "conversation")}
          {persisted === true ? " · kept by the browser" : ""}
        </span>
      </div>
      <div className="flex flex-col gap-1">
        <p className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
          localStorage: settings and recent conversations
        </p>
        <Meter label="localStorage used" value={localShare} text={localText} />
        <p className={hint}>
          {plural(local.conversations, "conversation")}, {localText}
          {local.backupChars > 0
            ? `, of which ${formatChars(local.backupChars)} are backups of unreadable data`
            : ""}
          .
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <p className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
          IndexedDB: other conversations and images
        </p>
        <Meter label="IndexedDB used" value={indexedShare} text={indexedText} />
        <p className={hint}>
          {plural(indexed.conversations, "conversation")} ({formatChars(indexed.chars)} characters) and
          images, {indexedText}.
        </p>
      </div>
      {persisted === false ? (
        <p className={hint}>
          The browser has not promised to keep this data: when the disk is nearly full it may clear it. Export
          your conversations now and then.
        </p>
      ) : null}
    </section>
  );
}
