// The sampling parameters as data: this one table drives the Parameters panel, the Compare columns,
// validation, defaults, help, the stored-data schema and the request. A new parameter is a new entry here
// (see docs/architecture.md); nothing else needs to change.

interface ParamFields {
  /** The request field, e.g. `temperature`. */
  key: string;
  label: string;
  /** A compact name for the narrow Compare columns; unlike `label`, so the panel's names never match them. */
  shortLabel: string;
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
  providerDefault: string;
  help: string;
}

const TABLE = [
  {
    key: "temperature",
    label: "Temperature",
    shortLabel: "temp",
    min: 0,
    max: 2,
    sliderMin: 0,
    sliderMax: 2,
    step: 0.01,
    integer: false,
    scale: "linear",
    initial: 0.7,
    providerDefault: "the model's own default",
    help: "Randomness of the output. Low values (e.g. 0.2) are focused and deterministic; high values (e.g. 1.5) are more random and creative. Range 0–2.",
  },
  {
    key: "top_p",
    label: "Top P",
    shortLabel: "top-p",
    min: 0,
    max: 1,
    sliderMin: 0,
    sliderMax: 1,
    step: 0.01,
    integer: false,
    scale: "linear",
    initial: 0.9,
    providerDefault: "1.0 (all tokens considered)",
    help: "Nucleus sampling: pick only from the most likely tokens whose probabilities add up to P. 0.9 means the top 90% of probability mass. Default 1.0. The provider advises not to tune Temperature and Top P together.",
  },
  {
    key: "top_k",
    label: "Top K",
    shortLabel: "top-k",
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    sliderMin: 1,
    sliderMax: 100,
    step: 1,
    integer: true,
    scale: "linear",
    initial: 40,
    providerDefault: "unlimited",
    help: "Sample only from the K most likely tokens; smaller values give more focused output. Default: unlimited. Some endpoints reject this field (HTTP 400 “Unknown name top_k”).",
  },
  {
    key: "max_tokens",
    label: "Max tokens",
    shortLabel: "max tok",
    min: 1,
    max: 65536,
    sliderMin: 1,
    sliderMax: 65536,
    step: 1,
    integer: true,
    scale: "log",
    initial: 2000,
    providerDefault: "the model's own limit",
    help: "The most tokens the reply may use. Too small a value cuts the answer off; reasoning tokens count against it, so a very small value can give an empty answer.",
  },
] as const satisfies readonly ParamFields[];

export type ParamKey = (typeof TABLE)[number]["key"];

export interface ParamSpec extends ParamFields {
  key: ParamKey;
}

export const PARAMETERS: readonly ParamSpec[] = TABLE;
