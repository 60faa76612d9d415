/** A sidebar section: the last few days by name, then one per calendar month. */
export type DateGroup =
  | { kind: "today" | "yesterday" | "previous7Days"; key: string }
  | { kind: "month"; key: string; /** Local midnight on the month's first day. */ monthStart: number };

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Buckets by the local calendar day of the last activity; before the last 7 days, by month. */
export function dateGroup(updatedAt: number, now: number): DateGroup {
  const today = startOfDay(now);
  const day = startOfDay(updatedAt);
  const days = Math.round((today - day) / 86_400_000);
  if (days <= 0) return { kind: "today", key: "today" };
  if (days === 1) return { kind: "yesterday", key: "yesterday" };
  if (days <= 7) return { kind: "previous7Days", key: "previous7Days" };
  const d = new Date(updatedAt);
  const monthStart = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  return { kind: "month", key: `${d.getFullYear()}-${d.getMonth() + 1}`, monthStart };
}

/** Groups in the order of `items` (newest first, as the sidebar sorts them); empty groups never appear. */
export function groupByDate<T extends { updatedAt: number }>(
  items: readonly T[],
  now: number,
): { group: DateGroup; items: T[] }[] {
  const buckets = new Map<string, { group: DateGroup; items: T[] }>();
  for (const item of items) {
    const group = dateGroup(item.updatedAt, now);
    const bucket = buckets.get(group.key);
    if (bucket) bucket.items.push(item);
    else buckets.set(group.key, { group, items: [item] });
  }
  return [...buckets.values()];
}
