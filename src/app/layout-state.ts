// Which panels are open. Wide windows (≥ 1280 px) show Conversations and Tuning as columns; narrower ones
// show Conversations as a drawer, and below 768 px Tuning is a drawer too. Only the wide column's
// collapsed state is remembered (in the settings); drawers always start closed.
import { create } from "zustand";
import type { MessageKey } from "../lib/i18n/catalog";
import { updateSettings, useAppStore } from "../store/app-store";

export const WIDE_QUERY = "(min-width: 1280px)";
export const MEDIUM_QUERY = "(min-width: 768px)";

const matches = (query: string) => typeof window !== "undefined" && window.matchMedia(query).matches;

interface LayoutState {
  sidebarDrawerOpen: boolean;
  tuningOpen: boolean;
  settingsOpen: boolean;
  shortcutsOpen: boolean;
  /** A short confirmation of what a shortcut did ("Copied the last reply."), read out and shown briefly. */
  notice: { text: MessageKey; id: number } | null;
}

export const useLayoutStore = create<LayoutState>()(() => ({
  sidebarDrawerOpen: false,
  // Open where there is room for a third column.
  tuningOpen: matches(WIDE_QUERY),
  settingsOpen: false,
  shortcutsOpen: false,
  notice: null,
}));

let noticeId = 0;
let noticeTimer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: MessageKey): void {
  clearTimeout(noticeTimer);
  useLayoutStore.setState({ notice: { text, id: ++noticeId } });
  noticeTimer = setTimeout(() => useLayoutStore.setState({ notice: null }), 2500);
}

/** Shows or hides the Conversations navigation: the remembered column when wide, the drawer otherwise. */
export function toggleSidebar(): void {
  if (matches(WIDE_QUERY)) {
    updateSettings({ sidebarCollapsed: !useAppStore.getState().settings.sidebarCollapsed });
  } else {
    useLayoutStore.setState((s) => ({ sidebarDrawerOpen: !s.sidebarDrawerOpen }));
  }
}

/** Makes the Conversations navigation visible (for Ctrl+K); true once it is. */
export function showSidebar(): void {
  if (matches(WIDE_QUERY)) updateSettings({ sidebarCollapsed: false });
  else useLayoutStore.setState({ sidebarDrawerOpen: true });
}

export const closeSidebarDrawer = () => useLayoutStore.setState({ sidebarDrawerOpen: false });
export const toggleTuning = () => useLayoutStore.setState((s) => ({ tuningOpen: !s.tuningOpen }));
export const closeTuning = () => useLayoutStore.setState({ tuningOpen: false });
export const openSettings = () => useLayoutStore.setState({ settingsOpen: true });
export const closeSettings = () => useLayoutStore.setState({ settingsOpen: false });
export const toggleShortcuts = () => useLayoutStore.setState((s) => ({ shortcutsOpen: !s.shortcutsOpen }));
export const closeShortcuts = () => useLayoutStore.setState({ shortcutsOpen: false });
