import { useId } from "react";
import { useT } from "../../components/i18n/use-t";
import { THEME_PREFERENCES } from "../../domain/theme";
import type { ThemePreference } from "../../domain/types";
import { updateSettings, useAppStore } from "../../store/app-store";

const LABELS = { system: "theme.system", light: "theme.light", dark: "theme.dark" } as const satisfies Record<
  ThemePreference,
  string
>;

/** System / Light / Dark as native radios (arrow keys move between them); the choice applies at once. */
export function ThemeField() {
  const t = useT();
  const theme = useAppStore((s) => s.settings.theme);
  const labelId = useId();
  const name = useId();
  return (
    <div className="flex items-center justify-between gap-3">
      <span id={labelId} className="text-sm font-medium">
        {t("theme.theme")}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        className="inline-flex rounded-lg border border-zinc-300 p-0.5 dark:border-zinc-700"
      >
        {THEME_PREFERENCES.map((value) => (
          <label
            key={value}
            className="relative rounded-md px-3 py-1 text-sm text-zinc-600 has-checked:bg-indigo-600 has-checked:text-white dark:text-zinc-300"
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={theme === value}
              onChange={() => updateSettings({ theme: value })}
              // The radio itself covers its segment: clicks land on it and its focus ring frames it.
              className="absolute inset-0 m-0 cursor-pointer appearance-none rounded-md"
            />
            {t(LABELS[value])}
          </label>
        ))}
      </div>
    </div>
  );
}
