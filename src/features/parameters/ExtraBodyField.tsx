import { useId, useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { parseExtraBody, type ExtraBodyProblem } from "../../domain/extra-body";
import type { TFunction } from "../../lib/i18n/i18n";
import { setExtraBody } from "../../store/parameters";
import { errorClass, fieldClass, hintClass } from "../../components/ui/styles";

/** A sample value, not words: the same in every language. */
const EXAMPLE = '{"reasoning_effort": "low"}';

function problemText(problem: ExtraBodyProblem, t: TFunction): string {
  switch (problem.code) {
    case "notJson":
      return t("parameters.extraNotJson", { detail: problem.detail });
    case "notObject":
      return t("parameters.extraNotObject", { example: EXAMPLE });
    case "protected":
      return t("parameters.extraProtected", { fields: problem.fields.join(", ") });
  }
}

/** Provider options the table does not cover, typed as a JSON object; invalid text is kept but never sent. */
export function ExtraBodyField({ value }: { value: string }) {
  const t = useT();
  const [open, setOpen] = useState(() => value.trim() !== "");
  const id = useId();
  const result = parseExtraBody(value);
  const fieldCount = result.ok ? Object.keys(result.value).length : 0;

  return (
    <div className="flex flex-col gap-1.5">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-1.5 self-start rounded-md text-sm font-medium text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-zinc-100"
      >
        <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
          ›
        </span>
        {t("parameters.advanced")}
      </button>
      {!open && !result.ok ? (
        <p className="text-xs text-amber-700 dark:text-amber-400">{t("parameters.extraInvalidClosed")}</p>
      ) : null}
      <div id={`${id}-body`} hidden={!open} className="flex flex-col gap-1">
        <label htmlFor={`${id}-input`} className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
          {t("parameters.extraFields")}
        </label>
        <textarea
          id={`${id}-input`}
          value={value}
          rows={3}
          spellCheck={false}
          placeholder={EXAMPLE}
          aria-invalid={result.ok ? undefined : true}
          aria-describedby={`${id}-status`}
          onChange={(e) => setExtraBody(e.target.value)}
          className={`${fieldClass} w-full resize-y px-2.5 py-1.5 font-mono text-xs leading-5`}
        />
        <p id={`${id}-status`} className={result.ok ? hintClass : errorClass}>
          {result.ok
            ? fieldCount > 0
              ? t("parameters.extraCount", { count: fieldCount })
              : t("parameters.extraHint")
            : t("parameters.extraNotSent", { problem: problemText(result.problem, t) })}
        </p>
      </div>
    </div>
  );
}
