// Compare: the same user message answered with 2–4 parameter sets. Pure helpers for the columns' settings.
import { PARAMETERS, type ParamKey } from "./parameter-table";
import { defaultParamSettings, normalizeParams, withParamValue, type ParamSettings } from "./parameters";

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 4;

/** Temperatures far enough apart that the difference shows in the text. */
const TEMPERATURE_LADDER = [0.2, 1.2, 0.7, 1.7] as const;

/** What a column sends for one parameter: a value within range, or null when left to the provider. */
export function effectiveValue(params: ParamSettings, key: ParamKey): number | null {
  const setting = params[key];
  return setting?.enabled ? setting.value : null;
}

/** The first temperature of the ladder no column uses yet (the ladder wraps when all are taken). */
function unusedTemperature(columns: readonly ParamSettings[]): number {
  const used = new Set(columns.map((c) => effectiveValue(c, "temperature")));
  return TEMPERATURE_LADDER.find((t) => !used.has(t)) ?? TEMPERATURE_LADDER[columns.length % 4] ?? 1;
}

/**
 * The starting columns: the conversation's own settings, and the same with a clearly different temperature,
 * since temperature is the parameter whose effect most readers want to see first.
 */
export function defaultColumns(params: ParamSettings): ParamSettings[] {
  const first = normalizeParams(params);
  const current = effectiveValue(first, "temperature");
  const contrast = current !== null && current >= 1 ? 0.2 : 1.2;
  return [first, withParamValue(first, "temperature", contrast)];
}

/** A further column: the last one with a temperature no other column uses. */
export function nextColumn(columns: readonly ParamSettings[]): ParamSettings {
  const last = columns[columns.length - 1];
  const base = last ?? defaultParamSettings();
  return withParamValue(base, "temperature", unusedTemperature(columns));
}

/** The parameters whose sent value is not the same in every column, in table order. */
export function differingKeys(columns: readonly ParamSettings[]): ParamKey[] {
  return PARAMETERS.filter((spec) => {
    const values = new Set(columns.map((c) => effectiveValue(c, spec.key)));
    return values.size > 1;
  }).map((spec) => spec.key);
}

/** The words a column label is made of, in the UI's language. */
export interface DifferenceWords {
  label: (key: ParamKey) => string;
  /** For a field left out of the request. */
  off: string;
  /** For columns that differ in nothing. */
  same: string;
}

/**
 * One label per column naming only what differs, e.g. "Temperature 0.2" next to "Temperature 1.2, Top K off".
 * "off" means the field is left out of the request. When the columns' models differ, each label starts
 * with its model. Columns that differ in nothing say so.
 */
export function describeDifferences(
  columns: readonly ParamSettings[],
  words: DifferenceWords,
  models: readonly string[] = [],
): string[] {
  const keys = differingKeys(columns);
  const modelsDiffer = new Set(models.map((m) => m.trim())).size > 1;
  if (keys.length === 0 && !modelsDiffer) return columns.map(() => words.same);
  return columns.map((c, i) =>
    [
      ...(modelsDiffer ? [models[i]?.trim() ?? ""] : []),
      ...keys.map((key) => {
        const value = effectiveValue(c, key);
        return `${words.label(key)} ${value === null ? words.off : String(value)}`;
      }),
    ].join(", "),
  );
}
