import { PARAMETERS } from "../../domain/parameter-table";
import type { Message } from "../../domain/types";
import { formatDuration, formatNumber } from "../../lib/i18n/format";
import type { TFunction } from "../../lib/i18n/i18n";
import type { Locale } from "../../lib/i18n/locale";

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

/** Everything recorded about how a reply was made, as label/value rows in the UI's language. */
export function replyStats(message: Message, t: TFunction, locale: Locale): StatRow[] {
  const rows: StatRow[] = [];
  const count = (n: number) => formatNumber(n, locale);
  if (message.model) rows.push({ label: t("chat.statModel"), value: message.model });
  const sent = PARAMETERS.filter((spec) => message.params?.[spec.key] !== undefined);
  rows.push({
    label: t("chat.statParams"),
    value: sent.length
      ? sent.map((spec) => `${t(spec.labelKey)} ${message.params?.[spec.key]}`).join(", ")
      : t("chat.statParamsNone"),
  });
  if (message.finishReason) rows.push({ label: t("chat.statFinish"), value: message.finishReason });
  const u = message.usage;
  if (u) {
    rows.push({ label: t("chat.statPromptTokens"), value: count(u.promptTokens) });
    if (u.cachedTokens !== undefined)
      rows.push({ label: t("chat.statCachedTokens"), value: count(u.cachedTokens) });
    rows.push({ label: t("chat.statCompletionTokens"), value: count(u.completionTokens) });
    if (u.reasoningTokens !== undefined) {
      rows.push({ label: t("chat.statReasoningTokens"), value: count(u.reasoningTokens) });
    }
    rows.push({ label: t("chat.statTotalTokens"), value: count(u.totalTokens) });
  }
  const timing = message.timing;
  if (timing?.firstTokenMs !== undefined)
    rows.push({ label: t("chat.statFirstToken"), value: formatDuration(timing.firstTokenMs, locale) });
  if (timing?.totalMs !== undefined)
    rows.push({ label: t("chat.statTotalTime"), value: formatDuration(timing.totalMs, locale) });
  const speed = throughput(message);
  if (speed !== null)
    rows.push({
      label: t("chat.statThroughput"),
      value: t("chat.tokensPerSecond", { rate: formatNumber(speed, locale, 1) }),
    });
  return rows;
}
