import { useId, useSyncExternalStore } from "react";
import { useT } from "../../components/i18n/use-t";
import {
  browserLanguages,
  LANGUAGE_PREFERENCES,
  LOCALE_NAMES,
  resolveLocale,
  type LanguagePreference,
} from "../../lib/i18n/locale";
import { updateSettings, useAppStore } from "../../store/app-store";

const subscribeLanguages = (onChange: () => void) => {
  window.addEventListener("languagechange", onChange);
  return () => window.removeEventListener("languagechange", onChange);
};
const systemLocale = () => resolveLocale("system", browserLanguages());

/** System (the browser's language), or one the user picks; kept with the other settings. */
export function LanguageField({ className }: { className: string }) {
  const t = useT();
  const id = useId();
  const preference = useAppStore((s) => s.settings.language);
  const system = useSyncExternalStore(subscribeLanguages, systemLocale, systemLocale);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {t("settings.language")}
      </label>
      <select
        id={id}
        className={className}
        value={preference}
        aria-describedby={`${id}-hint`}
        onChange={(e) => updateSettings({ language: e.target.value as LanguagePreference })}
      >
        {LANGUAGE_PREFERENCES.map((p) => (
          <option key={p} value={p} lang={p === "system" ? undefined : p}>
            {p === "system" ? t("settings.languageSystem") : LOCALE_NAMES[p]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
        {t("settings.languageHint", { language: LOCALE_NAMES[system] })}
      </p>
    </div>
  );
}
