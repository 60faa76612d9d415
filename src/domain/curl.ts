// A request as a curl command a user can paste into a POSIX shell, in the shape of the provider's own example.

export interface CurlOptions {
  apiKey?: string;
  /** Off: the key stays out of the text and the shell supplies it from `$API_KEY`. */
  includeKey: boolean;
}

/** Single-quotes a word for sh/bash/zsh; inside single quotes only `'` itself needs care. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `url` must be absolute: a relative base such as `/api/v1` means nothing outside the browser. */
export function toCurl(url: string, body: unknown, options: CurlOptions): string {
  const key = options.apiKey?.trim() ?? "";
  const lines = ["curl --request POST", `--url ${shellQuote(url)}`];
  if (!options.includeKey) {
    // Double quotes so the shell expands the variable; nothing else in this header is special to it.
    lines.push(`--header "Authorization: Bearer $API_KEY"`);
  } else if (key) {
    lines.push(`--header ${shellQuote(`Authorization: Bearer ${key}`)}`);
  }
  lines.push(`--header 'Content-Type: application/json'`);
  // Without it curl holds streamed events back until its buffer fills.
  if (typeof body === "object" && body !== null && (body as { stream?: unknown }).stream === true) {
    lines.push("--no-buffer");
  }
  const json = JSON.stringify(body, null, 2);
  lines.push(`--data ${shellQuote(`\n${json}\n`)}`);
  return lines.join(" \\\n  ");
}
