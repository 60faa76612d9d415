// The words for a sampling parameter and for a refused value, shared by the Parameters panel and Compare.
import type { ParamSpec } from "../../domain/parameter-table";
import type { ParamProblem } from "../../domain/parameters";
import type { TFunction } from "../../lib/i18n/i18n";

export const paramLabel = (spec: ParamSpec, t: TFunction): string => t(spec.labelKey);

const PROBLEM_KEYS = {
  needsValue: "parameters.needsValue",
  notNumber: "parameters.notNumber",
  notInteger: "parameters.notInteger",
} as const;

/** "Temperature must be 0–2." in the UI's language. */
export function paramProblemText(spec: ParamSpec, problem: ParamProblem, t: TFunction): string {
  const name = paramLabel(spec, t);
  switch (problem.code) {
    case "range":
      return t("parameters.range", { name, min: problem.min, max: problem.max });
    case "atLeast":
      return t("parameters.atLeast", { name, min: problem.min });
    default:
      return t(PROBLEM_KEYS[problem.code], { name });
  }
}
