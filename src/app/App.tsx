import { lazy, Suspense, useEffect, useState } from "react";
import { shownTitle } from "../components/i18n/shown-title";
import { useT } from "../components/i18n/use-t";
import { IconButton } from "../components/ui/button";
import { CloseIcon, MenuIcon, SettingsIcon, SlidersIcon } from "../components/ui/icons";
import { ChatView } from "../features/chat/ChatView";
import { warmUpMarkdown } from "../features/chat/markdown/warm-up";
import { Sidebar } from "../features/conversations/Sidebar";
import { CompareLauncher } from "../features/compare/CompareLauncher";
import { SettingsDialog } from "../features/settings/SettingsDialog";
import { TransferControls } from "../features/transfer/TransferControls";
import { useAppStore } from "../store/app-store";
import { useCompareOpen } from "../store/compare";
import { preloadNetwork } from "../lib/network";
import { selectActiveConversation } from "../store/selectors";
import { ErrorBoundary } from "./ErrorBoundary";
import { StorageAlert } from "./StorageAlert";
import { useUpdateReady } from "./service-worker";

// Compare is a separate mode: its code loads the first time it is opened, not with the app.
const CompareView = lazy(() =>
  import("../features/compare/CompareView").then((m) => ({ default: m.CompareView })),
);

// Shown only when a new version is waiting (see service-worker.ts).
const UpdatePrompt = lazy(() => import("./UpdatePrompt"));

// The tuning panel is secondary to the chat: it loads right after the app, outside the initial bundle.
const ParametersPanel = lazy(() =>
  import("../features/parameters/ParametersPanel").then((m) => ({ default: m.ParametersPanel })),
);

function Header({
  onMenu,
  onSettings,
  paramsOpen,
  onToggleParams,
}: {
  onMenu: () => void;
  onSettings: () => void;
  paramsOpen: boolean;
  onToggleParams: () => void;
}) {
  const t = useT();
  const title = useAppStore((s) => selectActiveConversation(s)?.title ?? null);
  const model = useAppStore((s) => s.settings.model);
  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b border-zinc-200 px-3 sm:px-4 dark:border-zinc-800">
      <IconButton label={t("app.showConversations")} className="md:hidden" onClick={onMenu}>
        <MenuIcon />
      </IconButton>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-sm font-semibold">
          {title === null ? t("conversations.untitled") : shownTitle(title, t)}
        </h1>
        <p className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">{model}</p>
      </div>
      <CompareLauncher />
      <button
        type="button"
        aria-expanded={paramsOpen}
        aria-controls="parameters-panel"
        onClick={onToggleParams}
        className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 aria-expanded:bg-zinc-100 aria-expanded:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-expanded:bg-zinc-800 dark:aria-expanded:text-zinc-100"
      >
        <SlidersIcon />
        <span className="max-sm:sr-only">{t("app.tuning")}</span>
      </button>
      <button
        type="button"
        onClick={onSettings}
        className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <SettingsIcon />
        <span className="max-sm:sr-only">{t("app.settings")}</span>
      </button>
    </header>
  );
}

export function App() {
  const t = useT();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  // Open by default where there is room for a third column (Playwright's default 1280px included).
  const [paramsOpen, setParamsOpen] = useState(
    () => typeof window === "undefined" || window.matchMedia("(min-width: 1024px)").matches,
  );
  const openSettings = () => setSettingsOpen(true);
  const comparing = useCompareOpen();
  const updateReady = useUpdateReady((s) => s.ready);
  useEffect(() => {
    // Before the first send, not during the first screen: fetch the network code, and run the markdown
    // pipeline once so the first reply's first frame is not its cold start. Started by the first focus
    // (someone is about to type) or after a few seconds, whichever comes first, then in idle time.
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

  return (
    <ErrorBoundary>
      <div className="flex h-full overflow-hidden">
        {sidebarOpen ? (
          <div
            className="fixed inset-0 z-20 bg-black/40 md:hidden"
            aria-hidden="true"
            onClick={() => setSidebarOpen(false)}
          />
        ) : null}
        <aside
          className={`fixed inset-y-0 left-0 z-30 w-72 border-r border-zinc-200 bg-zinc-50 transition-transform md:static md:z-auto md:w-64 md:translate-x-0 xl:w-72 dark:border-zinc-800 dark:bg-zinc-900 ${sidebarOpen ? "translate-x-0" : "-translate-x-full max-md:invisible"}`}
        >
          <div className="flex h-14 items-center justify-between px-4">
            <span className="text-sm font-semibold tracking-tight">{t("app.name")}</span>
            <IconButton
              label={t("app.hideConversations")}
              className="md:hidden"
              onClick={() => setSidebarOpen(false)}
            >
              <CloseIcon />
            </IconButton>
          </div>
          <div className="h-[calc(100%-3.5rem)]">
            <Sidebar onNavigate={() => setSidebarOpen(false)} footer={<TransferControls />} />
          </div>
        </aside>
        <main className="flex min-w-0 flex-1 flex-col">
          <Header
            onMenu={() => setSidebarOpen(true)}
            onSettings={openSettings}
            paramsOpen={paramsOpen}
            onToggleParams={() => setParamsOpen((v) => !v)}
          />
          {updateReady ? (
            <Suspense fallback={null}>
              <UpdatePrompt />
            </Suspense>
          ) : null}
          <StorageAlert />
          {comparing ? (
            <Suspense fallback={<p className="p-6 text-sm text-zinc-500">{t("compare.loading")}</p>}>
              <CompareView />
            </Suspense>
          ) : (
            <ChatView onOpenSettings={openSettings} />
          )}
        </main>
        {paramsOpen ? (
          <>
            <div
              className="fixed inset-0 z-20 bg-black/40 lg:hidden"
              aria-hidden="true"
              onClick={() => setParamsOpen(false)}
            />
            <aside
              id="parameters-panel"
              className="fixed inset-y-0 right-0 z-30 w-[min(22rem,100vw)] overflow-y-auto border-l border-zinc-200 bg-white lg:static lg:z-auto lg:w-80 lg:shrink-0 dark:border-zinc-800 dark:bg-zinc-950"
            >
              <div className="flex h-14 items-center justify-between border-b border-zinc-200 px-4 lg:hidden dark:border-zinc-800">
                <span className="text-sm font-semibold">{t("app.tuning")}</span>
                <IconButton label={t("app.closeTuning")} onClick={() => setParamsOpen(false)}>
                  <CloseIcon />
                </IconButton>
              </div>
              <ParametersPanel className="p-4" />
            </aside>
          </>
        ) : null}
      </div>
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </ErrorBoundary>
  );
}
