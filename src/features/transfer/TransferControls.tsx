import { useEffect, useState, type ChangeEvent, type ReactNode } from "react";
import type { Conversation } from "../../domain/types";
import { UploadIcon } from "../../components/ui/icons";
import { useAppStore } from "../../store/app-store";
import { imageStore } from "../../store/image-store";
import {
  allConversationsFileName,
  conversationFileName,
  downloadJson,
  downloadText,
  readFileText,
} from "./file-io";

const loadOps = () => import("./transfer-ops");

type Notice = { kind: "status" | "alert"; text: string };

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
  const activeId = useAppStore((s) => (s.activeId && s.conversations[s.activeId] ? s.activeId : null));
  const hasConversations = useAppStore((s) => Object.keys(s.conversations).length > 0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (notice?.kind !== "status") return;
    const timer = window.setTimeout(() => setNotice(null), 15_000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  // Image bytes are read from IndexedDB first, so the file carries them as data URLs.
  const exportJson = async (name: string, conversations: Conversation[], now: Date) => {
    const [{ buildExport }, images] = await Promise.all([
      loadOps(),
      imageStore.exportImages(conversations).catch(() => ({})),
    ]);
    downloadJson(name, buildExport(conversations, now, undefined, images));
  };

  const exportActive = (as: "json" | "md") => {
    const active = activeId ? useAppStore.getState().conversations[activeId] : undefined;
    if (!active) return;
    const now = new Date();
    const name = conversationFileName(active.title, now, as);
    if (as === "md") void loadOps().then(({ toMarkdown }) => downloadText(name, toMarkdown(active)));
    else void exportJson(name, [active], now);
  };

  const exportAll = () => {
    const now = new Date();
    void exportJson(allConversationsFileName(now), Object.values(useAppStore.getState().conversations), now);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again fires another change.
    input.value = "";
    if (!file) return;
    setNotice(null);
    setBusy(true);
    try {
      const [{ parseImport, importAndSave, importSummary }, text] = await Promise.all([
        loadOps(),
        readFileText(file),
      ]);
      const parsed = parseImport(text);
      if (!parsed.ok) {
        setNotice({ kind: "alert", text: `Import failed: ${parsed.message}` });
        return;
      }
      // Images first: once a conversation is in, its images must be found.
      const { skipped } = await imageStore.restoreImages(parsed.images);
      // Waits until the conversations are stored: the notice says what a reload will show.
      const result = await importAndSave(parsed.conversations);
      const lost =
        skipped > 0 ? ` ${skipped} image${skipped === 1 ? " was" : "s were"} unreadable and left out.` : "";
      setNotice({ kind: result.notStored ? "alert" : "status", text: importSummary(result) + lost });
    } catch (error) {
      setNotice({
        kind: "alert",
        text: `Import failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-1.5 border-t border-zinc-200 pt-2 dark:border-zinc-800">
      <span className="px-0.5 text-xs font-medium text-zinc-500 dark:text-zinc-400">Export</span>
      <div className="flex flex-wrap gap-1">
        <SmallButton
          label="Export conversation"
          title="Download the open conversation as JSON"
          disabled={!activeId}
          onClick={() => exportActive("json")}
        >
          Conversation
        </SmallButton>
        <SmallButton
          label="Export as Markdown"
          title="Download the branch on screen as Markdown"
          disabled={!activeId}
          onClick={() => exportActive("md")}
        >
          Markdown
        </SmallButton>
        <SmallButton
          label="Export all"
          title="Download every conversation as one JSON file"
          disabled={!hasConversations}
          onClick={exportAll}
        >
          All
        </SmallButton>
      </div>
      <label
        className={`flex cursor-pointer items-center gap-1.5 rounded-lg px-2 py-1.5 text-sm text-zinc-600 transition-colors hover:bg-zinc-200/60 hover:text-zinc-900 focus-within:outline-2 focus-within:outline-indigo-500 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 ${busy ? "pointer-events-none opacity-60" : ""}`}
      >
        <UploadIcon width={14} height={14} />
        Import conversations
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
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
