import { useEffect, useState, type ChangeEvent, type ReactNode } from "react";
import { shownTitle } from "../../components/i18n/shown-title";
import { useT } from "../../components/i18n/use-t";
import { UploadIcon } from "../../components/ui/icons";
import { useAppStore } from "../../store/app-store";
import { allConversationsFileName, conversationFileName } from "./file-io";
import type { ImportNotice } from "./transfer-ops";

const loadOps = () => import("./transfer-ops");

function SmallButton({
  label,
  children,
  ...props
}: {
  label: string;
  children: ReactNode;
  disabled: boolean;
  onClick: () => void;
  title: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs font-medium text-zinc-700 transition-colors hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800"
      {...props}
    >
      {children}
    </button>
  );
}

/** Export and import, sized for the bottom of the sidebar. */
export function TransferControls() {
  // Ids and booleans only: selecting the conversation itself would re-render this on every streamed token.
  const t = useT();
  const activeId = useAppStore((s) => (s.activeId && s.conversations[s.activeId] ? s.activeId : null));
  const hasConversations = useAppStore((s) => Object.keys(s.conversations).length > 0);
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (notice?.kind !== "status") return;
    const timer = window.setTimeout(() => setNotice(null), 15_000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const exportActive = (as: "json" | "md") => {
    const active = activeId ? useAppStore.getState().conversations[activeId] : undefined;
    if (!active) return;
    const now = new Date();
    const name = conversationFileName(active.title, now, as);
    void loadOps().then((ops) =>
      as === "md"
        ? ops.exportMarkdown(name, active, t, shownTitle(active.title, t))
        : ops.exportJson(name, [active], now),
    );
  };

  const exportAll = () => {
    const now = new Date();
    const { conversations, presets } = useAppStore.getState();
    const all = Object.values(conversations);
    void loadOps().then((ops) => ops.exportJson(allConversationsFileName(now), all, now, presets));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again fires another change.
    input.value = "";
    if (!file) return;
    setNotice(null);
    setBusy(true);
    const notice = await loadOps()
      .then((ops) => ops.importFile(file, t))
      // The code did not load (offline after a redeploy): said like any other failed import.
      .catch((error: unknown): ImportNotice => ({
        kind: "alert",
        text: t("transfer.importFailed", { reason: error instanceof Error ? error.message : String(error) }),
      }));
    setNotice(notice);
    setBusy(false);
  };

  return (
    <div className="flex flex-col gap-1.5 border-t border-zinc-200 pt-2 dark:border-zinc-800">
      <span className="px-0.5 text-xs font-medium text-zinc-500 dark:text-zinc-400">
        {t("transfer.export")}
      </span>
      <div className="flex flex-wrap gap-1">
        <SmallButton
          label={t("transfer.exportConversation")}
          title={t("transfer.exportConversationTitle")}
          disabled={!activeId}
          onClick={() => exportActive("json")}
        >
          {t("transfer.exportConversationShort")}
        </SmallButton>
        <SmallButton
          label={t("transfer.exportMarkdown")}
          title={t("transfer.exportMarkdownTitle")}
          disabled={!activeId}
          onClick={() => exportActive("md")}
        >
          {t("transfer.exportMarkdownShort")}
        </SmallButton>
        <SmallButton
          label={t("transfer.exportAll")}
          title={t("transfer.exportAllTitle")}
          disabled={!hasConversations}
          onClick={exportAll}
        >
          {t("transfer.exportAllShort")}
        </SmallButton>
      </div>
      <label
        className={`flex cursor-pointer items-center gap-1.5 rounded-lg px-2 py-1.5 text-sm text-zinc-600 transition-colors hover:bg-zinc-200/60 hover:text-zinc-900 focus-within:outline-2 focus-within:outline-indigo-500 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 ${busy ? "pointer-events-none opacity-60" : ""}`}
      >
        <UploadIcon width={14} height={14} />
        {t("transfer.import")}
        <input
          type="file"
          accept="application/json,.json"
          className="sr-only"
          disabled={busy}
          onChange={(e) => void onFile(e)}
        />
      </label>
      {notice?.kind === "status" ? (
        <p role="status" className="px-0.5 text-xs text-zinc-600 dark:text-zinc-300">
          {notice.text}
        </p>
      ) : null}
      {notice?.kind === "alert" ? (
        <div
          role="alert"
          className="flex flex-col gap-1 rounded-lg border border-red-200 bg-red-50 px-2.5 py-2 text-xs text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
        >
          <p className="break-words">{notice.text}</p>
          <button
            type="button"
            onClick={() => setNotice(null)}
            className="self-end font-semibold text-red-700 hover:underline dark:text-red-300"
          >
            {t("transfer.dismiss")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
