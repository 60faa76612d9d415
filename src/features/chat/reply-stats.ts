import { formatMs } from "../../lib/format";
import { paramSpec, type ParamKey } from "../../domain/parameters";
import type { Message } from "../../domain/types";

/** Completion tokens per second, counted from the first token (generation speed, not waiting time). */
export function throughput(message: Message): number | null {
  const tokens = message.usage?.completionTokens;
  const total = message.timing?.totalMs;
  const first = message.timing?.firstTokenMs ?? 0;
  if (!tokens || total === undefined) return null;
  const seconds = (total - first) / 1000;
  return seconds > 0.05 ? tokens / seconds : null;
}

export interface StatRow {
  label: string;
  value: string;
}

/** Everything recorded about how a reply was made, as label/value rows. */
export function replyStats(message: Message): StatRow[] {
  const rows: StatRow[] = [];
  if (message.model) rows.push({ label: "Model", value: message.model });
  const params = Object.entries(message.params ?? {}) as [ParamKey, number][];
  rows.push({
    label: "Parameters sent",
    value: params.length
      ? params.map(([k, v]) => `${paramSpec(k).label} ${v}`).join(", ")
      : "none (provider defaults)",
  });
  if (message.finishReason) rows.push({ label: "Finish reason", value: message.finishReason });
  const u = message.usage;
  if (u) {
    rows.push({ label: "Prompt tokens", value: u.promptTokens.toLocaleString() });
    if (u.cachedTokens !== undefined)
      rows.push({ label: "Cached tokens", value: u.cachedTokens.toLocaleString() });
    rows.push({ label: "Completion tokens", value: u.completionTokens.toLocaleString() });
    if (u.reasoningTokens !== undefined) {
      rows.push({ label: "Reasoning tokens", value: u.reasoningTokens.toLocaleString() });
    }
    rows.push({ label: "Total tokens", value: u.totalTokens.toLocaleString() });
  }
  const t = message.timing;
  if (t?.firstTokenMs !== undefined)
    rows.push({ label: "Time to first token", value: formatMs(t.firstTokenMs) });
  if (t?.totalMs !== undefined) rows.push({ label: "Total time", value: formatMs(t.totalMs) });
  const speed = throughput(message);
  if (speed !== null) rows.push({ label: "Throughput", value: `${speed.toFixed(1)} tokens/s` });
  return rows;
}
