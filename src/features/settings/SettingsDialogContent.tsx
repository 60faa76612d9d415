// The Settings dialog itself, loaded (with react-query) the first time Settings opens: see SettingsDialog.tsx.
import { QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { errorMessage } from "../../components/i18n/error-message";
import { Rich } from "../../components/i18n/Rich";
import { useT } from "../../components/i18n/use-t";
import { Button } from "../../components/ui/button";
import { CentredDialog } from "../../components/ui/centred-dialog";
import { DEFAULT_BASE_URL, DEFAULT_MODEL } from "../../domain/types";
import { updateSettings, useAppStore } from "../../store/app-store";
import { LanguageField } from "./LanguageField";
import { NetworkFields } from "./NetworkFields";
import { StorageUsageMeter } from "./StorageUsage";
import { modelsQuery } from "../../components/models/models-query";
import { queryClient } from "../../components/models/query-client";
import { ThemeField } from "./ThemeField";

/** Host names are shown as they are; the proxy is named in the UI's language. */
const BASE_PRESETS = [
  { host: null, url: DEFAULT_BASE_URL },
  { host: "api.evolink.ai", url: "https://api.evolink.ai/v1" },
  { host: "direct.evolink.ai", url: "https://direct.evolink.ai/v1" },
];

/** Code shown in help texts: the same in every language. */
const ENDPOINT_PATTERN = "{base}/chat/completions";
const AUTH_HEADER = "Authorization: Bearer …";
const KEY_PLACEHOLDER = "sk-…";

const field =
  "w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 dark:border-zinc-700 dark:bg-zinc-900";

function ModelField() {
  const t = useT();
  const settings = useAppStore((s) => s.settings);
  const listId = useId();
  const models = useQuery(modelsQuery(settings.baseUrl, settings.apiKey));
  return (
    <div>
      <label htmlFor="settings-model" className="mb-1 block text-sm font-medium">
        {t("settings.model")}
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
          ? t("settings.modelsLoading")
          : models.isError
            ? t("settings.modelsFailed", { reason: errorMessage(models.error, t) })
            : models.data
              ? t("settings.modelsLoaded", { count: models.data.length })
              : t("settings.modelsAny")}
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
  const t = useT();
  const settings = useAppStore((s) => s.settings);
  const [showKey, setShowKey] = useState(false);

  return (
    <CentredDialog
      open={open}
      onClose={onClose}
      title={t("settings.dialog")}
      closeLabel={t("settings.close")}
      widthClass="w-[min(32rem,calc(100vw-2rem))]"
      gapClass="gap-5"
    >
      <div>
        <label htmlFor="settings-base" className="mb-1 block text-sm font-medium">
          {t("settings.baseUrl")}
        </label>
        <input
          id="settings-base"
          className={`${field} font-mono`}
          value={settings.baseUrl}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => updateSettings({ baseUrl: e.target.value.trim() })}
        />
        <div className="mt-2 flex flex-wrap gap-1.5" role="group" aria-label={t("settings.baseUrlPresets")}>
          {BASE_PRESETS.map((p) => (
            <button
              key={p.url}
              type="button"
              aria-pressed={settings.baseUrl === p.url}
              onClick={() => updateSettings({ baseUrl: p.url })}
              className="rounded-full border border-zinc-300 px-2.5 py-0.5 text-xs text-zinc-600 hover:bg-zinc-100 aria-pressed:border-indigo-500 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-indigo-950 dark:aria-pressed:text-indigo-300"
            >
              {p.host ?? t("settings.builtInProxy")}
            </button>
          ))}
        </div>
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          <Rich
            k="settings.baseUrlHelp"
            values={{ endpoint: ENDPOINT_PATTERN, proxy: DEFAULT_BASE_URL }}
            components={{ 0: <code className="font-mono" />, 1: <code className="font-mono" /> }}
          />
        </p>
      </div>

      <div>
        <label htmlFor="settings-key" className="mb-1 block text-sm font-medium">
          {t("settings.apiKey")}
        </label>
        <div className="flex gap-2">
          <input
            id="settings-key"
            type={showKey ? "text" : "password"}
            className={`${field} font-mono`}
            value={settings.apiKey}
            placeholder={KEY_PLACEHOLDER}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => updateSettings({ apiKey: e.target.value.trim() })}
          />
          <Button variant="secondary" onClick={() => setShowKey((v) => !v)} aria-pressed={showKey}>
            {showKey ? t("settings.hideKey") : t("settings.showKey")}
          </Button>
        </div>
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          <Rich
            k="settings.apiKeyHelp"
            values={{ header: AUTH_HEADER }}
            components={{ 0: <code className="font-mono" /> }}
          />
        </p>
      </div>

      <ModelField />

      <LanguageField className={field} />

      <StorageUsageMeter />

      <div className="flex items-center justify-between gap-3">
        <div>
          <label htmlFor="settings-stream" className="text-sm font-medium">
            {t("settings.stream")}
          </label>
          <p id="settings-stream-help" className="text-xs text-zinc-500 dark:text-zinc-400">
            {t("settings.streamHelp")}
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

      <ThemeField />

      <NetworkFields />

      <div className="flex justify-end">
        <Button variant="primary" onClick={onClose}>
          {t("settings.done")}
        </Button>
      </div>
    </CentredDialog>
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
