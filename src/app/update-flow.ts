/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker and runs the update flow. A new build never takes over by itself: it waits
// until the user chooses Update, and Update never reloads while a reply streams or input is unsent.
import { create } from "zustand";
import { reloadBlocker, saveBeforeReload, type ReloadBlocker } from "../store/reload-guard";

interface UpdateState {
  /** Why the last Update could not go ahead. */
  blocked: ReloadBlocker | null;
  dismissed: boolean;
}

export const useUpdateState = create<UpdateState>(() => ({ blocked: null, dismissed: false }));

let activate: (() => Promise<void>) | null = null;

// Browsers look for a new service worker on navigation; a tab left open for days asks now and then too.
const CHECK_EVERY_MS = 60 * 60 * 1000;

export async function registerServiceWorker(onUpdateReady: () => void): Promise<void> {
  const { registerSW } = await import("virtual:pwa-register");
  activate = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      useUpdateState.setState({ blocked: null, dismissed: false });
      onUpdateReady();
    },
    // Another tab's Update made the new version take over this one too. This tab (perhaps streaming a
    // reply) does not reload by itself: its prompt stays, and its own Update reloads it.
    onNeedReload: () => {},
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => {});
      };
      window.setInterval(check, CHECK_EVERY_MS);
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") check();
      });
    },
    onRegisterError: (error: unknown) => console.error("The service worker could not be registered", error),
  });
}

/** Takes the waiting version (the page reloads under it), unless that would cut a reply or lose input. */
export async function applyUpdate(): Promise<void> {
  const blocked = reloadBlocker();
  useUpdateState.setState({ blocked });
  if (blocked) return;
  await saveBeforeReload();
  const registration = await navigator.serviceWorker.getRegistration();
  // Nothing waiting any more: another tab's Update already made the new version take over.
  if (!registration?.waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
    once: true,
  });
  await activate?.();
}

export function dismissUpdate(): void {
  useUpdateState.setState({ dismissed: true });
}
