// What to sweep: the parameter, its range and steps, samples per step and requests at once; with the
// values that will be sent and what the run will cost, before it runs.
import { useT, useLocale } from "../../components/i18n/use-t";
import { paramFieldProps } from "../../components/params/param-field";
import { NumberField, type NumberParse } from "../../components/ui/number-field";
import { fieldClass, hintClass } from "../../components/ui/styles";
import { PARAMETERS, type ParamKey } from "../../domain/parameter-table";
import { paramSpec } from "../../domain/parameters";
import {
  estimateSweep,
  MAX_CONCURRENCY,
  MAX_SAMPLES,
  MAX_STEPS,
  specProblems,
  sweepValues,
  type SpecProblem,
  type SweepSpec,
} from "../../domain/sweep";
import type { TFunction } from "../../lib/i18n/i18n";
import { formatList, formatNumber } from "../../lib/i18n/format";
import type { ParamSettings } from "../../domain/parameters";
import type { Usage } from "../../lib/openai/types";
import { setSpec, setSweepParam } from "../../store/sweep";

const FIELD_KEYS = {
  from: "sweep.from",
  to: "sweep.to",
  steps: "sweep.steps",
  samples: "sweep.samples",
  concurrency: "sweep.concurrency",
} as const;

function problemText(p: SpecProblem, t: TFunction): string {
  if (p.code === "duplicates") return t("sweep.problemDuplicates");
  return t("sweep.problemRange", { field: t(FIELD_KEYS[p.field]), min: p.min, max: p.max });
}

/** Whole numbers from `min` to `max`, as typed (full-width digits too). */
function countParser(field: keyof typeof FIELD_KEYS, max: number, t: TFunction) {
  return (text: string): NumberParse => {
    const n = Number(text.normalize("NFKC").trim());
    if (!/^\d+$/.test(text.normalize("NFKC").trim()) || n < 1 || n > max) {
      return { ok: false, message: t("sweep.problemRange", { field: t(FIELD_KEYS[field]), min: 1, max }) };
    }
    return { ok: true, value: n };
  };
}

const boxClass = "w-24 px-2 py-1";

export function SweepForm({
  spec,
  baseParams,
  lastUsage,
  disabled,
}: {
  spec: SweepSpec;
  baseParams: ParamSettings;
  lastUsage: Usage | undefined;
  disabled: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const param = paramSpec(spec.param);
  const valueProps = paramFieldProps(param, t);
  const problems = specProblems(spec);
  const estimate = estimateSweep(spec, baseParams, lastUsage);
  const count = (field: "steps" | "samples" | "concurrency", max: number) => (
    <label className="flex flex-col gap-1 text-xs font-medium">
      <span aria-hidden="true">{t(FIELD_KEYS[field])}</span>
      <NumberField
        label={t(FIELD_KEYS[field])}
        value={spec[field]}
        format={String}
        parse={countParser(field, max, t)}
        onCommit={(value) => setSpec({ [field]: value })}
        min={1}
        max={max}
        step={1}
        integer
        disabled={disabled}
        className={boxClass}
      />
    </label>
  );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-xs font-medium">
          {t("sweep.parameter")}
          <select
            value={spec.param}
            disabled={disabled}
            onChange={(e) => setSweepParam(e.currentTarget.value as ParamKey)}
            className={`${fieldClass} px-2 py-1`}
          >
            {PARAMETERS.map((p) => (
              <option key={p.key} value={p.key}>
                {t(p.labelKey)}
              </option>
            ))}
          </select>
        </label>
        {(["from", "to"] as const).map((field) => (
          <label key={field} className="flex flex-col gap-1 text-xs font-medium">
            <span aria-hidden="true">{t(FIELD_KEYS[field])}</span>
            <NumberField
              // The parameter is part of the key, so switching it drops a half-typed value.
              key={`${spec.param}-${field}`}
              label={t(FIELD_KEYS[field])}
              value={spec[field]}
              {...valueProps}
              onCommit={(value) => setSpec({ [field]: value })}
              disabled={disabled}
              className={boxClass}
            />
          </label>
        ))}
        {count("steps", MAX_STEPS)}
        {count("samples", MAX_SAMPLES)}
        {count("concurrency", MAX_CONCURRENCY)}
      </div>
      {problems.length > 0 ? (
        <ul className="text-xs text-red-600 dark:text-red-400" role="alert">
          {problems.map((p) => (
            <li key={`${p.field}-${p.code}`}>{problemText(p, t)}</li>
          ))}
        </ul>
      ) : (
        <p className={hintClass} aria-live="polite">
          {t("sweep.values", {
            values: formatList(
              sweepValues(spec).map((v) => formatNumber(v, locale, 4)),
              locale,
            ),
          })}
          {" · "}
          {estimate.tokens
            ? t("sweep.estimate", {
                requests: estimate.requests,
                tokens: formatNumber(estimate.tokens.total, locale),
              })
            : t("sweep.estimateNoUsage", { requests: estimate.requests })}
        </p>
      )}
    </div>
  );
}
