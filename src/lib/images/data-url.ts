// Base64 data URLs from bytes without FileReader, so the same code runs in the browser and in unit tests.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunked: spreading millions of arguments into fromCharCode would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function toDataUrl(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${bytesToBase64(bytes)}`;
}

/** The bytes of a base64 data URL, or null when `url` is not one. */
export function parseDataUrl(url: string): { mime: string; bytes: Uint8Array } | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/.exec(url);
  if (!match?.[1] || match[2] === undefined) return null;
  try {
    const binary = atob(match[2]);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { mime: match[1], bytes };
  } catch {
    return null;
  }
}
