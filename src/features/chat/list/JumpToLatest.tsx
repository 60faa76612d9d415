import { useT } from "../../../components/i18n/use-t";
import { ArrowDownIcon } from "../../../components/ui/icons";

/**
 * Shown while the user is scrolled away from the latest message: one press brings the view back to
 * the end (and it follows new text again). Says so when text has arrived below meanwhile.
 */
export function JumpToLatest({ newBelow, onJump }: { newBelow: boolean; onJump: () => void }) {
  const t = useT();
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-3 z-10 flex justify-center px-4">
      <div className="pointer-events-auto flex items-center gap-1 rounded-full border border-zinc-200 bg-white/95 p-1 text-sm shadow-lg backdrop-blur dark:border-zinc-700 dark:bg-zinc-900/95">
        {/* A live region that exists before it has anything to say, so the news is announced. */}
        <span role="status" className={newBelow ? "flex items-center gap-1.5 pr-1 pl-2.5" : "sr-only"}>
          {newBelow ? (
            <>
              <span className="h-2 w-2 rounded-full bg-indigo-500" aria-hidden="true" />
              <span className="font-medium text-indigo-700 dark:text-indigo-300">
                {t("list.newTextBelow")}
              </span>
            </>
          ) : null}
        </span>
        <button
          type="button"
          onClick={onJump}
          className="inline-flex items-center gap-1.5 rounded-full px-3 py-1.5 font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
        >
          <ArrowDownIcon />
          {t("list.jumpToLatest")}
        </button>
      </div>
    </div>
  );
}
