export type DateGroup = "Today" | "Yesterday" | "Previous 7 days" | "Older";

export const DATE_GROUPS: readonly DateGroup[] = ["Today", "Yesterday", "Previous 7 days", "Older"];

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Buckets by the local calendar day of the last activity. */
export function dateGroup(updatedAt: number, now: number): DateGroup {
  const today = startOfDay(now);
  const day = startOfDay(updatedAt);
  const days = Math.round((today - day) / 86_400_000);
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  if (days <= 7) return "Previous 7 days";
  return "Older";
}

export function groupByDate<T extends { updatedAt: number }>(
  items: readonly T[],
  now: number,
): { group: DateGroup; items: T[] }[] {
  const buckets = new Map<DateGroup, T[]>();
  for (const item of items) {
    const g = dateGroup(item.updatedAt, now);
    const list = buckets.get(g);
    if (list) list.push(item);
    else buckets.set(g, [item]);
  }
  return DATE_GROUPS.filter((g) => buckets.has(g)).map((g) => ({ group: g, items: buckets.get(g) ?? [] }));
}
