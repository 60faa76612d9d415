import { Fragment, useId, useMemo } from "react";
import { IconButton } from "../components/ui/button";
import { CloseIcon } from "../components/ui/icons";
import { Modal } from "../components/ui/modal";
import { browserIsApple, comboKeys, spokenKey } from "../lib/keys";
import { closeShortcuts, useLayoutStore } from "./layout-state";
import { SHORTCUTS, type ShortcutId } from "./shortcut-table";

const LABELS: Record<ShortcutId, string> = {
  newChat: "New chat",
  focusComposer: "Focus the message box",
  stop: "Stop the reply being written",
  editLast: "Edit your last message (in an empty message box)",
  copyLastReply: "Copy the last reply",
  toggleSidebar: "Show or hide the sidebar",
  toggleParameters: "Show or hide Parameters",
  searchConversations: "Search conversations",
  find: "Find in conversation",
  shortcuts: "Keyboard shortcuts",
};

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="inline-flex items-center gap-1">
      {keys.map((key, i) => (
        <Fragment key={i}>
          {i > 0 ? <span className="sr-only">+</span> : null}
          <kbd className="min-w-7 rounded-md border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-sans text-xs font-medium text-zinc-700 shadow-[0_1px_0_rgb(0_0_0/0.08)] dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-200">
            <span aria-hidden="true">{key}</span>
            <span className="sr-only">{spokenKey(key)}</span>
          </kbd>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * Every shortcut, with the keys this platform uses (⌘ on a Mac). Ctrl+/ or the header button opens it;
 * its code loads the first time it is opened.
 */
export default function ShortcutsDialog() {
  const open = useLayoutStore((s) => s.shortcutsOpen);
  const titleId = useId();
  const apple = useMemo(() => browserIsApple(), []);
  return (
    <Modal
      id="keyboard-shortcuts"
      open={open}
      onClose={closeShortcuts}
      labelledBy={titleId}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-2xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100"
    >
      {open ? (
        <div className="flex flex-col gap-3 p-5">
          <div className="flex items-center justify-between">
            <h2 id={titleId} className="text-lg font-semibold">
              Keyboard shortcuts
            </h2>
            <IconButton label="Close" onClick={closeShortcuts}>
              <CloseIcon />
            </IconButton>
          </div>
          <table className="w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Keys</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {SHORTCUTS.map((s) => (
                <tr key={s.id}>
                  <th
                    scope="row"
                    className="py-2 pr-4 text-left font-normal text-zinc-700 dark:text-zinc-300"
                  >
                    {LABELS[s.id]}
                  </th>
                  <td className="py-2 text-right whitespace-nowrap">
                    <Keys keys={comboKeys(s.combo, apple)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            Shortcuts wait while a Japanese (or other) input method is composing, and Esc stays with the field
            you are typing in (a search, a rename, an edit).
          </p>
        </div>
      ) : null}
    </Modal>
  );
}
