import { useId, useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { paramLabel } from "../../components/params/param-text";
import { IconButton } from "../../components/ui/button";
import { NumberField } from "../../components/ui/number-field";
import { RefreshIcon } from "../../components/ui/icons";
import { paramFieldProps } from "../../components/params/param-field";
import {
  formatParam,
  SLIDER_STEPS,
  sliderToValue,
  valueToSlider,
  type ParamSetting,
} from "../../domain/parameters";
import type { ParamSpec } from "../../domain/parameter-table";
import { resetParam, setParam, setParamEnabled } from "../../store/parameters";
import { hintClass } from "../../components/ui/styles";

/** One parameter: its switch, slider, number box, reset and help, all named after the table's label. */
export function ParamRow({ spec, setting }: { spec: ParamSpec; setting: ParamSetting }) {
  const t = useT();
  const label = paramLabel(spec, t);
  const [helpOpen, setHelpOpen] = useState(false);
  const id = useId();
  const helpId = `${id}-help`;
  const hintId = `${id}-hint`;
  const { enabled, value } = setting;
  const log = spec.scale === "log";
  const shown = formatParam(spec, value);
  const valueText = enabled ? shown : t("parameters.valueNotSent", { value: shown });
  const providerDefault = t(spec.providerDefaultKey);
  const canReset = enabled || value !== spec.initial;

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center gap-2">
        <input
          type="checkbox"
          className="toggle"
          aria-label={t("parameters.send", { name: label })}
          title={enabled ? t("parameters.sentTitle") : t("parameters.notSentTitle")}
          checked={enabled}
          onChange={(e) => setParamEnabled(spec.key, e.target.checked)}
        />
        <span className={`font-medium ${enabled ? "" : "text-zinc-500 dark:text-zinc-400"}`}>{label}</span>
        <button
          type="button"
          aria-label={t("parameters.about", { name: label })}
          aria-expanded={helpOpen}
          aria-controls={helpId}
          onClick={() => setHelpOpen((o) => !o)}
          className="inline-flex h-5 w-5 items-center justify-center rounded-full border border-zinc-300 text-[11px] leading-none font-semibold text-zinc-500 hover:border-indigo-400 hover:text-indigo-600 aria-expanded:border-indigo-500 aria-expanded:text-indigo-600 dark:border-zinc-600 dark:text-zinc-400"
        >
          ?
        </button>
        <span className="flex-1" />
        <IconButton
          label={t("parameters.reset", { name: label })}
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
          aria-label={label}
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
        <NumberField
          label={label}
          value={value}
          {...paramFieldProps(spec, t)}
          onCommit={(v) => setParam(spec.key, v)}
          describedBy={enabled ? undefined : hintId}
          className="w-24 shrink-0 px-2 py-1 text-right"
          messageClassName="basis-full"
        />
      </div>

      {enabled ? null : (
        <p id={hintId} className={hintClass}>
          {t("parameters.notSentHint", { providerDefault })}
        </p>
      )}
      <p
        id={helpId}
        hidden={!helpOpen}
        className="rounded-lg bg-zinc-100 px-2.5 py-2 text-xs text-zinc-600 dark:bg-zinc-800/70 dark:text-zinc-300"
      >
        {t("parameters.helpWithDefault", { help: t(spec.helpKey), providerDefault })}
      </p>
    </div>
  );
}
