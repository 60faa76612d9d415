// The Settings dialog itself, loaded (with react-query) the first time Settings opens: see SettingsDialog.tsx.
import { QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { Button, IconButton } from "../../components/ui/button";
import { CloseIcon } from "../../components/ui/icons";
import { DEFAULT_BASE_URL, DEFAULT_MODEL } from "../../domain/types";
import { updateSettings, useAppStore } from "../../store/app-store";
import { LanguageField } from "./LanguageField";
import { NetworkFields } from "./NetworkFields";
import { StorageUsageMeter } from "./StorageUsage";
import { modelsQuery } from "./models-query";
import { queryClient } from "./query-client";

const BASE_PRESETS = [
  { label: "Built-in proxy", url: DEFAULT_BASE_URL },
  { label: "api.evolink.ai", url: "https://api.evolink.ai/v1" },
  { label: "direct.evolink.ai", url: "https://direct.evolink.ai/v1" },
];

const field =
  "w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm outline-none focus:border-indigo-400 focus:ring-2 focus:ring-indigo-500/20 dark:border-zinc-700 dark:bg-zinc-900";

function ModelField() {
  const settings = useAppStore((s) => s.settings);
  const listId = useId();
  const models = useQuery(modelsQuery(settings.baseUrl, settings.apiKey));
  return (
    <div>
      <label htmlFor="settings-model" className="mb-1 block text-sm font-medium">
        Model
      </label>
      <input
        id="settings-model"
        className={`${field} font-mono`}
        list={listId}
        value={settings.model}
        spellCheck={false}
        autoComplete="off"
        placeholder={DEFAULT_MODEL}
        onChange={(e) => updateSettings({ model: e.target.value })}
        onBlur={(e) => {
          if (!e.target.value.trim()) updateSettings({ model: DEFAULT_MODEL });
        }}
      />
      <datalist id={listId}>
        {(models.data ?? []).map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400" aria-live="polite">
        {models.isFetching
          ? "Loading the endpoint’s model list…"
          : models.isError
            ? `Could not load the model list (${models.error.message}) — any model id can still be typed.`
            : models.data
              ? `${models.data.length} models offered by this endpoint; any id can be typed.`
              : "Any model id can be typed."}
      </p>
    </div>
  );
}

export interface SettingsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** App-wide settings. Changes apply at once and are kept; Escape or Close dismisses the dialog. */
function SettingsDialogBody({ open, onClose }: SettingsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const settings = useAppStore((s) => s.settings);
  const [showKey, setShowKey] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === ref.current) onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100"
    >
      {open ? (
        <div className="flex flex-col gap-5 p-5">
          <div className="flex items-center justify-between">
            <h2 id={titleId} className="text-lg font-semibold">
              Settings
            </h2>
            <IconButton label="Close" onClick={onClose}>
              <CloseIcon />
            </IconButton>
          </div>

          <div>
            <label htmlFor="settings-base" className="mb-1 block text-sm font-medium">
              API base URL
            </label>
            <input
              id="settings-base"
              className={`${field} font-mono`}
              value={settings.baseUrl}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => updateSettings({ baseUrl: e.target.value.trim() })}
            />
            <div className="mt-2 flex flex-wrap gap-1.5" role="group" aria-label="Base URL presets">
              {BASE_PRESETS.map((p) => (
                <button
                  key={p.url}
                  type="button"
                  aria-pressed={settings.baseUrl === p.url}
                  onClick={() => updateSettings({ baseUrl: p.url })}
                  className="rounded-full border border-zinc-300 px-2.5 py-0.5 text-xs text-zinc-600 hover:bg-zinc-100 aria-pressed:border-indigo-500 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-indigo-950 dark:aria-pressed:text-indigo-300"
                >
                  {p.label}
                </button>
              ))}
            </div>
            <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
              Requests go to <code className="font-mono">{`{base}/chat/completions`}</code>. The built-in
              proxy (<code className="font-mono">/api/v1</code>) works even where the provider blocks browser
              requests.
            </p>
          </div>

          <div>
            <label htmlFor="settings-key" className="mb-1 block text-sm font-medium">
              API key
            </label>
            <div className="flex gap-2">
              <input
                id="settings-key"
                type={showKey ? "text" : "password"}
                className={`${field} font-mono`}
                value={settings.apiKey}
                placeholder="sk-…"
                spellCheck={false}
                autoComplete="off"
                onChange={(e) => updateSettings({ apiKey: e.target.value.trim() })}
              />
              <Button variant="secondary" onClick={() => setShowKey((v) => !v)} aria-pressed={showKey}>
                {showKey ? "Hide" : "Show"}
              </Button>
            </div>
            <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
              Sent only to the API base URL as <code className="font-mono">Authorization: Bearer …</code>;
              stored in this browser and never exported.
            </p>
          </div>

          <ModelField />

          <LanguageField className={field} />

          <StorageUsageMeter />

          <div className="flex items-center justify-between gap-3">
            <div>
              <label htmlFor="settings-stream" className="text-sm font-medium">
                Stream responses
              </label>
              <p id="settings-stream-help" className="text-xs text-zinc-500 dark:text-zinc-400">
                Show the reply as it is written. Off: wait for the whole answer.
              </p>
            </div>
            <input
              id="settings-stream"
              type="checkbox"
              aria-describedby="settings-stream-help"
              checked={settings.stream}
              onChange={(e) => updateSettings({ stream: e.target.checked })}
              className="toggle"
            />
          </div>

          <NetworkFields />

          <div className="flex justify-end">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

/** The dialog with its own query client: only the model list uses react-query. */
export default function SettingsDialogContent(props: SettingsDialogProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <SettingsDialogBody {...props} />
    </QueryClientProvider>
  );
}
