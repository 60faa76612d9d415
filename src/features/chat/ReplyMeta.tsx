import type { Message } from "../../domain/types";

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A compact line under a reply: model, tokens, timing, and why it ended when that matters. */
export function ReplyMeta({ message }: { message: Message }) {
  const parts: string[] = [];
  if (message.model) parts.push(message.model);
  if (message.usage) parts.push(`${message.usage.completionTokens.toLocaleString()} tokens`);
  if (message.timing?.totalMs !== undefined) parts.push(formatMs(message.timing.totalMs));
  const cut = message.finishReason === "length";
  const filtered = message.finishReason && /content_filter|safety|recitation/i.test(message.finishReason);
  return (
    <span className="ml-1 flex min-w-0 flex-wrap items-center gap-x-2 text-xs text-zinc-400 dark:text-zinc-500">
      {parts.length > 0 ? <span className="truncate">{parts.join(" · ")}</span> : null}
      {cut ? (
        <span className="font-medium text-amber-700 dark:text-amber-400">
          Cut off at the Max tokens limit
        </span>
      ) : null}
      {filtered ? (
        <span className="font-medium text-amber-700 dark:text-amber-400">
          Stopped by the provider’s content filter ({message.finishReason})
        </span>
      ) : null}
    </span>
  );
}
