// Class strings shared by form controls across features (the Parameters panel, Compare, Settings).
export const fieldClass =
  "rounded-lg border border-zinc-300 bg-white text-sm focus:border-indigo-500 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:aria-invalid:border-red-500";

export const smallButtonClass =
  "inline-flex shrink-0 items-center justify-center gap-1 rounded-lg border border-zinc-300 bg-white px-2.5 py-1 text-xs font-medium whitespace-nowrap text-zinc-700 hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800";

export const hintClass = "text-xs text-zinc-500 dark:text-zinc-400";

export const errorClass = "text-xs text-red-600 dark:text-red-400";
