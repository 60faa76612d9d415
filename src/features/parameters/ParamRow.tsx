import { useId, useState } from "react";
import { IconButton } from "../../components/ui/button";
import { RefreshIcon } from "../../components/ui/icons";
import {
  formatParam,
  parseParamInput,
  SLIDER_STEPS,
  sliderToValue,
  valueToSlider,
  type ParamSetting,
} from "../../domain/parameters";
import type { ParamSpec } from "../../domain/parameter-table";
import { resetParam, setParam, setParamEnabled } from "../../store/parameters";
import { errorClass, fieldClass, hintClass } from "../../components/ui/styles";

/**
 * The typed value. While focused the box keeps the user's own text (so "0." can become "0.5"); every valid
 * text is stored at once, an invalid one is only reported, and leaving the box shows the stored value again.
 */
function NumberBox({
  spec,
  value,
  describedBy,
  errorId,
}: {
  spec: ParamSpec;
  value: number;
  describedBy: string | undefined;
  errorId: string;
}) {
  const [text, setText] = useState<string | null>(null);
  const [badInput, setBadInput] = useState(false);
  const parsed = text === null ? null : parseParamInput(spec, text);
  const error = badInput ? `${spec.label} must be a number.` : parsed && !parsed.ok ? parsed.message : null;
  const unbounded = spec.max === Number.MAX_SAFE_INTEGER;

  return (
    <>
      <input
        type="number"
        aria-label={spec.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined}
        inputMode={spec.integer ? "numeric" : "decimal"}
        min={spec.min}
        max={unbounded ? undefined : spec.max}
        step={spec.step}
        value={text ?? formatParam(spec, value)}
        onFocus={() => setText(formatParam(spec, value))}
        // onInput, not onChange: React drops a change that leaves the text as it was, but typing the shown
        // value (say the initial 0.9) is still a choice, and it must turn the field on.
        onInput={(e) => {
          const input = e.currentTarget;
          // A half-typed number such as "1e" reads as "" with badInput set; it is not an empty box.
          setBadInput(input.validity.badInput);
          setText(input.value);
          const result = parseParamInput(spec, input.value);
          if (result.ok && !input.validity.badInput) setParam(spec.key, result.value);
        }}
        onChange={() => {}}
        onBlur={() => {
          setText(null);
          setBadInput(false);
        }}
        className={`${fieldClass} w-24 shrink-0 px-2 py-1 text-right font-mono tabular-nums`}
      />
      {error ? (
        <p id={errorId} className={`${errorClass} basis-full`}>
          {error} The last valid value ({formatParam(spec, value)}) is kept.
        </p>
      ) : null}
    </>
  );
}

/** One parameter: its switch, slider, number box, reset and help, all named after the table's label. */
export function ParamRow({ spec, setting }: { spec: ParamSpec; setting: ParamSetting }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const id = useId();
  const helpId = `${id}-help`;
  const hintId = `${id}-hint`;
  const { enabled, value } = setting;
  const log = spec.scale === "log";
  const shown = formatParam(spec, value);
  const valueText = enabled ? shown : `${shown}, not sent`;
  const canReset = enabled || value !== spec.initial;

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center gap-2">
        <input
          type="checkbox"
          className="toggle"
          aria-label={`Send ${spec.label}`}
          title={enabled ? "Sent with the request" : "Not sent: the provider's default applies"}
          checked={enabled}
          onChange={(e) => setParamEnabled(spec.key, e.target.checked)}
        />
        <span className={`font-medium ${enabled ? "" : "text-zinc-500 dark:text-zinc-400"}`}>
          {spec.label}
        </span>
        <button
          type="button"
          aria-label={`About ${spec.label}`}
          aria-expanded={helpOpen}
          aria-controls={helpId}
          onClick={() => setHelpOpen((o) => !o)}
          className="inline-flex h-5 w-5 items-center justify-center rounded-full border border-zinc-300 text-[11px] leading-none font-semibold text-zinc-500 hover:border-indigo-400 hover:text-indigo-600 aria-expanded:border-indigo-500 aria-expanded:text-indigo-600 dark:border-zinc-600 dark:text-zinc-400"
        >
          ?
        </button>
        <span className="flex-1" />
        <IconButton
          label={`Reset ${spec.label}`}
          disabled={!canReset}
          onClick={() => resetParam(spec.key)}
          className="h-7 w-7"
        >
          <RefreshIcon width={14} height={14} />
        </IconButton>
      </div>

      <div className={`flex flex-wrap items-center gap-3 ${enabled ? "" : "opacity-60"}`}>
        <input
          type="range"
          aria-label={spec.label}
          aria-valuenow={value}
          aria-valuemin={spec.sliderMin}
          aria-valuemax={spec.sliderMax}
          aria-valuetext={valueText}
          aria-describedby={enabled ? undefined : hintId}
          // Linear ranges work in value units so keyboard steps and programmatic fills land on exact values;
          // the log scale needs positions, since equal steps of tokens would make small values unreachable.
          min={log ? 0 : spec.sliderMin}
          max={log ? SLIDER_STEPS : spec.sliderMax}
          step={log ? 1 : spec.step}
          value={log ? valueToSlider(spec, value) : Math.min(spec.sliderMax, Math.max(spec.sliderMin, value))}
          // onInput for the same reason as the number box: moving to the shown value still turns the field on.
          onInput={(e) => {
            const n = Number(e.currentTarget.value);
            setParam(spec.key, log ? sliderToValue(spec, n) : n);
          }}
          onChange={() => {}}
          className="h-5 min-w-0 flex-1 cursor-pointer accent-indigo-600 dark:accent-indigo-400"
        />
        <NumberBox
          spec={spec}
          value={value}
          describedBy={enabled ? undefined : hintId}
          errorId={`${id}-error`}
        />
      </div>

      {enabled ? null : (
        <p id={hintId} className={hintClass}>
          Not sent — provider default: {spec.providerDefault}
        </p>
      )}
      <p
        id={helpId}
        hidden={!helpOpen}
        className="rounded-lg bg-zinc-100 px-2.5 py-2 text-xs text-zinc-600 dark:bg-zinc-800/70 dark:text-zinc-300"
      >
        {spec.help} When not sent, the provider uses {spec.providerDefault}.
      </p>
    </div>
  );
}
