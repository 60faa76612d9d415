import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { Markdown } from "./Markdown";
import { preloadMarkdown } from "./pipeline";

// The constructs a long reply starts with, Japanese and code included. The code fence is left open so
// that it is the streaming tail (never highlighted), as in a reply that is still arriving.
const SAMPLE = [
  "## A heading",
  "A paragraph with **bold**, *emphasis*, `code` and [a link](https://example.com). 日本語の文です。",
  "1. One\n2. Two\n   - nested",
  "| Case | Time |\n| --- | ---: |\n| a | 1 ms |",
  "> A quote",
  "```ts\nconst x = 1;",
].join("\n\n");

/**
 * Fetches the markdown pipeline, then renders a small reply once, invisible and off to the side, and
 * removes it. The first reply of a session would otherwise pay first-run costs inside its first streamed
 * frame: V8 compiling the parser and renderer, and the browser finding fallback fonts for Japanese and
 * code (together ~50 ms of one frame on a slow machine). Here they are paid in idle time after start.
 */
export function warmUpMarkdown(): void {
  preloadMarkdown().then(renderSample, () => {
    // Not fetched (offline?): replies stay readable as plain text, and the next one retries.
  });
}

function renderSample(): void {
  // Formatted messages on screen have already paid it.
  if (document.querySelector(".markdown > :not(.md-pending)")) return;
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.style.cssText =
    "position:fixed;left:0;top:0;width:40rem;visibility:hidden;pointer-events:none;contain:strict;z-index:-1";
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(<Markdown text={SAMPLE} streaming />));
  // Reading a size lays the sample out now (shaping its text), not in the next frame.
  void host.firstElementChild?.getBoundingClientRect();
  setTimeout(() => {
    root.unmount();
    host.remove();
  }, 0);
}
