// The words for what an import found wrong, and for how it went.
import type { ImportResult } from "../../store/import";
import type { TFunction } from "../../lib/i18n/i18n";
import type { ImportProblem, ValueType } from "./export-format";

const TYPES = {
  list: "transfer.typeList",
  null: "transfer.typeNull",
  object: "transfer.typeObject",
  text: "transfer.typeText",
  number: "transfer.typeNumber",
  other: "transfer.typeOther",
} as const satisfies Record<ValueType, string>;

export function importProblemText(problem: ImportProblem, t: TFunction): string {
  switch (problem.code) {
    case "notJson":
      return t("transfer.notJson");
    case "noFormat":
      return t("transfer.noFormat");
    case "notObject":
      return t("transfer.notObject", { type: t(TYPES[problem.type]) });
    case "conversationsNotList":
      return t("transfer.conversationsNotList", { type: t(TYPES[problem.type]) });
    case "wrongFormat":
      return t("transfer.wrongFormat", { format: problem.format, expected: problem.expected });
    case "badVersion":
      return t("transfer.badVersion", { example: problem.example });
    case "newerVersion":
      return t("transfer.newerVersion", { version: problem.version, supported: problem.supported });
    case "olderVersion":
      return t("transfer.olderVersion", { version: problem.version });
    case "tooManyConversations":
      return t("transfer.tooManyConversations", { count: problem.count, max: problem.max });
    case "tooManyMessages":
      return t("transfer.tooManyMessages", { count: problem.count, max: problem.max });
    case "invalidValue":
      return problem.path
        ? t("transfer.invalidValueAt", { path: problem.path, detail: problem.detail })
        : t("transfer.invalidValue", { detail: problem.detail });
    case "duplicateConversation":
      return t("transfer.duplicateConversation", { id: problem.id });
    case "duplicateMessage":
      return t("transfer.duplicateMessage", { title: problem.title, id: problem.id });
  }
}

/** The words shown after an import; "already here" tells the user a repeat import changed nothing. */
export function importSummary(r: ImportResult, t: TFunction): string {
  const stored = r.added + r.copies;
  const notStored = r.notStored ?? 0;
  if (notStored > 0) {
    // Storage was full: what a reload will show, exactly.
    const count = stored + notStored;
    return stored === 0
      ? t("storage.importNone", { count })
      : t("storage.importPartial", { count, stored, notStored });
  }
  if (stored === 0) {
    return r.unchanged === 0
      ? t("transfer.noConversations")
      : t("transfer.nothingNew", { unchanged: r.unchanged });
  }
  return t("transfer.imported", { stored, copies: r.copies, unchanged: r.unchanged });
}
