// Code that only some replies need (syntax highlighting, KaTeX) is fetched the first time one needs it.
// Each lazy module is a tiny external store, so waiting components re-render once when it arrives.
import { useSyncExternalStore } from "react";

export interface LazyModule<T> {
  /** The module, or null until loaded; the first call starts loading. */
  get(): T | null;
  load(): Promise<T>;
  subscribe(listener: () => void): () => void;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  const load = () => {
    pending ??= importer().then(
      (v) => {
        value = v;
        for (const l of listeners) l();
        return v;
      },
      (error: unknown) => {
        // A failed chunk download can be retried by the next component that needs it.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return {
    get() {
      if (value === null) load().catch(() => {});
      return value;
    },
    load,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const noop = () => () => {};
const nothing = () => null;

/** The module when `needed` and loaded; starts loading on first need. */
export function useLazy<T>(module: LazyModule<T>, needed: boolean): T | null {
  return useSyncExternalStore(needed ? module.subscribe : noop, needed ? module.get : nothing, nothing);
}
