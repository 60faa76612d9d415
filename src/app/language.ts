// Keeps the UI's language in step with the Language setting (from this tab or another) and, for "System",
// with the browser's language list.
import { activateLocale } from "../lib/i18n/i18n";
import { browserLanguages, resolveLocale } from "../lib/i18n/locale";
import { useAppStore } from "../store/app-store";

function apply(): Promise<void> {
  const locale = resolveLocale(useAppStore.getState().settings.language, browserLanguages());
  return activateLocale(locale).catch((error: unknown) => {
    // Offline, or a catalogue chunk gone after a redeploy: the app stays usable in English.
    console.error(`The ${locale} catalogue could not be loaded`, error);
    return activateLocale("en");
  });
}

/** Activates the language for the saved setting; resolves once its words are loaded, so the first render has them. */
export function startLanguage(): Promise<void> {
  useAppStore.subscribe((state, previous) => {
    if (state.settings.language !== previous.settings.language) void apply();
  });
  window.addEventListener("languagechange", () => {
    if (useAppStore.getState().settings.language === "system") void apply();
  });
  return apply();
}
