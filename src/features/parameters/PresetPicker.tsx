import { useId, useState, type FormEvent } from "react";
import { useT } from "../../components/i18n/use-t";
import { isComposing } from "../../components/keyboard/ime";
import { IconButton } from "../../components/ui/button";
import { EditIcon, TrashIcon } from "../../components/ui/icons";
import type { ParamSettings } from "../../domain/parameters";
import type { Preset } from "../../domain/types";
import type { TFunction } from "../../lib/i18n/i18n";
import { allPresets, BUILT_IN_PRESETS, matchingPreset, PRESET_NAME_MAX } from "../../domain/presets";
import { applyPreset, deletePreset, renamePreset, savePreset, useUserPresets } from "../../store/parameters";
import { fieldClass, hintClass, smallButtonClass } from "../../components/ui/styles";

/** A built-in preset in the UI's language; the user's own by the name they gave it. */
const presetName = (p: Preset, t: TFunction) => (p.nameKey ? t(p.nameKey) : p.name);

type Mode = { kind: "idle" } | { kind: "save" } | { kind: "rename"; id: string };

function NameForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) onSubmit(name);
  };
  return (
    <form onSubmit={submit} className="flex items-center gap-1.5">
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
      <button type="submit" disabled={!name.trim()} className={smallButtonClass}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel} className={smallButtonClass}>
        {t("parameters.cancel")}
      </button>
    </form>
  );
}

/** Built-in and saved parameter sets. The picker shows the preset the current values equal, if any. */
export function PresetPicker({ params }: { params: ParamSettings }) {
  const t = useT();
  const userPresets = useUserPresets();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const selectId = useId();
  const current = matchingPreset(params, allPresets(userPresets), chosenId);
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
          <span className={hintClass}>{t("parameters.presetHint")}</span>
        </div>
      ) : mode.kind === "save" ? (
        <NameForm
          initial=""
          submitLabel={t("parameters.presetSave")}
          onCancel={() => setMode({ kind: "idle" })}
          onSubmit={(name) => {
            const saved = savePreset(name);
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
