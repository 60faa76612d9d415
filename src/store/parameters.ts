// Parameter-panel updates. They edit the "target": the open conversation, or the New-chat draft when none is
// open, so settings chosen before the first message go into the conversation that message creates.
import { useShallow } from "zustand/react/shallow";
import { useAppStore, type AppState } from "./app-store";
import { newId } from "../domain/ids";
import type { ParamKey } from "../domain/parameter-table";
import {
  normalizeParams,
  withParamEnabled,
  withParamReset,
  withParamValue,
  type ParamSettings,
} from "../domain/parameters";
import {
  applyPresetTo,
  createPreset,
  findPreset,
  mergePresets,
  type PresetPart,
  isBuiltInPreset,
  removePresetFrom,
  renamePresetIn,
} from "../domain/presets";
import type { ChatDefaults, Conversation, Preset } from "../domain/types";

export type ParamTarget = ChatDefaults;

/** The open conversation's id, or null when the draft is the target (also when the id points nowhere). */
function targetConversationId(s: AppState): string | null {
  return s.activeId && s.conversations[s.activeId] ? s.activeId : null;
}

export function selectParamTarget(s: AppState): ParamTarget {
  const id = targetConversationId(s);
  const conv = id ? s.conversations[id] : undefined;
  return conv
    ? {
        systemPrompt: conv.systemPrompt,
        params: conv.params,
        extraBody: conv.extraBody,
        ...(conv.model !== undefined ? { model: conv.model } : {}),
      }
    : s.draft;
}

export function getParamTarget(): ParamTarget {
  return selectParamTarget(useAppStore.getState());
}

function updateTarget(update: (t: ParamTarget) => Partial<ParamTarget>): void {
  useAppStore.setState((s) => {
    const id = targetConversationId(s);
    const conv = id ? s.conversations[id] : undefined;
    if (id && conv) {
      const patch = update(conv);
      const changed = (Object.keys(patch) as (keyof ParamTarget)[]).some((k) => patch[k] !== conv[k]);
      return changed ? { conversations: { ...s.conversations, [id]: { ...conv, ...patch } } } : s;
    }
    const patch = update(s.draft);
    const changed = (Object.keys(patch) as (keyof ParamTarget)[]).some((k) => patch[k] !== s.draft[k]);
    return changed ? { draft: { ...s.draft, ...patch } } : s;
  });
}

function updateParams(update: (p: ParamSettings) => ParamSettings): void {
  updateTarget((t) => ({ params: update(t.params) }));
}

/** Any value the user picks is one they want sent, so this also turns the field on. */
export function setParam(key: ParamKey, value: number): void {
  updateParams((p) => withParamValue(p, key, value));
}

export function setParamEnabled(key: ParamKey, on: boolean): void {
  updateParams((p) => withParamEnabled(p, key, on));
}

export function resetParam(key: ParamKey): void {
  updateParams((p) => withParamReset(p, key));
}

export function setSystemPrompt(text: string): void {
  updateTarget(() => ({ systemPrompt: text }));
}

export function setExtraBody(text: string): void {
  updateTarget(() => ({ extraBody: text }));
}

/** The model the target's requests use, as typed; blank: Settings' model. */
export function setTargetModel(model: string): void {
  updateTarget(() => ({ model }));
}

/** New chats start from what the target holds now. */
export function saveAsDefault(): void {
  const t = getParamTarget();
  useAppStore.setState({
    chatDefaults: { systemPrompt: t.systemPrompt, params: normalizeParams(t.params), extraBody: t.extraBody },
  });
}

/** Sets what the preset holds (parameters, system prompt, model, extra fields) and leaves the rest. */
export function applyPreset(id: string): boolean {
  const preset = findPreset(useAppStore.getState().presets, id);
  if (!preset) return false;
  updateTarget((t) => applyPresetTo(t, preset));
  return true;
}

/** Saves the chosen parts of the target as a new user preset; null when the name is blank or nothing is chosen. */
export function savePreset(name: string, parts: readonly PresetPart[] = ["params"]): Preset | null {
  const preset = createPreset(newId("p"), name, getParamTarget(), parts);
  if (preset) useAppStore.setState((s) => ({ presets: [...s.presets, preset] }));
  return preset;
}

/** Adds the presets of an imported file (see mergePresets); returns how many were added. */
export function importPresets(incoming: readonly Preset[], suffix: string): number {
  let added = 0;
  useAppStore.setState((s) => {
    const merged = mergePresets(s.presets, incoming, () => newId("p"), suffix);
    added = merged.added;
    return added > 0 ? { presets: merged.presets } : s;
  });
  return added;
}

export function renamePreset(id: string, name: string): void {
  if (isBuiltInPreset(id)) return;
  useAppStore.setState((s) => ({ presets: renamePresetIn(s.presets, id, name) }));
}

export function deletePreset(id: string): void {
  if (isBuiltInPreset(id)) return;
  useAppStore.setState((s) => ({ presets: removePresetFrom(s.presets, id) }));
}

/**
 * The target's editable fields. Selecting the three fields (not the conversation) keeps a streamed token,
 * which replaces the conversation object but not its `params`, from re-rendering the panel.
 */
export function useParamTarget(): ParamTarget {
  return useAppStore(
    useShallow((s): ParamTarget => {
      const t = selectParamTarget(s);
      return { systemPrompt: t.systemPrompt, params: t.params, extraBody: t.extraBody, model: t.model };
    }),
  );
}

/** True while the open conversation (not the New-chat draft) is what the panel edits. */
export function useTargetIsConversation(): boolean {
  return useAppStore((s) => targetConversationId(s) !== null);
}

/** The whole target, messages included: it changes with every streamed token, so subscribe only when needed. */
export function useTargetSource(): Conversation | ChatDefaults {
  return useAppStore((s) => {
    const id = targetConversationId(s);
    return (id ? s.conversations[id] : undefined) ?? s.draft;
  });
}

export function useUserPresets(): Preset[] {
  return useAppStore((s) => s.presets);
}
