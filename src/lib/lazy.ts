// Code that only some screens or replies need (the Settings dialog, syntax highlighting, KaTeX, the
// network layer) is fetched the first time it is needed. Each lazy module is a tiny external store, so
// a component waiting for it re-renders once when it arrives (see components/use-lazy.ts).

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
        // A failed chunk download (e.g. after a redeploy) is not cached: the next use tries again.
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
