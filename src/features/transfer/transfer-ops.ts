// What Export and Import do once clicked. Loaded on that first click (with the format code behind it)
// instead of with the app; TransferControls only shows the buttons and the outcome.
import type { Conversation, Preset } from "../../domain/types";
import { formatBytes } from "../../lib/i18n/format";
import { currentLocale, type TFunction } from "../../lib/i18n/i18n";
import { imageStore } from "../../store/image-store";
import { importAndSave, IMPORTED_SUFFIX } from "../../store/import";
import { importPresets } from "../../store/parameters";
import { buildExport, parseImport } from "./export-format";
import { downloadJson, downloadText } from "../../lib/download";
import { FileTooLargeError, readFileText } from "./file-io";
import { importProblemText, importSummary } from "./import-problems";
import { toMarkdown } from "./markdown";

/** What the user is told after an import: a summary, or why nothing was imported. */
export type ImportNotice = { kind: "status" | "alert"; text: string };

/**
 * Downloads `conversations` as one JSON file; image bytes are read from IndexedDB into it first. "Export
 * all" passes the user's presets too.
 */
export async function exportJson(
  name: string,
  conversations: Conversation[],
  now: Date,
  presets: readonly Preset[] = [],
): Promise<void> {
  const images = await imageStore.exportImages(conversations).catch(() => ({}));
  downloadJson(name, buildExport(conversations, now, undefined, images, presets));
}

export function exportMarkdown(name: string, conversation: Conversation, t: TFunction, title: string): void {
  downloadText(name, toMarkdown(conversation, t, title));
}

/** Reads, checks and merges a chosen file. Never throws: every failure comes back as words. */
export async function importFile(file: File, t: TFunction): Promise<ImportNotice> {
  const failed = (reason: string): ImportNotice => ({
    kind: "alert",
    text: t("transfer.importFailed", { reason }),
  });
  try {
    const parsed = parseImport(await readFileText(file));
    if (!parsed.ok) return failed(importProblemText(parsed.problem, t));
    // Images first: once a conversation is in, its images must be found.
    const { skipped } = await imageStore.restoreImages(parsed.images);
    // Waits until the conversations are stored: the notice says what a reload will show.
    const result = await importAndSave(parsed.conversations);
    const lost = skipped > 0 ? ` ${t("transfer.imagesSkipped", { count: skipped })}` : "";
    const presets = importPresets(parsed.presets, IMPORTED_SUFFIX);
    const withPresets = presets > 0 ? ` ${t("transfer.presetsImported", { count: presets })}` : "";
    return {
      kind: result.notStored ? "alert" : "status",
      text: importSummary(result, t) + withPresets + lost,
    };
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      return failed(t("transfer.fileTooLarge", { limit: formatBytes(error.limitBytes, currentLocale()) }));
    }
    return failed(error instanceof Error ? error.message : String(error));
  }
}
