// Thin browser I/O for export and import; everything that decides what goes in a file is elsewhere.
import { MAX_IMPORT_BYTES } from "./limits";

function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start reading the blob after click() returns; revoking at once can cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadJson(filename: string, data: unknown): void {
  download(filename, new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
}

export function downloadText(filename: string, text: string, type = "text/markdown;charset=utf-8"): void {
  download(filename, new Blob([text], { type }));
}

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

/** The local calendar date: what the user would call "today". */
export function fileDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Letters of any script are kept (Japanese titles stay readable); everything else becomes one dash. */
export function slugify(title: string, max = 50): string {
  const slug = title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = [...slug].slice(0, max).join("").replace(/-+$/, "");
  return cut || "conversation";
}

export function conversationFileName(title: string, now: Date, ext: "json" | "md"): string {
  return `chat-studio-${slugify(title)}-${fileDate(now)}.${ext}`;
}

export function allConversationsFileName(now: Date): string {
  return `chat-studio-all-${fileDate(now)}.json`;
}
