// How a parameter of the table is typed into a NumberField (the Parameters panel and Compare columns).
import type { ParamSpec } from "../../domain/parameter-table";
import { formatParam, parseParamInput } from "../../domain/parameters";
import type { TFunction } from "../../lib/i18n/i18n";
import type { NumberParse } from "../ui/number-field";
import { paramProblemText } from "./param-text";

export function paramFieldProps(
  spec: ParamSpec,
  t: TFunction,
): {
  format: (value: number) => string;
  parse: (text: string) => NumberParse;
  min: number;
  max: number | undefined;
  step: number;
  integer: boolean;
} {
  return {
    format: (value) => formatParam(spec, value),
    parse: (text) => {
      const result = parseParamInput(spec, text);
      return result.ok ? result : { ok: false, message: paramProblemText(spec, result.problem, t) };
    },
    min: spec.min,
    // Top K has no upper bound in the API: the box says none rather than a huge number.
    max: spec.max === Number.MAX_SAFE_INTEGER ? undefined : spec.max,
    step: spec.step,
    integer: spec.integer,
  };
}
