import { useT } from "../components/i18n/use-t";
import { IconButton } from "../components/ui/button";
import { KeyboardIcon, SettingsIcon, SidebarIcon, SlidersIcon } from "../components/ui/icons";
import { useMediaQuery } from "../components/use-media-query";
import { ConversationModelField } from "../features/chat/ConversationModelField";
import { FindButton } from "../features/chat/find/FindButton";
import { CompareLauncher } from "../features/compare/CompareLauncher";
import { SweepLauncher } from "../features/sweep/SweepLauncher";
import { useAppStore } from "../store/app-store";
import { useCompareOpen } from "../store/compare";
import { selectActiveConversation } from "../store/selectors";
import {
  openSettings,
  toggleShortcuts,
  toggleSidebar,
  toggleTuning,
  useLayoutStore,
  WIDE_QUERY,
} from "./layout-state";

const textButton =
  "inline-flex shrink-0 items-center gap-1.5 rounded-lg px-2.5 py-1.5 @max-md:px-2 text-sm text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 aria-expanded:bg-zinc-100 aria-expanded:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-expanded:bg-zinc-800 dark:aria-expanded:text-zinc-100";

/**
 * The chat header. It is a size container: its buttons drop their text labels when the header (not the
 * window) is narrow, so the title keeps room whichever panels are open.
 */
export function Header({ title }: { title: string }) {
  const t = useT();
  const wide = useMediaQuery(WIDE_QUERY);
  const sidebarShown = useAppStore((s) => !s.settings.sidebarCollapsed);
  const drawerOpen = useLayoutStore((s) => s.sidebarDrawerOpen);
  const tuningOpen = useLayoutStore((s) => s.tuningOpen);
  const hasConversation = useAppStore((s) => selectActiveConversation(s) !== undefined);
  const comparing = useCompareOpen();
  return (
    <header className="@container flex h-14 shrink-0 items-center gap-1 border-b border-zinc-200 px-2 sm:gap-2 sm:px-3 dark:border-zinc-800">
      <IconButton
        label={t("shell.toggleSidebar")}
        aria-expanded={wide ? sidebarShown : drawerOpen}
        aria-controls="conversations-panel"
        className="shrink-0"
        onClick={toggleSidebar}
      >
        <SidebarIcon width={18} height={18} />
      </IconButton>
      <div className="min-w-0 flex-1 px-1">
        <h1 className="truncate text-sm font-semibold" title={title}>
          {title}
        </h1>
        <ConversationModelField className="-ml-1 max-w-72" />
      </div>
      {hasConversation && !comparing ? <FindButton /> : null}
      <CompareLauncher className="shrink-0" />
      <SweepLauncher className="shrink-0" />
      <button
        type="button"
        aria-expanded={tuningOpen}
        aria-controls="parameters-panel"
        onClick={toggleTuning}
        className={textButton}
      >
        <SlidersIcon />
        <span className="@max-2xl:sr-only">{t("app.tuning")}</span>
      </button>
      <button type="button" onClick={openSettings} className={textButton}>
        <SettingsIcon />
        {/* The gear says Settings by itself: its word goes first, so the title keeps room beside the panels. */}
        <span className="@max-4xl:sr-only">{t("app.settings")}</span>
      </button>
      {/* A touch screen without a keyboard has no use for it (Ctrl+/ still opens it): the title gets the room. */}
      <IconButton
        label={t("shell.keyboardShortcuts")}
        className="shrink-0 pointer-coarse:hidden"
        onClick={toggleShortcuts}
      >
        <KeyboardIcon width={18} height={18} />
      </IconButton>
    </header>
  );
}
