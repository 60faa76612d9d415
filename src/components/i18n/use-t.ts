// The React side of the translator: components read words through useT() and re-render when the
// language changes (and only then).
import { useCallback, useSyncExternalStore } from "react";
import { currentLocale, i18n, type TFunction } from "../../lib/i18n/i18n";
import type { Locale } from "../../lib/i18n/locale";

const subscribe = (onChange: () => void) => i18n.on("change", onChange);

/** The active locale; the component re-renders when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

/** The translator for the active locale. Its identity changes with the language, so memoized work can depend on it. */
export function useT(): TFunction {
  const locale = useLocale();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new function per locale is the point.
  return useCallback<TFunction>((key, values) => i18n._(key, values), [locale]);
}
