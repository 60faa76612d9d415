// Conversations and Tuning, as columns where the window has room and as modal drawers where it has not.
import { lazy, Suspense, useEffect } from "react";
import { useT } from "../components/i18n/use-t";
import { IconButton } from "../components/ui/button";
import { Drawer } from "../components/ui/modal";
import { CloseIcon } from "../components/ui/icons";
import { useMediaQuery } from "../components/use-media-query";
import { focusComposer } from "../features/chat/composer-focus";
import { Sidebar } from "../features/conversations/Sidebar";
import { TransferControls } from "../features/transfer/TransferControls";
import { useAppStore } from "../store/app-store";
import { closeSidebarDrawer, closeTuning, MEDIUM_QUERY, useLayoutStore, WIDE_QUERY } from "./layout-state";

// The tuning panel is secondary to the chat: it loads right after the app, outside the initial bundle.
const ParametersPanel = lazy(() =>
  import("../features/parameters/ParametersPanel").then((m) => ({ default: m.ParametersPanel })),
);

function PanelTitle({
  title,
  onClose,
  closeLabel,
}: {
  title: string;
  onClose?: () => void;
  closeLabel: string;
}) {
  return (
    <div className="flex h-14 shrink-0 items-center justify-between px-4">
      <span className="text-sm font-semibold tracking-tight">{title}</span>
      {onClose ? (
        <IconButton label={closeLabel} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      ) : null}
    </div>
  );
}

/** A chat was picked (or New chat): the drawer closes and the cursor goes to the message box. */
function afterNavigate() {
  closeSidebarDrawer();
  // After the drawer has closed (the page behind a modal dialog cannot take focus).
  setTimeout(focusComposer);
}

function Conversations({ onClose }: { onClose?: () => void }) {
  const t = useT();
  return (
    <div className="flex h-full flex-col">
      <PanelTitle title={t("app.name")} onClose={onClose} closeLabel={t("app.hideConversations")} />
      <div className="min-h-0 flex-1">
        <Sidebar onNavigate={afterNavigate} footer={<TransferControls />} />
      </div>
    </div>
  );
}

export function ConversationsPanel() {
  const t = useT();
  const wide = useMediaQuery(WIDE_QUERY);
  const collapsed = useAppStore((s) => s.settings.sidebarCollapsed);
  const drawerOpen = useLayoutStore((s) => s.sidebarDrawerOpen);
  // A drawer opens only when asked: one left open when the window widened stays closed when it narrows.
  useEffect(() => {
    if (wide) closeSidebarDrawer();
  }, [wide]);
  if (wide) {
    return collapsed ? null : (
      <aside
        id="conversations-panel"
        className="w-72 shrink-0 border-r border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <Conversations />
      </aside>
    );
  }
  return (
    <Drawer
      id="conversations-panel"
      side="left"
      label={t("conversations.nav")}
      open={drawerOpen}
      onClose={closeSidebarDrawer}
    >
      <div className="h-full bg-zinc-50 dark:bg-zinc-900">
        <Conversations onClose={closeSidebarDrawer} />
      </div>
    </Drawer>
  );
}

function Loading() {
  const t = useT();
  return <p className="p-4 text-sm text-zinc-500 dark:text-zinc-400">{t("shell.loading")}</p>;
}

export function TuningPanel() {
  const t = useT();
  const medium = useMediaQuery(MEDIUM_QUERY);
  const open = useLayoutStore((s) => s.tuningOpen);
  // The column open on a wide window must not turn into a modal drawer when the window narrows.
  useEffect(() => {
    if (!medium) closeTuning();
  }, [medium]);
  if (medium) {
    return open ? (
      <aside
        id="parameters-panel"
        aria-label={t("app.tuning")}
        className="w-80 shrink-0 overflow-y-auto border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950"
      >
        <Suspense fallback={<Loading />}>
          <ParametersPanel className="p-4" />
        </Suspense>
      </aside>
    ) : null;
  }
  return (
    <Drawer id="parameters-panel" side="right" label={t("app.tuning")} open={open} onClose={closeTuning}>
      <div className="flex h-full flex-col">
        <div className="border-b border-zinc-200 dark:border-zinc-800">
          <PanelTitle title={t("app.tuning")} onClose={closeTuning} closeLabel={t("app.closeTuning")} />
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto">
          {open ? (
            <Suspense fallback={<Loading />}>
              <ParametersPanel className="p-4" />
            </Suspense>
          ) : null}
        </div>
      </div>
    </Drawer>
  );
}
