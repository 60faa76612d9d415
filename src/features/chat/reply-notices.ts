// The sentences a finished reply shows about what it carried besides text, and the Details rows behind them.
import type { Message } from "../../domain/types";
import type { TFunction } from "../../lib/i18n/i18n";
import type { StatRow } from "./reply-stats";

function toolNames(message: Message): string {
  return [...new Set((message.notes?.toolCalls ?? []).map((c) => c.name).filter(Boolean))].join(", ");
}

/** One sentence per thing the user should know; empty for an ordinary reply. */
export function noticeLines(message: Message, t: TFunction): string[] {
  const lines: string[] = [];
  const notes = message.notes;
  const askedForTool = (notes?.toolCalls?.length ?? 0) > 0 || message.finishReason === "tool_calls";
  if (askedForTool) {
    const names = toolNames(message);
    if (message.content) {
      lines.push(names ? t("stream.toolAlsoNamed", { names }) : t("stream.toolAlso"));
    } else {
      lines.push(names ? t("stream.toolInsteadOfTextNamed", { names }) : t("stream.toolInsteadOfText"));
    }
  }
  const unreadable = notes?.unreadable?.count ?? 0;
  if (unreadable > 0) lines.push(t("stream.unreadable", { count: unreadable }));
  return lines;
}

/** Details rows: each tool call with its arguments, and samples of what could not be read or shown. */
export function noteRows(message: Message, t: TFunction): StatRow[] {
  const rows: StatRow[] = [];
  const notes = message.notes;
  for (const call of notes?.toolCalls ?? []) {
    const name = call.name || t("stream.toolUnnamed");
    rows.push({ label: t("stream.toolCallRow"), value: `${name} ${call.arguments}`.trim() });
  }
  if (notes?.unreadable) {
    const { count, sample } = notes.unreadable;
    rows.push({ label: t("stream.unreadableRow"), value: t("stream.unreadableValue", { count, sample }) });
  }
  if (notes?.unknownParts) {
    const { count, sample } = notes.unknownParts;
    rows.push({
      label: t("stream.unknownPartsRow"),
      value: t("stream.unknownPartsValue", { count, sample }),
    });
  }
  return rows;
}
