// Links in model output are untrusted: only web and mail links survive; everything else renders as text.
const ALLOWED = /^(https?:|mailto:)/i;

export function safeUrl(url: string): string {
  const trimmed = url.trim();
  // Strip control characters and whitespace that browsers ignore inside a scheme ("java\tscript:").
  const normalized = [...trimmed].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f).join("");
  if (ALLOWED.test(normalized)) return trimmed;
  // In-page anchors are harmless and used by footnotes.
  if (normalized.startsWith("#")) return trimmed;
  return "";
}
