// How long the app waits: when a silent stream says so, and an optional limit for a whole reply.
import { useId, useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { DEFAULT_STALL_SECONDS } from "../../domain/types";
import { updateSettings, useAppStore } from "../../store/app-store";

const MAX_SECONDS = 3600;
const DEFAULT_TIMEOUT_SECONDS = 300;

const input =
  "w-24 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm tabular-nums outline-none focus:border-indigo-400 focus:ring-2 focus:ring-indigo-500/20 dark:border-zinc-700 dark:bg-zinc-900";
const help = "text-xs text-zinc-500 dark:text-zinc-400";

/** A whole number of seconds: typing is free, a valid value applies at once, blur puts back a valid one. */
function SecondsField({
  id,
  label,
  value,
  min,
  describedBy,
  onCommit,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  describedBy: string;
  onCommit: (seconds: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const parse = (text: string) => {
    const n = Number(text);
    return text.trim() !== "" && Number.isInteger(n) && n >= min && n <= MAX_SECONDS ? n : null;
  };
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={MAX_SECONDS}
        step={1}
        className={input}
        aria-describedby={describedBy}
        value={draft ?? String(value)}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = parse(e.target.value);
          if (n !== null) onCommit(n);
        }}
        onBlur={() => setDraft(null)}
      />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}

export function NetworkFields() {
  const t = useT();
  const stallSeconds = useAppStore((s) => s.settings.stallSeconds);
  const timeoutSeconds = useAppStore((s) => s.settings.timeoutSeconds);
  const stallHelp = useId();
  const timeoutHelp = useId();
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-medium">{t("network.legend")}</legend>
      <div>
        <SecondsField
          id="settings-stall"
          label={t("network.stallLabel")}
          value={stallSeconds}
          min={0}
          describedBy={stallHelp}
          onCommit={(n) => updateSettings({ stallSeconds: n })}
        />
        <p id={stallHelp} className={`mt-1 ${help}`}>
          {t("network.stallHelp", { seconds: DEFAULT_STALL_SECONDS })}
        </p>
      </div>
      <div>
        <div className="flex items-center gap-2">
          <input
            id="settings-timeout-on"
            type="checkbox"
            className="toggle"
            checked={timeoutSeconds > 0}
            aria-describedby={timeoutHelp}
            onChange={(e) =>
              updateSettings({ timeoutSeconds: e.target.checked ? DEFAULT_TIMEOUT_SECONDS : 0 })
            }
          />
          <label htmlFor="settings-timeout-on" className="text-sm">
            {t("network.timeoutToggle")}
          </label>
        </div>
        {timeoutSeconds > 0 ? (
          <div className="mt-2">
            <SecondsField
              id="settings-timeout"
              label={t("network.timeoutLabel")}
              value={timeoutSeconds}
              min={1}
              describedBy={timeoutHelp}
              onCommit={(n) => updateSettings({ timeoutSeconds: n })}
            />
          </div>
        ) : null}
        <p id={timeoutHelp} className={`mt-1 ${help}`}>
          {t("network.timeoutHelp")}
        </p>
      </div>
    </fieldset>
  );
}
