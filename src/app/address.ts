// The address bar follows the open conversation and the open conversation follows the address bar:
// every chat has its own URL, Back and Forward move between chats, and the tab is titled after the chat.
import { addressUpdate, parseRoute, routeHash, type Route, type Shown } from "../domain/route";
import { useAppStore, type AppState } from "../store/app-store";
import { closeSidebarDrawer } from "./layout-state";

const APP_NAME = "Chat Studio";

const shown = (s: AppState): Shown => ({ activeId: s.activeId, exists: (id) => id in s.conversations });

/** The tab's title: the conversation's, "New chat", or that the address names a conversation not here. */
export function documentTitle(s: AppState): string {
  if (s.activeId === null) return `New chat — ${APP_NAME}`;
  const conv = s.conversations[s.activeId];
  return conv ? `${conv.title} — ${APP_NAME}` : `Conversation not found — ${APP_NAME}`;
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
    // The bare app address opens the conversation that was open last (if it still exists).
    const { activeId, conversations } = useAppStore.getState();
    const open = activeId !== null && conversations[activeId] ? activeId : null;
    useAppStore.setState({ activeId: open });
    window.history.replaceState(window.history.state, "", routeHash(open));
  } else {
    show(initial);
  }
  document.title = documentTitle(useAppStore.getState());

  let following = false;
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    const update = following ? null : addressUpdate(shown(previous), shown(state));
    if (update && window.location.hash !== update.hash) {
      if (update.replace) window.history.replaceState(null, "", update.hash);
      else window.history.pushState(null, "", update.hash);
    }
    const title = documentTitle(state);
    if (document.title !== title) document.title = title;
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
    window.removeEventListener("popstate", onAddressChange);
    window.removeEventListener("hashchange", onAddressChange);
  };
}
