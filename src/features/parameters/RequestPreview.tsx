import { useEffect, useId, useMemo, useState } from "react";
import { Rich } from "../../components/i18n/Rich";
import { useT } from "../../components/i18n/use-t";
import { CopyIcon } from "../../components/ui/icons";
import { toCurl } from "../../domain/curl";
import { useAppStore } from "../../store/app-store";
import { imageStore } from "../../store/image-store";
import { useTargetSource } from "../../store/parameters";
import { absoluteEndpoint, previewImageKey, previewRequest, shortenImageUrls } from "./preview";
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
  const t = useT();
  const source = useTargetSource();
  const settings = useAppStore((s) => s.settings);
  const [includeKey, setIncludeKey] = useState(false);
  const [flash, showFlash] = useFlash();
  const imageUrls = useImageUrls(source);
  const placeholder = t("parameters.previewNextMessage");
  const body = useMemo(
    () => previewRequest(source, settings, placeholder, imageUrls),
    [source, settings, placeholder, imageUrls],
  );
  const json = useMemo(() => JSON.stringify(shortenImageUrls(body), null, 2), [body]);
  const url = absoluteEndpoint(settings.baseUrl, location.origin);
  const hasKey = settings.apiKey.trim() !== "";

  const copy = async (text: string, done: string) => {
    showFlash((await copyText(text)) ? done : t("parameters.copyFailed"));
  };

  return (
    <div className="flex flex-col gap-2">
      <p className={`${hintClass} break-all`}>
        <Rich
          k="parameters.previewLead"
          values={{ url, placeholder }}
          components={{ 0: <span className="font-mono" /> }}
        />
      </p>
      <pre
        role="region"
        aria-label={t("parameters.previewBody")}
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
            void copy(toCurl(url, body, { apiKey: settings.apiKey, includeKey }), t("parameters.curlCopied"))
          }
        >
          <CopyIcon width={12} height={12} />
          {t("parameters.copyCurl")}
        </button>
        <button
          type="button"
          className={smallButtonClass}
          onClick={() => void copy(JSON.stringify(body, null, 2), t("parameters.jsonCopied"))}
        >
          <CopyIcon width={12} height={12} />
          {t("parameters.copyJson")}
        </button>
        <label className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
          <input
            type="checkbox"
            checked={includeKey}
            onChange={(e) => setIncludeKey(e.target.checked)}
            className="accent-indigo-600"
          />
          {t("parameters.includeKey")}
        </label>
      </div>
      <p className={hintClass} aria-live="polite">
        {flash ??
          (includeKey
            ? hasKey
              ? t("parameters.curlHasKey")
              : t("parameters.curlNoKey")
            : t("parameters.curlEnvKey"))}
      </p>
    </div>
  );
}

/** The exact JSON the next send will post; computed only while open. */
export function RequestPreview() {
  const t = useT();
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
        {t("parameters.preview")}
      </button>
      <div id={id} hidden={!open}>
        {open ? <PreviewBody /> : null}
      </div>
    </div>
  );
}
