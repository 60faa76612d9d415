// Building and reading export files is needed only when the user exports or imports, so this module
// (and the format code behind it) loads on that first click instead of with the app.
export { buildExport, parseImport } from "./export-format";
export { importSummary } from "./import-summary";
export { toMarkdown } from "./markdown";
export { importAndSave } from "../../store/import";
