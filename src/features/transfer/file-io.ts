// Thin browser I/O for export and import; everything that decides what goes in a file is elsewhere.
import { fileDate, slugify } from "../../lib/download";
import { MAX_IMPORT_BYTES } from "./limits";

/** A file over the import limit; the UI words it with the limit. */
export class FileTooLargeError extends Error {
  override readonly name = "FileTooLargeError";
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${limitBytes} bytes`);
  }
}

/** Checks the size first, so a huge file is refused without being read into memory. */
export async function readFileText(file: Pick<Blob, "size" | "text">): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) throw new FileTooLargeError(MAX_IMPORT_BYTES);
  return file.text();
}

export function conversationFileName(title: string, now: Date, ext: "json" | "md"): string {
  return `chat-studio-${slugify(title)}-${fileDate(now)}.${ext}`;
}

export function allConversationsFileName(now: Date): string {
  return `chat-studio-all-${fileDate(now)}.json`;
}
