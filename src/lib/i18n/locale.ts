// Which language the UI speaks: the user's choice in Settings, or the browser's preference list.

export const LOCALES = ["en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

/** What Settings stores: a language, or "system" to follow the browser. */
export const LANGUAGE_PREFERENCES = ["system", ...LOCALES] as const;
export type LanguagePreference = (typeof LANGUAGE_PREFERENCES)[number];

export const DEFAULT_LOCALE: Locale = "en";

function supported(tag: string): Locale | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : null;
}

/**
 * The locale for a preference: a chosen language as is; "system" takes the first language in the
 * browser's list (`navigator.languages`, most preferred first) that the app speaks, else English.
 */
export function resolveLocale(preference: LanguagePreference, browserLanguages: readonly string[]): Locale {
  if (preference !== "system") return preference;
  for (const tag of browserLanguages) {
    const locale = supported(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The browser's preference list; `navigator.language` alone where `languages` is missing. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

/** Each language by its own name, as language pickers show them in every UI language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語" };
