// The header's "Conversation model": the model this conversation's requests use (or the New-chat draft's).
// Any id may be typed; the endpoint's ids are suggested once the field is first used.
import { useId, useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { isComposing } from "../../components/keyboard/ime";
import { useLazy } from "../../components/use-lazy";
import { lazyModule } from "../../lib/lazy";
import { useAppStore } from "../../store/app-store";
import { selectParamTarget, setTargetModel } from "../../store/parameters";

const suggestions = lazyModule(() => import("../../components/models/ModelSuggestions"));

export function ConversationModelField({ className = "" }: { className?: string }) {
  const t = useT();
  const listId = useId();
  const own = useAppStore((s) => selectParamTarget(s).model ?? "");
  const fallback = useAppStore((s) => s.settings.model.trim());
  const baseUrl = useAppStore((s) => s.settings.baseUrl);
  const apiKey = useAppStore((s) => s.settings.apiKey);
  const [used, setUsed] = useState(false);
  // While the field has focus it shows what is typed, blank included; otherwise the model in use.
  const [editing, setEditing] = useState<string | null>(null);
  const Suggestions = useLazy(suggestions, used)?.ModelSuggestions;
  return (
    <>
      <input
        aria-label={t("tuning.conversationModel")}
        title={t("tuning.conversationModelHelp", { model: fallback })}
        list={listId}
        value={editing ?? (own.trim() || fallback)}
        spellCheck={false}
        autoComplete="off"
        placeholder={fallback}
        onFocus={() => {
          setUsed(true);
          setEditing(own.trim() || fallback);
        }}
        onChange={(e) => {
          setEditing(e.currentTarget.value);
          setTargetModel(e.currentTarget.value);
        }}
        onBlur={(e) => {
          // Left blank, the conversation follows Settings' model again.
          if (!e.currentTarget.value.trim()) setTargetModel("");
          setEditing(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !isComposing(e)) e.currentTarget.blur();
        }}
        className={`w-full min-w-0 truncate rounded-md border border-transparent bg-transparent px-1 py-0.5 font-mono text-xs text-zinc-500 hover:border-zinc-300 focus:border-indigo-400 focus:bg-white focus:text-zinc-900 dark:text-zinc-400 dark:hover:border-zinc-700 dark:focus:bg-zinc-900 dark:focus:text-zinc-100 ${className}`}
      />
      {Suggestions ? <Suggestions id={listId} baseUrl={baseUrl} apiKey={apiKey} /> : null}
    </>
  );
}
