// Import limits, apart from the export format so the file picker can check a size without loading zod
// and the format's schemas with the app.

/** Larger files are refused before reading: localStorage could not hold them anyway. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Counted before validation, so a hostile file cannot make zod walk millions of objects. */
export const MAX_IMPORT_MESSAGES = 100_000;
export const MAX_IMPORT_CONVERSATIONS = 10_000;
