// Keeps <html data-theme> on the chosen theme. public/theme-boot.js sets it before the first paint (from the
// saved settings), so a reload never flashes the other theme; this takes over once the app runs.
import { useLayoutEffect } from "react";
import { useMediaQuery } from "../components/use-media-query";
import { resolveTheme, type Theme } from "../domain/theme";
import { useAppStore } from "../store/app-store";

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  // Form controls and scrollbars follow the page's theme, not the operating system's.
  root.style.colorScheme = theme;
}

export function useTheme(): void {
  const preference = useAppStore((s) => s.settings.theme);
  const systemDark = useMediaQuery("(prefers-color-scheme: dark)");
  const theme = resolveTheme(preference, systemDark);
  useLayoutEffect(() => applyTheme(theme), [theme]);
}
