// A readable Markdown copy of the branch on screen, in the UI's language. It is for people, not for import:
// other branches, timings and ids are left out.
import { activePath } from "../../domain/conversation";
import { PARAMETERS } from "../../domain/parameter-table";
import type { Conversation, Message } from "../../domain/types";
import type { TFunction } from "../../lib/i18n/i18n";
import { errorMessage } from "../../components/i18n/error-message";

function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");
}

function replyDetails(m: Message, t: TFunction): string {
  const parts: string[] = [];
  if (m.model) parts.push(`\`${m.model}\``);
  for (const spec of PARAMETERS) {
    const value = m.params?.[spec.key];
    if (value !== undefined) parts.push(`${t(spec.labelKey)} ${value}`);
  }
  if (m.usage) parts.push(t("transfer.markdownTokens", { count: m.usage.totalTokens }));
  return parts.length > 0 ? `*${parts.join(" · ")}*` : "";
}

function messageSection(m: Message, t: TFunction): string {
  const blocks = [`## ${m.role === "user" ? t("transfer.markdownYou") : t("transfer.markdownAssistant")}`];
  if (m.role === "assistant") {
    const details = replyDetails(m, t);
    if (details) blocks.push(details);
    if (m.reasoning?.trim()) {
      blocks.push(`> **${t("transfer.markdownThinking")}**\n>\n${quote(m.reasoning.trim())}`);
    }
  }
  if (m.content) blocks.push(m.content);
  const images = m.images?.length ?? 0;
  // The Markdown copy is text only; the JSON export carries the images themselves.
  if (images > 0) blocks.push(`*(${t("transfer.markdownImages", { count: images })})*`);
  if (m.status === "stopped") blocks.push(`*(${t("transfer.markdownStopped")})*`);
  if (m.status === "error") {
    const why = m.error ? errorMessage(m.error, t) : t("transfer.markdownRequestFailed");
    blocks.push(quote(`**${t("transfer.markdownError")}** ${why}`));
  }
  return blocks.join("\n\n");
}

/** `title` is the conversation's title as the UI shows it. */
export function toMarkdown(conv: Conversation, t: TFunction, title = conv.title): string {
  const sections = [`# ${title.replace(/\r?\n/g, " ")}`];
  if (conv.systemPrompt.trim()) {
    sections.push(`## ${t("transfer.markdownSystemPrompt")}\n\n${conv.systemPrompt.trim()}`);
  }
  for (const m of activePath(conv)) sections.push(messageSection(m, t));
  return `${sections.join("\n\n")}\n`;
}
