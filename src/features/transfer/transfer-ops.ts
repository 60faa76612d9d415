// What Export and Import do once clicked. Loaded on that first click (with the format code behind it)
// instead of with the app; TransferControls only shows the buttons and the outcome.
import type { Conversation } from "../../domain/types";
import { imageStore } from "../../store/image-store";
import { importConversations } from "../../store/import";
import { buildExport, parseImport } from "./export-format";
import { downloadJson, downloadText, readFileText } from "./file-io";
import { importSummary } from "./import-summary";
import { toMarkdown } from "./markdown";

/** What the user is told after an import: a summary, or why nothing was imported. */
export type ImportNotice = { kind: "status" | "alert"; text: string };

/** Downloads `conversations` as one JSON file; image bytes are read from IndexedDB into it first. */
export async function exportJson(name: string, conversations: Conversation[], now: Date): Promise<void> {
  const images = await imageStore.exportImages(conversations).catch(() => ({}));
  downloadJson(name, buildExport(conversations, now, undefined, images));
}

export function exportMarkdown(name: string, conversation: Conversation): void {
  downloadText(name, toMarkdown(conversation));
}

/** Reads, checks and merges a chosen file. Never throws: every failure comes back as words. */
export async function importFile(file: File): Promise<ImportNotice> {
  try {
    const parsed = parseImport(await readFileText(file));
    if (!parsed.ok) return { kind: "alert", text: `Import failed: ${parsed.message}` };
    // Images first: once a conversation is in, its images must be found.
    const { skipped } = await imageStore.restoreImages(parsed.images);
    const summary = importSummary(importConversations(parsed.conversations));
    const lost =
      skipped > 0 ? ` ${skipped} image${skipped === 1 ? " was" : "s were"} unreadable and left out.` : "";
    return { kind: "status", text: summary + lost };
  } catch (error) {
    return {
      kind: "alert",
      text: `Import failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
