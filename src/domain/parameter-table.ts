// The sampling parameters as data: this one table drives the Parameters panel, the Compare columns,
// validation, defaults, help, the stored-data schema and the request. A new parameter is a new entry here
// (see docs/architecture.md) plus its words in the catalogues (src/lib/i18n/locales/*/parameters.json).
import type { MessageKey } from "../lib/i18n/catalog";

interface ParamFields {
  /** The request field, e.g. `temperature`. */
  key: string;
  labelKey: MessageKey;
  /** A compact name for the narrow Compare columns; unlike the label, so the panel's names never match them. */
  shortLabelKey: MessageKey;
  min: number;
  /** The largest value accepted (Top K has no upper bound in the API). */
  max: number;
  /** The slider's range may be narrower than what the number box accepts. */
  sliderMin: number;
  sliderMax: number;
  step: number;
  integer: boolean;
  scale: "linear" | "log";
  /** The value shown when the user first turns the parameter on. */
  initial: number;
  /** What the provider does when the field is left out. */
  providerDefaultKey: MessageKey;
  helpKey: MessageKey;
}

const TABLE = [
  {
    key: "temperature",
    labelKey: "parameters.temperature",
    shortLabelKey: "compare.short_temperature",
    min: 0,
    max: 2,
    sliderMin: 0,
    sliderMax: 2,
    step: 0.01,
    integer: false,
    scale: "linear",
    initial: 0.7,
    providerDefaultKey: "parameters.temperatureDefault",
    helpKey: "parameters.temperatureHelp",
  },
  {
    key: "top_p",
    labelKey: "parameters.top_p",
    shortLabelKey: "compare.short_top_p",
    min: 0,
    max: 1,
    sliderMin: 0,
    sliderMax: 1,
    step: 0.01,
    integer: false,
    scale: "linear",
    initial: 0.9,
    providerDefaultKey: "parameters.topPDefault",
    helpKey: "parameters.topPHelp",
  },
  {
    key: "top_k",
    labelKey: "parameters.top_k",
    shortLabelKey: "compare.short_top_k",
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    sliderMin: 1,
    sliderMax: 100,
    step: 1,
    integer: true,
    scale: "linear",
    initial: 40,
    providerDefaultKey: "parameters.topKDefault",
    helpKey: "parameters.topKHelp",
  },
  {
    key: "max_tokens",
    labelKey: "parameters.max_tokens",
    shortLabelKey: "compare.short_max_tokens",
    min: 1,
    max: 65536,
    sliderMin: 1,
    sliderMax: 65536,
    step: 1,
    integer: true,
    scale: "log",
    initial: 2000,
    providerDefaultKey: "parameters.maxTokensDefault",
    helpKey: "parameters.maxTokensHelp",
  },
] as const satisfies readonly ParamFields[];

export type ParamKey = (typeof TABLE)[number]["key"];

export interface ParamSpec extends ParamFields {
  key: ParamKey;
}

export const PARAMETERS: readonly ParamSpec[] = TABLE;
