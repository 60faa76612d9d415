import { memo } from "react";
import { useT } from "../../components/i18n/use-t";
import { paramFieldProps } from "../../components/params/param-field";
import { paramLabel } from "../../components/params/param-text";
import { NumberField } from "../../components/ui/number-field";
import { PARAMETERS, type ParamSpec } from "../../domain/parameter-table";
import type { ParamSettings } from "../../domain/parameters";
import { setColumnParam } from "../../store/compare";

/** A toggle and a number box; a value applied in the box turns the field on, as in the Parameters panel. */
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
  const t = useT();
  const setting = params[spec.key];
  // Short names keep these controls apart from the Parameters panel's "Temperature", "Top P", … (matched by substring).
  const short = t(spec.shortLabelKey);
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label className="flex items-center gap-1 text-[11px] font-medium whitespace-nowrap text-zinc-600 dark:text-zinc-300">
        <input
          type="checkbox"
          aria-label={t("compare.fieldOn", { number, param: short })}
          checked={setting.enabled}
          disabled={disabled}
          onChange={(e) => setColumnParam(columnId, spec.key, { enabled: e.currentTarget.checked })}
          className="accent-indigo-600"
        />
        <span aria-hidden="true">{short}</span>
      </label>
      <NumberField
        label={t("compare.fieldName", { number, param: short })}
        title={paramLabel(spec, t)}
        value={setting.value}
        {...paramFieldProps(spec, t)}
        onCommit={(value) => setColumnParam(columnId, spec.key, { enabled: true, value })}
        disabled={disabled}
        className={`w-full min-w-0 !rounded-md px-1.5 py-1 !text-xs disabled:opacity-50 ${setting.enabled ? "" : "text-zinc-500 dark:text-zinc-400"}`}
        messageClassName="!text-[11px]"
      />
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
  const t = useT();
  return (
    <fieldset
      className="grid grid-cols-2 gap-x-3 gap-y-1.5"
      aria-label={t("compare.columnParams", { number })}
    >
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
