import { memo, useId, useState } from "react";
import {
  PARAMETERS,
  formatParam,
  parseParamInput,
  type ParamKey,
  type ParamSettings,
  type ParamSpec,
} from "../../domain/parameters";
import { setColumnParam } from "../../store/compare";

// Short names keep these controls apart from the Parameters panel's "Temperature", "Top P", … (matched by substring).
const SHORT: Record<ParamKey, string> = {
  temperature: "temp",
  top_p: "top-p",
  top_k: "top-k",
  max_tokens: "max tok",
};

const inputClass =
  "w-full min-w-0 rounded-md border border-zinc-300 bg-white px-1.5 py-1 text-xs tabular-nums focus:border-indigo-500 disabled:opacity-50 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900";

/** A toggle and a number box; typing a valid value turns the field on, as in the Parameters panel. */
function ParamField({
  columnId,
  params,
  number,
  spec,
  disabled,
}: {
  columnId: string;
  params: ParamSettings;
  number: number;
  spec: ParamSpec;
  disabled: boolean;
}) {
  const setting = params[spec.key];
  const [text, setText] = useState<string | null>(null);
  const errorId = useId();
  const parsed = text === null ? null : parseParamInput(spec, text);
  const error = parsed && !parsed.ok ? parsed.message : null;
  const name = `Column ${number} ${SHORT[spec.key]}`;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <div className="flex min-w-0 flex-col gap-0.5">
        <label className="flex items-center gap-1 text-[11px] font-medium whitespace-nowrap text-zinc-600 dark:text-zinc-300">
          <input
            type="checkbox"
            aria-label={`${name} on`}
            checked={setting.enabled}
            disabled={disabled}
            onChange={(e) => setColumnParam(columnId, spec.key, { enabled: e.currentTarget.checked })}
            className="accent-indigo-600"
          />
          <span aria-hidden="true">{SHORT[spec.key]}</span>
        </label>
        <input
          type="number"
          aria-label={name}
          title={spec.label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          min={spec.min}
          max={spec.max === Number.MAX_SAFE_INTEGER ? undefined : spec.max}
          step={spec.step}
          disabled={disabled}
          value={text ?? formatParam(spec, setting.value)}
          onFocus={() => setText(formatParam(spec, setting.value))}
          onBlur={() => setText(null)}
          onChange={(e) => {
            const raw = e.currentTarget.value;
            setText(raw);
            const result = parseParamInput(spec, raw);
            if (result.ok) setColumnParam(columnId, spec.key, { enabled: true, value: result.value });
          }}
          className={`${inputClass} ${setting.enabled ? "" : "text-zinc-500 dark:text-zinc-400"}`}
        />
      </div>
      {error ? (
        <span id={errorId} className="text-[11px] text-red-600 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The column's parameter set, table-driven; an unchecked field is left out of the column's request.
 * Memoized on the settings object, which streamed text leaves untouched.
 */
export const ColumnParams = memo(function ColumnParams({
  columnId,
  params,
  number,
  disabled,
}: {
  columnId: string;
  params: ParamSettings;
  number: number;
  disabled: boolean;
}) {
  return (
    <fieldset className="grid grid-cols-2 gap-x-3 gap-y-1.5" aria-label={`Column ${number} parameters`}>
      {PARAMETERS.map((spec) => (
        <ParamField
          key={spec.key}
          columnId={columnId}
          params={params}
          number={number}
          spec={spec}
          disabled={disabled}
        />
      ))}
    </fieldset>
  );
});
