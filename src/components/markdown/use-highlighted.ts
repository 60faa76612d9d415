import { useEffect, useState } from "react";
import { lazyModule } from "../../lib/lazy";
import { enqueue } from "./task-queue";

const highlighter = lazyModule(() => import("./highlight"));

// Finished blocks are highlighted once; the cache also covers a block that re-mounts (another
// conversation opened and back) and the streaming tail turning into a finished block.
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 500;

function remember(key: string, html: string | null) {
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, html);
}

/** Highlighted HTML for `code`, once the highlighter has loaded and a free moment came; else null. */
export function useHighlighted(code: string, language: string | null, enabled: boolean): string | null {
  const key = `${language ?? ""}\u0000${code}`;
  const [done, setDone] = useState<{ key: string; html: string | null } | null>(null);
  const active = enabled && language !== null;
  const known = cache.get(key);
  useEffect(() => {
    if (!active || language === null || cache.has(key)) return;
    let cancel = () => {};
    let stopped = false;
    highlighter
      .load()
      .then((mod) => {
        if (stopped) return;
        cancel = enqueue(() => {
          const html = mod.highlightCode(code, language);
          remember(key, html);
          setDone({ key, html });
        });
      })
      .catch(() => {
        // Without the highlighter the code stays readable as plain text.
      });
    return () => {
      stopped = true;
      cancel();
    };
  }, [active, key, code, language]);
  if (!active) return null;
  if (known !== undefined) return known;
  return done?.key === key ? done.html : null;
}
