// Compare's own class strings (features do not share styles with one another).
export const smallButton =
  "inline-flex shrink-0 items-center justify-center gap-1 rounded-lg border border-zinc-300 bg-white px-2.5 py-1 text-xs font-medium whitespace-nowrap text-zinc-700 hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800";
