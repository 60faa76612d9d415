// The sentences a finished reply shows about what it carried besides text, and the Details rows behind them.
import type { Message } from "../../domain/types";
import type { StatRow } from "./reply-stats";

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

function toolNames(message: Message): string {
  const names = [...new Set((message.notes?.toolCalls ?? []).map((c) => c.name).filter(Boolean))];
  return names.length > 0 ? ` (${names.join(", ")})` : "";
}

/** One sentence per thing the user should know; empty for an ordinary reply. */
export function noticeLines(message: Message): string[] {
  const lines: string[] = [];
  const notes = message.notes;
  const askedForTool = (notes?.toolCalls?.length ?? 0) > 0 || message.finishReason === "tool_calls";
  if (askedForTool) {
    lines.push(
      message.content
        ? `The model also asked to run a tool${toolNames(message)}; this app does not run tools.`
        : `The model asked to run a tool${toolNames(message)} instead of answering in text; this app does not run tools.`,
    );
  }
  const unreadable = notes?.unreadable?.count ?? 0;
  if (unreadable > 0) {
    lines.push(
      `${plural(unreadable, "chunk", "chunks")} could not be read, so part of the reply may be missing. ` +
        "Details shows a sample.",
    );
  }
  return lines;
}

/** Details rows: each tool call with its arguments, and samples of what could not be read or shown. */
export function noteRows(message: Message): StatRow[] {
  const rows: StatRow[] = [];
  const notes = message.notes;
  for (const call of notes?.toolCalls ?? []) {
    rows.push({ label: "Tool call", value: `${call.name || "(unnamed)"} ${call.arguments}`.trim() });
  }
  if (notes?.unreadable) {
    rows.push({
      label: "Unreadable chunks",
      value: `${notes.unreadable.count.toLocaleString()}; the first: ${notes.unreadable.sample}`,
    });
  }
  if (notes?.unknownParts) {
    rows.push({
      label: "Content not shown",
      value: `${plural(notes.unknownParts.count, "part", "parts")} of a type this app does not show; the first: ${notes.unknownParts.sample}`,
    });
  }
  return rows;
}
