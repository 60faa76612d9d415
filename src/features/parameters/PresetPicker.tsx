import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useLocale, useT } from "../../components/i18n/use-t";
import { isComposing } from "../../components/keyboard/ime";
import { IconButton } from "../../components/ui/button";
import { EditIcon, TrashIcon } from "../../components/ui/icons";
import type { Preset } from "../../domain/types";
import type { TFunction } from "../../lib/i18n/i18n";
import { formatList } from "../../lib/i18n/format";
import {
  allPresets,
  BUILT_IN_PRESETS,
  matchingPreset,
  PRESET_NAME_MAX,
  PRESET_PARTS,
  presetParts,
  type PresetPart,
  type PresetTarget,
} from "../../domain/presets";
import { useAppStore } from "../../store/app-store";
import { applyPreset, deletePreset, renamePreset, savePreset, useUserPresets } from "../../store/parameters";
import { fieldClass, hintClass, smallButtonClass } from "../../components/ui/styles";

/** A built-in preset in the UI's language; the user's own by the name they gave it. */
const presetName = (p: Preset, t: TFunction) => (p.nameKey ? t(p.nameKey) : p.name);

const PART_NAMES = {
  params: "tuning.partParams",
  systemPrompt: "tuning.partSystemPrompt",
  model: "tuning.partModel",
  extraBody: "tuning.partExtraBody",
} as const satisfies Record<PresetPart, string>;

const INCLUDE_NAMES = {
  params: "tuning.includeParams",
  systemPrompt: "tuning.includeSystemPrompt",
  model: "tuning.includeModel",
  extraBody: "tuning.includeExtraBody",
} as const satisfies Record<PresetPart, string>;

/** What a new preset holds unless the user says otherwise: the parameters, and whatever else is set. */
function defaultParts(target: PresetTarget): PresetPart[] {
  return PRESET_PARTS.filter((part) =>
    part === "params" ? true : part === "model" ? Boolean(target.model?.trim()) : target[part].trim() !== "",
  );
}

type Mode = { kind: "idle" } | { kind: "save" } | { kind: "rename"; id: string };

function NameForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  children,
  ready = true,
}: {
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
  /** More fields, below the name. */
  children?: ReactNode;
  ready?: boolean;
}) {
  const t = useT();
  const [name, setName] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) onSubmit(name);
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-1.5">
      <div className="flex items-center gap-1.5">
        <input
          aria-label={t("parameters.presetName")}
          // The form opens on request, so typing the name follows at once.
          autoFocus
          value={name}
          maxLength={PRESET_NAME_MAX}
          placeholder={t("parameters.presetName")}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (isComposing(e)) {
              // Enter confirms the IME's conversion; it must not also submit the name.
              if (e.key === "Enter") e.preventDefault();
              return;
            }
            if (e.key === "Escape") {
              e.preventDefault();
              onCancel();
            }
          }}
          className={`${fieldClass} min-w-0 flex-1 px-2 py-1`}
        />
        <button type="submit" disabled={!name.trim() || !ready} className={smallButtonClass}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel} className={smallButtonClass}>
          {t("parameters.cancel")}
        </button>
      </div>
      {children}
    </form>
  );
}

/** The name and the parts a new preset holds. */
function SaveForm({ target, onDone }: { target: PresetTarget; onDone: (saved: Preset | null) => void }) {
  const t = useT();
  const [parts, setParts] = useState<PresetPart[]>(() => defaultParts(target));
  const toggle = (part: PresetPart, on: boolean) =>
    setParts((current) => PRESET_PARTS.filter((p) => (p === part ? on : current.includes(p))));
  return (
    <NameForm
      initial=""
      submitLabel={t("parameters.presetSave")}
      ready={parts.length > 0}
      onCancel={() => onDone(null)}
      onSubmit={(name) => onDone(savePreset(name, parts))}
    >
      <fieldset className="flex flex-wrap gap-x-3 gap-y-1">
        <legend className="sr-only">{t("tuning.presetHolds")}</legend>
        {PRESET_PARTS.map((part) => (
          <label key={part} className="flex items-center gap-1 text-xs text-zinc-600 dark:text-zinc-400">
            <input
              type="checkbox"
              checked={parts.includes(part)}
              disabled={part === "model" && !target.model?.trim()}
              onChange={(e) => toggle(part, e.currentTarget.checked)}
              className="accent-indigo-600"
            />
            {t(INCLUDE_NAMES[part])}
          </label>
        ))}
      </fieldset>
    </NameForm>
  );
}

/** Built-in and saved presets. The picker shows the preset the target equals in all it holds, if any. */
export function PresetPicker({ target }: { target: PresetTarget }) {
  const t = useT();
  const locale = useLocale();
  const userPresets = useUserPresets();
  const settingsModel = useAppStore((s) => s.settings.model);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const selectId = useId();
  const current = matchingPreset(target, allPresets(userPresets), chosenId, settingsModel);
  const currentUser = current && !current.builtIn ? current : undefined;

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center gap-1.5">
        <label htmlFor={selectId} className="font-medium">
          {t("parameters.preset")}
        </label>
        <select
          id={selectId}
          value={current?.id ?? ""}
          onChange={(e) => {
            const id = e.target.value;
            if (!id) return;
            setChosenId(id);
            applyPreset(id);
          }}
          className={`${fieldClass} min-w-0 flex-1 px-2 py-1`}
        >
          {current ? null : <option value="">{t("parameters.presetCustom")}</option>}
          <optgroup label={t("parameters.presetBuiltIn")}>
            {BUILT_IN_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {presetName(p, t)}
              </option>
            ))}
          </optgroup>
          {userPresets.length > 0 ? (
            <optgroup label={t("parameters.presetYours")}>
              {userPresets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {currentUser && mode.kind === "idle" ? (
          <>
            <IconButton
              label={t("parameters.presetRename")}
              className="h-7 w-7"
              onClick={() => setMode({ kind: "rename", id: currentUser.id })}
            >
              <EditIcon width={14} height={14} />
            </IconButton>
            <IconButton
              label={t("parameters.presetRemove")}
              className="h-7 w-7"
              onClick={() => {
                deletePreset(currentUser.id);
                setChosenId(null);
              }}
            >
              <TrashIcon width={14} height={14} />
            </IconButton>
          </>
        ) : null}
      </div>

      {mode.kind === "idle" ? (
        <div className="flex items-center gap-2">
          <button type="button" className={smallButtonClass} onClick={() => setMode({ kind: "save" })}>
            {t("parameters.presetSaveAs")}
          </button>
          <span className={hintClass}>
            {current
              ? t("tuning.presetHoldsList", {
                  parts: formatList(
                    presetParts(current).map((part) => t(PART_NAMES[part])),
                    locale,
                  ),
                })
              : t("parameters.presetHint")}
          </span>
        </div>
      ) : mode.kind === "save" ? (
        <SaveForm
          target={target}
          onDone={(saved) => {
            if (saved) setChosenId(saved.id);
            setMode({ kind: "idle" });
          }}
        />
      ) : (
        <NameForm
          initial={userPresets.find((p) => p.id === mode.id)?.name ?? ""}
          submitLabel={t("parameters.presetSaveName")}
          onCancel={() => setMode({ kind: "idle" })}
          onSubmit={(name) => {
            renamePreset(mode.id, name);
            setMode({ kind: "idle" });
          }}
        />
      )}
    </div>
  );
}
