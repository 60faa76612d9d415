import { useId } from "react";
import { useT } from "../../components/i18n/use-t";
import { AlertIcon } from "../../components/ui/icons";
import { PARAMETERS } from "../../domain/parameter-table";
import {
  saveAsDefault,
  setSystemPrompt,
  useParamTarget,
  useTargetIsConversation,
} from "../../store/parameters";
import { ExtraBodyField } from "./ExtraBodyField";
import { ParamRow } from "./ParamRow";
import { PresetPicker } from "./PresetPicker";
import { RequestPreview } from "./RequestPreview";
import { fieldClass, hintClass, smallButtonClass } from "../../components/ui/styles";
import { useFlash } from "./use-flash";

function SaveAsDefault() {
  const t = useT();
  const [flash, showFlash] = useFlash();
  const descriptionId = useId();
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={smallButtonClass}
          aria-describedby={descriptionId}
          onClick={() => {
            saveAsDefault();
            showFlash(t("parameters.saved"));
          }}
        >
          {t("parameters.saveAsDefault")}
        </button>
        <span role="status" className="text-xs font-medium text-emerald-700 dark:text-emerald-400">
          {flash}
        </span>
      </div>
      <p id={descriptionId} className={hintClass}>
        {t("parameters.saveAsDefaultHint")}
      </p>
    </div>
  );
}

export interface ParametersPanelProps {
  /** Placement (width, borders, scrolling container) is the host's; the panel only lays out its contents. */
  className?: string;
}

/** System prompt, sampling parameters, presets and the request preview of the conversation on screen. */
export function ParametersPanel({ className = "" }: ParametersPanelProps) {
  const t = useT();
  const target = useParamTarget();
  const { systemPrompt, params, extraBody } = target;
  const isConversation = useTargetIsConversation();
  const headingId = useId();
  const promptId = useId();
  const bothSampling = params.temperature.enabled && params.top_p.enabled;

  return (
    <section
      aria-labelledby={headingId}
      className={`flex w-full flex-col gap-4 overflow-y-auto p-4 text-sm text-zinc-900 dark:text-zinc-100 ${className}`}
    >
      <div>
        <h2 id={headingId} className="text-sm font-semibold">
          {t("parameters.panel")}
        </h2>
        <p className={hintClass}>
          {isConversation ? t("parameters.forConversation") : t("parameters.forDraft")}
        </p>
      </div>

      <div className="flex flex-col gap-1">
        <label htmlFor={promptId} className="font-medium">
          {t("parameters.systemPrompt")}
        </label>
        <textarea
          id={promptId}
          value={systemPrompt}
          rows={3}
          placeholder={t("parameters.systemPromptPlaceholder")}
          onChange={(e) => setSystemPrompt(e.target.value)}
          className={`${fieldClass} max-h-64 w-full resize-y px-2.5 py-1.5 leading-5`}
        />
      </div>

      <PresetPicker target={target} />

      <div className="flex flex-col gap-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
        {PARAMETERS.map((spec) => (
          <ParamRow key={spec.key} spec={spec} setting={params[spec.key]} />
        ))}
        {bothSampling ? (
          <p className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 px-2.5 py-2 text-xs text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-200">
            <AlertIcon className="mt-px shrink-0" width={14} height={14} />
            <span>{t("parameters.bothSampling")}</span>
          </p>
        ) : null}
      </div>

      <div className="flex flex-col gap-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
        <ExtraBodyField value={extraBody} />
        <SaveAsDefault />
        <RequestPreview />
      </div>
    </section>
  );
}
