// Numbers, sizes, durations and dates for people, through Intl in the given locale. Pure: the locale is an
// argument (components pass useLocale(), other code currentLocale()), and formatters are cached.
import type { Locale } from "./locale";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}) =>
  cached(`n:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** 12,345 (en) / 12,345 (ja); fractions as given by `maximumFractionDigits`. */
export function formatNumber(n: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(n);
}

const unit = (locale: Locale, name: string, digits: number) =>
  numberFormat(locale, {
    style: "unit",
    unit: name,
    unitDisplay: "short",
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });

/** "480 ms", "4.5 sec", "2 min 5 sec" (en); "480 ms", "4.5 秒", "2 分 5 秒" (ja). */
export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 1000) return unit(locale, "millisecond", 0).format(Math.round(ms));
  if (ms < 60_000) return unit(locale, "second", 1).format(Math.round(ms / 100) / 10);
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const m = unit(locale, "minute", 0).format(minutes);
  return rest === 0 ? m : `${m} ${unit(locale, "second", 0).format(rest)}`;
}

const BYTE_UNITS = [
  { name: "byte", size: 1 },
  { name: "kilobyte", size: 1024 },
  { name: "megabyte", size: 1024 ** 2 },
  { name: "gigabyte", size: 1024 ** 3 },
] as const;

/** A size in bytes as "512 B", "12.3 kB", "1.5 MB", "2.0 GB" (binary multiples, as browsers count quota). */
export function formatBytes(bytes: number, locale: Locale): string {
  let chosen: (typeof BYTE_UNITS)[number] = BYTE_UNITS[0];
  for (const u of BYTE_UNITS) if (bytes >= u.size) chosen = u;
  // Intl's short byte unit is the word "byte"; the symbol reads better in both languages.
  if (chosen.size === 1) return `${formatNumber(bytes, locale)} B`;
  return unit(locale, chosen.name, 1).format(bytes / chosen.size);
}

/** Large counts kept short: 5M / 500万, 12K / 1.2万. */
export function formatCompact(n: number, locale: Locale): string {
  return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

/** "October 2026" / "2026年10月". */
export function formatMonth(time: number, locale: Locale): string {
  return cached(
    `m:${locale}`,
    () => new Intl.DateTimeFormat(locale, { year: "numeric", month: "long" }),
  ).format(time);
}

/** Date and time, medium length: "Nov 26, 2026, 9:30 AM" / "2026/11/26 9:30". */
export function formatDateTime(time: number, locale: Locale): string {
  return cached(
    `dt:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }),
  ).format(time);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Infinity],
];

/** "just now"-like phrasing from Intl: "3 minutes ago", "yesterday" / "3 分前", "昨日". */
export function formatRelativeTime(time: number, now: number, locale: Locale): string {
  const format = cached(
    `r:${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "long" }),
  );
  let value = (time - now) / 1000;
  for (const [name, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), name);
    value /= size;
  }
  return format.format(Math.round(value), "year");
}

/** "a, b and c" in the locale's way ("a、b、c" in Japanese). */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}
