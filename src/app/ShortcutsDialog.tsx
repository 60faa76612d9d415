import { Fragment, useMemo } from "react";
import { useT } from "../components/i18n/use-t";
import { CentredDialog } from "../components/ui/centred-dialog";
import type { MessageKey } from "../lib/i18n/catalog";
import { browserIsApple, comboKeys } from "../lib/keys";
import { closeShortcuts, useLayoutStore } from "./layout-state";
import { SHORTCUTS, type ShortcutId } from "./shortcut-table";

const LABELS: Record<ShortcutId, MessageKey> = {
  newChat: "conversations.newChat",
  focusComposer: "shortcuts.focusComposer",
  stop: "shortcuts.stop",
  editLast: "shortcuts.editLast",
  copyLastReply: "shortcuts.copyLastReply",
  toggleSidebar: "shortcuts.toggleSidebar",
  toggleParameters: "shortcuts.toggleParameters",
  searchConversations: "conversations.search",
  find: "shortcuts.find",
  shortcuts: "shell.keyboardShortcuts",
};

/** What a screen reader says for a printed symbol; other keys are read as printed. */
const SPOKEN: Record<string, MessageKey> = {
  "⌘": "shortcuts.keyCommand",
  "⇧": "shortcuts.keyShift",
  "↑": "shortcuts.keyUp",
  Esc: "shortcuts.keyEscape",
};

function Keys({ keys }: { keys: string[] }) {
  const t = useT();
  return (
    <span className="inline-flex items-center gap-1">
      {keys.map((key, i) => {
        const spoken = SPOKEN[key];
        return (
          <Fragment key={i}>
            {i > 0 ? <span className="sr-only">+</span> : null}
            <kbd className="min-w-7 rounded-md border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-sans text-xs font-medium text-zinc-700 shadow-[0_1px_0_rgb(0_0_0/0.08)] dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-200">
              <span aria-hidden="true">{key}</span>
              <span className="sr-only">{spoken ? t(spoken) : key}</span>
            </kbd>
          </Fragment>
        );
      })}
    </span>
  );
}

/**
 * Every shortcut, with the keys this platform uses (⌘ on a Mac). Ctrl+/ or the header button opens it;
 * its code loads the first time it is opened.
 */
export default function ShortcutsDialog() {
  const t = useT();
  const open = useLayoutStore((s) => s.shortcutsOpen);
  const apple = useMemo(() => browserIsApple(), []);
  return (
    <CentredDialog
      id="keyboard-shortcuts"
      open={open}
      onClose={closeShortcuts}
      title={t("shell.keyboardShortcuts")}
      closeLabel={t("shortcuts.close")}
      widthClass="w-[min(30rem,calc(100vw-2rem))]"
      gapClass="gap-3"
    >
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("shortcuts.action")}</th>
            <th scope="col">{t("shortcuts.keys")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="py-2 pr-4 text-left font-normal text-zinc-700 dark:text-zinc-300">
                {t(LABELS[s.id])}
              </th>
              <td className="py-2 text-right whitespace-nowrap">
                <Keys keys={comboKeys(s.combo, apple)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("shortcuts.note")}</p>
    </CentredDialog>
  );
}
