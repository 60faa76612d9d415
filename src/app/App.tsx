import { lazy, Suspense, useEffect, useState } from "react";
import { shownTitle } from "../components/i18n/shown-title";
import { useT } from "../components/i18n/use-t";
import { ChatView } from "../features/chat/ChatView";
import { warmUpMarkdown } from "../components/markdown/warm-up";
import { SettingsDialog } from "../features/settings/SettingsDialog";
import { useAppStore } from "../store/app-store";
import { useCompareOpen } from "../store/compare";
import { useSweepOpen } from "../store/sweep";
import { preloadNetwork } from "../lib/network";
import { selectActiveConversation } from "../store/selectors";
import { ErrorBoundary } from "./ErrorBoundary";
import { Header } from "./Header";
import { closeSettings, openSettings, useLayoutStore } from "./layout-state";
import { ConversationsPanel, TuningPanel } from "./panels";
import { useShortcuts } from "./shortcuts";
import { StorageAlert } from "./StorageAlert";
import { useUpdateReady } from "./service-worker";
import { useTheme } from "./theme";

// Compare is a separate mode: its code loads the first time it is opened, not with the app.
const ShortcutsDialog = lazy(() => import("./ShortcutsDialog"));

const CompareView = lazy(() =>
  import("../features/compare/CompareView").then((m) => ({ default: m.CompareView })),
);

// The sweep (with its chart library) loads the first time it is opened.
const SweepView = lazy(() => import("../features/sweep/SweepView").then((m) => ({ default: m.SweepView })));

// Shown only when a new version is waiting (see service-worker.ts).
const UpdatePrompt = lazy(() => import("./UpdatePrompt"));

/** Before the first send, not during the first screen: the network code and a markdown warm-up. */
function usePreloads() {
  useEffect(() => {
    // Started by the first focus (someone is about to type) or after a few seconds, whichever comes
    // first, then in idle time, so the first reply's first frame is not its cold start.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      window.clearTimeout(timer);
      document.removeEventListener("focusin", start);
      idle(() => {
        preloadNetwork();
        idle(() => warmUpMarkdown());
      });
    };
    const timer = window.setTimeout(start, 3000);
    document.addEventListener("focusin", start);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener("focusin", start);
    };
  }, []);
}

/** What a shortcut just did ("Copied the last reply."), shown briefly and read out by screen readers. */
function Notice() {
  const t = useT();
  const notice = useLayoutStore((s) => s.notice);
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-28 z-50 flex justify-center px-4"
    >
      {notice ? (
        <p
          key={notice.id}
          className="rounded-lg bg-zinc-900 px-3 py-2 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900"
        >
          {t(notice.text)}
        </p>
      ) : null}
    </div>
  );
}

export function App() {
  useTheme();
  usePreloads();
  useShortcuts();
  const settingsOpen = useLayoutStore((s) => s.settingsOpen);
  // Mounted from its first opening on, so it can close (and give focus back) like any dialog.
  const [shortcutsOpened, setShortcutsOpened] = useState(false);
  const shortcutsOpen = useLayoutStore((s) => s.shortcutsOpen);
  if (shortcutsOpen && !shortcutsOpened) setShortcutsOpened(true);
  const comparing = useCompareOpen();
  const sweeping = useSweepOpen();
  const updateReady = useUpdateReady((s) => s.ready);
  const t = useT();
  // null: the new chat; undefined: the address names a conversation that is not here.
  const title = useAppStore((s) => (s.activeId === null ? null : selectActiveConversation(s)?.title));

  return (
    <ErrorBoundary>
      <div className="flex h-full overflow-hidden">
        <ConversationsPanel />
        <main className="flex min-w-0 flex-1 flex-col">
          <Header
            title={
              title === null
                ? t("conversations.untitled")
                : title === undefined
                  ? t("shell.notFound")
                  : shownTitle(title, t)
            }
          />
          {updateReady ? (
            <Suspense fallback={null}>
              <UpdatePrompt />
            </Suspense>
          ) : null}
          <StorageAlert />
          {sweeping ? (
            <Suspense fallback={<p className="p-6 text-sm text-zinc-500">{t("sweep.loading")}</p>}>
              <SweepView />
            </Suspense>
          ) : comparing ? (
            <Suspense fallback={<p className="p-6 text-sm text-zinc-500">{t("compare.loading")}</p>}>
              <CompareView />
            </Suspense>
          ) : (
            <ChatView onOpenSettings={openSettings} />
          )}
        </main>
        <TuningPanel />
      </div>
      <SettingsDialog open={settingsOpen} onClose={closeSettings} />
      {shortcutsOpened ? (
        <Suspense fallback={null}>
          <ShortcutsDialog />
        </Suspense>
      ) : null}
      <Notice />
    </ErrorBoundary>
  );
}
