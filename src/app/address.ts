// The address bar follows the open conversation and the open conversation follows the address bar:
// every chat has its own URL, Back and Forward move between chats, and the tab is titled after the chat.
import { i18n, t } from "../lib/i18n/i18n";
import { addressUpdate, parseRoute, routeHash, type Route, type Shown } from "../domain/route";
import { useAppStore, type AppState } from "../store/app-store";
import { closeSidebarDrawer } from "./layout-state";

const shown = (s: AppState): Shown => ({ activeId: s.activeId, exists: (id) => id in s.conversations });

/** The tab's title: the conversation's, "New chat", or that the address names a conversation not here. */
export function documentTitle(s: AppState): string {
  const conv = s.activeId === null ? undefined : s.conversations[s.activeId];
  const title = s.activeId === null ? t("conversations.untitled") : (conv?.title ?? t("shell.notFound"));
  return t("shell.documentTitle", { title });
}

/** Opens what an address names. A conversation that is not here stays named, so the page can say so. */
function show(route: Route): void {
  if (route.kind === "conversation") useAppStore.setState({ activeId: route.id });
  // Back to the new chat keeps its draft settings (New chat, clicked, starts afresh).
  else if (route.kind === "new") useAppStore.setState({ activeId: null });
}

/** Starts the two-way binding; called once from main.tsx before the first render. */
export function startAddressSync(): () => void {
  const initial = parseRoute(window.location.hash);
  if (initial.kind === "none") {
    // The bare app address opens the conversation that was open last (if it still exists; one kept in
    // IndexedDB is still being read at this point).
    const { activeId, conversations, storageLoading } = useAppStore.getState();
    const open = activeId !== null && (conversations[activeId] || storageLoading) ? activeId : null;
    useAppStore.setState({ activeId: open });
    window.history.replaceState(window.history.state, "", routeHash(open));
  } else {
    show(initial);
  }
  const retitle = () => {
    // Words need a language; until one is active the static title stays.
    if (!i18n.locale) return;
    const title = documentTitle(useAppStore.getState());
    if (document.title !== title) document.title = title;
  };
  retitle();
  // The title's words follow the language too (its catalogue may arrive after this starts).
  const stopRetitling = i18n.on("change", retitle);

  let following = false;
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    const update = following ? null : addressUpdate(shown(previous), shown(state));
    if (update && window.location.hash !== update.hash) {
      if (update.replace) window.history.replaceState(null, "", update.hash);
      else window.history.pushState(null, "", update.hash);
    }
    retitle();
  });

  const onAddressChange = () => {
    const route = parseRoute(window.location.hash);
    if (route.kind === "none") {
      // An address that is not ours (typed by hand): show where we are instead.
      window.history.replaceState(null, "", routeHash(useAppStore.getState().activeId));
      return;
    }
    following = true;
    try {
      show(route);
    } finally {
      following = false;
    }
    // Moved to another chat (Back, Forward, a link): the Conversations drawer has done its job.
    closeSidebarDrawer();
  };
  window.addEventListener("popstate", onAddressChange);
  window.addEventListener("hashchange", onAddressChange);
  return () => {
    unsubscribe();
    stopRetitling();
    window.removeEventListener("popstate", onAddressChange);
    window.removeEventListener("hashchange", onAddressChange);
  };
}
