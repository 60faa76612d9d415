// The one translator of the app. English is in the initial bundle; every other catalogue is a chunk of its
// own, fetched when that language is first needed. Nothing happens on import: start-up calls activateLocale.
import { setupI18n } from "@lingui/core";
import { flattenCatalog, type Catalog, type MessageKey, type MessageValues } from "./catalog";
import { en } from "./locales/en";
import { DEFAULT_LOCALE, type Locale } from "./locale";

export const i18n = setupI18n();

export type TFunction = (key: MessageKey, values?: MessageValues) => string;

const loaders: Record<Exclude<Locale, "en">, () => Promise<Catalog>> = {
  ja: () => import("./locales/ja").then((m) => m.ja),
};

const loaded = new Set<Locale>();
let latest = 0;

function loadEnglish(): void {
  if (loaded.has("en")) return;
  i18n.load("en", flattenCatalog(en));
  loaded.add("en");
}

/**
 * Makes `locale` the UI's language (fetching its catalogue first) and sets `<html lang>`. When several
 * calls overlap, the last one wins. A catalogue that cannot be fetched leaves the current language on.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  const request = ++latest;
  loadEnglish();
  if (locale !== "en" && !loaded.has(locale)) {
    const catalog = await loaders[locale]();
    // English under the translation: a key missing from a catalogue still shows words, not its key.
    i18n.load(locale, { ...flattenCatalog(en), ...flattenCatalog(catalog) });
    loaded.add(locale);
  }
  if (request !== latest) return;
  i18n.activate(locale);
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

/** English at once, without waiting: for tests and for code that runs before start-up. */
export function activateDefaultLocale(): void {
  loadEnglish();
  latest++;
  if (!i18n.locale) i18n.activate(DEFAULT_LOCALE);
}

/** The active locale ("en" before start-up). */
export function currentLocale(): Locale {
  return (i18n.locale || DEFAULT_LOCALE) as Locale;
}

/** Translates outside React. Components use `useT()`, which also re-renders them when the language changes. */
export const t: TFunction = (key, values) => i18n._(key, values);
