// The app's own catalogues, read by the tests: a spec finds "Send" as t("chat.send"), so the same spec
// drives the English and the Japanese UI (see the locale projects in playwright.config.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setupI18n } from "@lingui/core";
import type { MessageKey, MessageValues } from "../src/lib/i18n/catalog";

export type Translate = (key: MessageKey, values?: MessageValues) => string;

const LOCALES_DIR = join(import.meta.dirname, "..", "src", "lib", "i18n", "locales");

function messages(locale: string): Record<string, string> {
  const dir = join(LOCALES_DIR, locale);
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const namespace = file.replace(/\.json$/, "");
    const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, string>;
    for (const [key, value] of Object.entries(data)) out[`${namespace}.${key}`] = value;
  }
  return out;
}

const cache = new Map<string, Translate>();

/** The translator for a browser locale such as "ja-JP" (its language decides: ja, else English). */
export function translator(browserLocale: string | undefined): Translate {
  const locale = browserLocale?.toLowerCase().startsWith("ja") ? "ja" : "en";
  let t = cache.get(locale);
  if (!t) {
    // Tests run outside a production build, where Lingui compiles ICU messages on first use.
    const i18n = setupI18n({ locale, messages: { [locale]: messages(locale) } });
    t = (key, values) => i18n._(key, values);
    cache.set(locale, t);
  }
  return t;
}
