import { useId, useState } from "react";
import type { Message } from "../../domain/types";
import { useLocale, useT } from "../../components/i18n/use-t";
import { formatDuration } from "../../lib/i18n/format";
import { useLazy } from "../../components/use-lazy";
import { hasNotes, replyNotes } from "./ReplyNotices";
import { replyStats } from "./reply-stats";

/** A compact line under a reply (model, tokens, time, why it ended), with every detail on demand. */
export function ReplyMeta({ message }: { message: Message }) {
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const notes = useLazy(replyNotes, open && hasNotes(message));
  const detailsId = useId();
  const parts: string[] = [];
  if (message.model) parts.push(message.model);
  if (message.usage) parts.push(t("chat.tokens", { count: message.usage.completionTokens }));
  if (message.timing?.totalMs !== undefined) parts.push(formatDuration(message.timing.totalMs, locale));
  const cut = message.finishReason === "length";
  const filtered = message.finishReason && /content_filter|safety|recitation/i.test(message.finishReason);
  return (
    <div className="ml-1 flex min-w-0 flex-1 flex-col">
      <div className="flex min-w-0 flex-wrap items-center gap-x-2 text-xs text-zinc-500 dark:text-zinc-400">
        {parts.length > 0 ? <span className="truncate">{parts.join(" · ")}</span> : null}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((v) => !v)}
          className="rounded px-1 underline-offset-2 hover:text-zinc-700 hover:underline dark:hover:text-zinc-300"
        >
          {open ? t("chat.hideDetails") : t("chat.details")}
        </button>
        {cut ? (
          <span className="font-medium text-amber-700 dark:text-amber-400">{t("chat.cutOff")}</span>
        ) : null}
        {filtered ? (
          <span className="font-medium text-amber-700 dark:text-amber-400">
            {t("chat.filtered", { reason: message.finishReason ?? "" })}
          </span>
        ) : null}
      </div>
      {open ? (
        <dl
          id={detailsId}
          className="mt-2 grid max-w-md grid-cols-[minmax(0,auto)_minmax(7rem,1fr)] gap-x-4 gap-y-0.5 rounded-lg border border-zinc-200 p-3 text-xs dark:border-zinc-800"
        >
          {[...replyStats(message, t, locale), ...(notes?.noteRows(message, t) ?? [])].map((row, i) => (
            // Labels repeat (one row per tool call).
            <div key={`${i}-${row.label}`} className="contents">
              <dt className="text-zinc-500 dark:text-zinc-400">{row.label}</dt>
              <dd className="font-mono text-zinc-800 [overflow-wrap:anywhere] dark:text-zinc-200">
                {row.value}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
