// A readable Markdown copy of the branch on screen. It is for people, not for import: other branches,
// timings and ids are left out.
import { activePath } from "../../domain/conversation";
import { PARAMETERS } from "../../domain/parameter-table";
import type { Conversation, Message } from "../../domain/types";

function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");
}

function replyDetails(m: Message): string {
  const parts: string[] = [];
  if (m.model) parts.push(`\`${m.model}\``);
  for (const spec of PARAMETERS) {
    const value = m.params?.[spec.key];
    if (value !== undefined) parts.push(`${spec.label} ${value}`);
  }
  if (m.usage) parts.push(`${m.usage.totalTokens} tokens`);
  return parts.length > 0 ? `*${parts.join(" · ")}*` : "";
}

function messageSection(m: Message): string {
  const blocks = [m.role === "user" ? "## You" : "## Assistant"];
  if (m.role === "assistant") {
    const details = replyDetails(m);
    if (details) blocks.push(details);
    if (m.reasoning?.trim()) blocks.push(`> **Thinking**\n>\n${quote(m.reasoning.trim())}`);
  }
  if (m.content) blocks.push(m.content);
  const images = m.images?.length ?? 0;
  // The Markdown copy is text only; the JSON export carries the images themselves.
  if (images > 0) blocks.push(`*(${images === 1 ? "1 image" : `${images} images`} attached)*`);
  if (m.status === "stopped") blocks.push("*(stopped)*");
  if (m.status === "error") blocks.push(quote(`**Error:** ${m.error?.message ?? "the request failed"}`));
  return blocks.join("\n\n");
}

export function toMarkdown(conv: Conversation): string {
  const sections = [`# ${conv.title.replace(/\r?\n/g, " ")}`];
  if (conv.systemPrompt.trim()) sections.push(`## System prompt\n\n${conv.systemPrompt.trim()}`);
  for (const m of activePath(conv)) sections.push(messageSection(m));
  return `${sections.join("\n\n")}\n`;
}
