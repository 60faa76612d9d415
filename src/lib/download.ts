// Saving a file from the page: a Blob behind a temporary link, and file names people can read.

export function download(filename: string, blob: Blob): void {
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
