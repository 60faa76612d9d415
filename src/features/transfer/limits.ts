// Import limits, apart from the export format so the file picker can check a size without loading zod
// and the format's schemas with the app.

/**
 * Larger files are refused before reading. Conversations that do not fit localStorage go to IndexedDB, so
 * a history of several times 50 MB can be stored; the limit keeps one file's text and its parsed copy
 * (a few hundred MB of memory while importing) well inside what a browser tab and V8's longest string
 * (about 512 M characters) allow.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Counted before validation, so a hostile file cannot make zod walk millions of objects. */
export const MAX_IMPORT_MESSAGES = 100_000;
export const MAX_IMPORT_CONVERSATIONS = 10_000;
