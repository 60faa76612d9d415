import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { IconButton } from "../components/ui/button";
import { CloseIcon, MenuIcon, SettingsIcon } from "../components/ui/icons";
import { ChatView } from "../features/chat/ChatView";
import { Sidebar } from "../features/conversations/Sidebar";
import { SettingsDialog } from "../features/settings/SettingsDialog";
import { useAppStore } from "../store/app-store";
import { selectActiveConversation } from "../store/selectors";
import { ErrorBoundary } from "./ErrorBoundary";
import { queryClient } from "./query-client";
import { StorageAlert } from "./StorageAlert";

function Header({ onMenu, onSettings }: { onMenu: () => void; onSettings: () => void }) {
  const title = useAppStore((s) => selectActiveConversation(s)?.title ?? "New chat");
  const model = useAppStore((s) => s.settings.model);
  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b border-zinc-200 px-3 sm:px-4 dark:border-zinc-800">
      <IconButton label="Show conversations" className="md:hidden" onClick={onMenu}>
        <MenuIcon />
      </IconButton>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-sm font-semibold">{title}</h1>
        <p className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">{model}</p>
      </div>
      <button
        type="button"
        onClick={onSettings}
        className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <SettingsIcon />
        <span>Settings</span>
      </button>
    </header>
  );
}

export function App() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const openSettings = () => setSettingsOpen(true);

  return (
    <QueryClientProvider client={queryClient}>
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
            className={`fixed inset-y-0 left-0 z-30 w-72 border-r border-zinc-200 bg-zinc-50 transition-transform md:static md:z-auto md:w-64 md:translate-x-0 lg:w-72 dark:border-zinc-800 dark:bg-zinc-900 ${sidebarOpen ? "translate-x-0" : "-translate-x-full max-md:invisible"}`}
          >
            <div className="flex h-14 items-center justify-between px-4">
              <span className="text-sm font-semibold tracking-tight">Chat Studio</span>
              <IconButton
                label="Hide conversations"
                className="md:hidden"
                onClick={() => setSidebarOpen(false)}
              >
                <CloseIcon />
              </IconButton>
            </div>
            <div className="h-[calc(100%-3.5rem)]">
              <Sidebar onNavigate={() => setSidebarOpen(false)} />
            </div>
          </aside>
          <main className="flex min-w-0 flex-1 flex-col">
            <Header onMenu={() => setSidebarOpen(true)} onSettings={openSettings} />
            <StorageAlert />
            <ChatView onOpenSettings={openSettings} />
          </main>
        </div>
        <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
