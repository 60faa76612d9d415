import { useEffect, useState } from "react";
import { useLocale, useT } from "../../components/i18n/use-t";
import { formatBytes, formatCompact } from "../../lib/i18n/format";
import { measureStorage, type StorageUsage } from "../../store/storage-usage";

function percentOf(used: number, of: number): number {
  return of > 0 ? Math.min(100, (used / of) * 100) : 0;
}

/** A share small enough to round to 0 % still shows that something is stored. */
const shown = (percent: number) =>
  percent > 0 && percent < 1 ? percent.toFixed(2) : String(Math.round(percent));

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
  const t = useT();
  const locale = useLocale();
  const chars = (n: number) => formatCompact(n, locale);
  const bytes = (n: number) => formatBytes(n, locale);
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
  const localShare = percentOf(local.chars, local.quotaChars);
  const localValues = {
    count: local.conversations,
    used: chars(local.chars),
    quota: chars(local.quotaChars),
    percent: shown(localShare),
  };
  const known = indexed.bytes !== undefined && quotaBytes !== undefined && quotaBytes > 0;
  const indexedShare = known ? percentOf(indexed.bytes ?? 0, quotaBytes ?? 0) : 0;
  const indexedValues = {
    count: indexed.conversations,
    chars: chars(indexed.chars),
    used: bytes(indexed.bytes ?? 0),
    quota: bytes(quotaBytes ?? 0),
    percent: shown(indexedShare),
  };
  const total = local.conversations + indexed.conversations;
  const hint = "text-xs text-zinc-500 dark:text-zinc-400";
  const heading = "text-xs font-medium text-zinc-700 dark:text-zinc-300";
  return (
    <section aria-labelledby="storage-label" className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between text-sm">
        <h3 id="storage-label" className="font-medium">
          {t("storage.usageHeading")}
        </h3>
        <span className={hint}>
          {persisted
            ? t("storage.usageConversationsKept", { count: total })
            : t("storage.usageConversations", { count: total })}
        </span>
      </div>
      <div className="flex flex-col gap-1">
        <p className={heading}>{t("storage.localHeading")}</p>
        <Meter
          label={t("storage.localMeter")}
          value={localShare}
          text={t("storage.localUsed", localValues)}
        />
        <p className={hint}>
          {local.backupChars > 0
            ? t("storage.localDetailBackups", { ...localValues, backups: chars(local.backupChars) })
            : t("storage.localDetail", localValues)}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <p className={heading}>{t("storage.indexedHeading")}</p>
        <Meter
          label={t("storage.indexedMeter")}
          value={indexedShare}
          text={known ? t("storage.indexedUsed", indexedValues) : t("storage.indexedUnknown")}
        />
        <p className={hint}>
          {known
            ? t("storage.indexedDetail", indexedValues)
            : t("storage.indexedDetailUnknown", indexedValues)}
        </p>
      </div>
      {persisted === false ? <p className={hint}>{t("storage.notPersisted")}</p> : null}
    </section>
  );
}
