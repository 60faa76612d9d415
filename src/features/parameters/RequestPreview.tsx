import { useEffect, useId, useMemo, useState } from "react";
import { CopyIcon } from "../../components/ui/icons";
import { toCurl } from "../../domain/curl";
import { useAppStore } from "../../store/app-store";
import { imageStore } from "../../store/image-store";
import { useTargetSource } from "../../store/parameters";
import {
  absoluteEndpoint,
  NEXT_MESSAGE_PLACEHOLDER,
  previewImageKey,
  previewRequest,
  shortenImageUrls,
} from "./preview";
import { hintClass, smallButtonClass } from "../../components/ui/styles";
import { useFlash } from "./use-flash";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Earlier images' data URLs, read from IndexedDB again only when the set of images changes. */
function useImageUrls(source: ReturnType<typeof useTargetSource>) {
  const key = previewImageKey(source);
  const [resolved, setResolved] = useState<{ key: string; urls: Map<string, string> }>();
  useEffect(() => {
    if (!key || !("messages" in source)) return;
    let live = true;
    void imageStore.resolve(source, source.leafId ?? "").then((urls) => {
      if (live) setResolved({ key, urls });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names every image that matters.
  }, [key]);
  return resolved?.key === key ? resolved.urls : undefined;
}

/** Mounted only while the preview is open: it follows the conversation, which changes with every token. */
function PreviewBody() {
  const source = useTargetSource();
  const settings = useAppStore((s) => s.settings);
  const [includeKey, setIncludeKey] = useState(false);
  const [flash, showFlash] = useFlash();
  const imageUrls = useImageUrls(source);
  const body = useMemo(() => previewRequest(source, settings, imageUrls), [source, settings, imageUrls]);
  const json = useMemo(() => JSON.stringify(shortenImageUrls(body), null, 2), [body]);
  const url = absoluteEndpoint(settings.baseUrl, location.origin);
  const hasKey = settings.apiKey.trim() !== "";

  const copy = async (text: string, what: string) => {
    showFlash((await copyText(text)) ? `${what} copied` : "Could not copy; select the text instead");
  };

  return (
    <div className="flex flex-col gap-2">
      <p className={`${hintClass} break-all`}>
        <span className="font-mono">POST {url}</span> — the next message stands in as “
        {NEXT_MESSAGE_PLACEHOLDER}”.
      </p>
      <pre
        role="region"
        aria-label="Request body"
        tabIndex={0}
        className="max-h-72 overflow-auto rounded-lg bg-zinc-900 p-3 font-mono text-[11px] leading-4 text-zinc-100 dark:bg-black/60"
      >
        {json}
      </pre>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={smallButtonClass}
          onClick={() =>
            void copy(toCurl(url, body, { apiKey: settings.apiKey, includeKey }), "curl command")
          }
        >
          <CopyIcon width={12} height={12} />
          Copy as curl
        </button>
        <button
          type="button"
          className={smallButtonClass}
          onClick={() => void copy(JSON.stringify(body, null, 2), "JSON")}
        >
          <CopyIcon width={12} height={12} />
          Copy JSON
        </button>
        <label className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
          <input
            type="checkbox"
            checked={includeKey}
            onChange={(e) => setIncludeKey(e.target.checked)}
            className="accent-indigo-600"
          />
          Include key in curl
        </label>
      </div>
      <p className={hintClass} aria-live="polite">
        {flash ??
          (includeKey
            ? hasKey
              ? "The curl command will contain your key: do not share it."
              : "No key is set, so the curl command has no Authorization header."
            : "The curl command reads the key from $API_KEY.")}
      </p>
    </div>
  );
}

/** The exact JSON the next send will post; computed only while open. */
export function RequestPreview() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-1.5 self-start rounded-md text-sm font-medium text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-zinc-100"
      >
        <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
          ›
        </span>
        Request preview
      </button>
      <div id={id} hidden={!open}>
        {open ? <PreviewBody /> : null}
      </div>
    </div>
  );
}
