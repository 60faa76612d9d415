import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../../components/i18n/use-t";
import { isComposing } from "../../components/keyboard/ime";
import { SendIcon, StopIcon } from "../../components/ui/icons";
import { browserIsApple } from "../../lib/keys";
import { drafts } from "../../store/drafts";
import { sendMessage, stopReply } from "./send-message";
import { AttachInput } from "./attachments/AttachInput";
import { AttachErrors, DraftImages } from "./attachments/DraftImages";
import { carriesFiles, droppedFiles, pastedFiles } from "./attachments/dropped-files";
import { useComposerImages } from "./attachments/use-composer-images";
import { editLastUserMessage } from "./chat-actions";
import { focusComposer, focusOnOpen, registerComposer } from "./composer-focus";

/**
 * The message box: Enter sends, Shift+Enter adds a line, and nothing is sent mid IME composition.
 * Images come from the attach input, a paste or a drop; a message may be images alone.
 * What is typed or attached is the draft of `draftKey` (the conversation, or the new chat): it is
 * there again after switching chats or reloading, until it is sent. Mounted once per draft (keyed).
 */
export function Composer({
  draftKey,
  streamingReplyId,
}: {
  draftKey: string;
  streamingReplyId: string | null;
}) {
  const t = useT();
  // The text stays in the textarea (uncontrolled): a keystroke re-renders nothing unless it changes
  // whether there is something to send.
  const [initialText] = useState(() => drafts.text(draftKey));
  const [hasText, setHasText] = useState(() => initialText.trim().length > 0);
  const ref = useRef<HTMLTextAreaElement>(null);
  const images = useComposerImages(draftKey);
  const [dragging, setDragging] = useState(false);
  // Waiting for images still being prepared keeps the message from going out without them.
  const canSend = (hasText || images.ready > 0) && !images.busy && !streamingReplyId;

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const unregister = registerComposer(box);
    // A chat just opened (or the app just started): the cursor is where the next message goes.
    if (focusOnOpen() && !document.querySelector("dialog[open]")) focusComposer();
    return unregister;
  }, []);

  const submit = () => {
    const box = ref.current;
    if (!canSend || !box) return;
    const value = box.value;
    const refs = images.images.flatMap((d) => (d.ref ? [d.ref] : []));
    box.value = "";
    setHasText(false);
    // Sent: the draft is emptied; its images now belong to the message.
    drafts.clear(draftKey);
    void sendMessage(value, refs);
    box.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposing(e)) return;
    const plain = !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey;
    if (e.key === "ArrowUp" && plain && e.currentTarget.value === "" && images.images.length === 0) {
      // Nothing to move through in an empty box: ↑ edits the last message sent, as in most chats.
      if (editLastUserMessage()) e.preventDefault();
      return;
    }
    if (e.key !== "Enter" || e.shiftKey) return;
    e.preventDefault();
    submit();
  };

  return (
    <form
      className="mx-auto w-full max-w-3xl px-3 pb-3 sm:px-6 sm:pb-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onPaste={(e) => {
        const files = pastedFiles(e.clipboardData);
        if (files.length === 0) return;
        e.preventDefault();
        images.add(files);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e.dataTransfer)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        setDragging(false);
        if (!carriesFiles(e.dataTransfer)) return;
        e.preventDefault();
        images.add(droppedFiles(e.dataTransfer));
      }}
    >
      <AttachErrors errors={images.errors} onDismiss={images.dismissErrors} />
      <div
        className={`rounded-2xl border bg-white p-2 shadow-sm has-[textarea:focus-visible]:border-indigo-500 has-[textarea:focus-visible]:outline-2 has-[textarea:focus-visible]:outline-offset-2 has-[textarea:focus-visible]:outline-indigo-500 dark:has-[textarea:focus-visible]:outline-indigo-400 dark:bg-zinc-900 ${dragging ? "border-indigo-500 ring-2 ring-indigo-500/30" : "border-zinc-300 dark:border-zinc-700"}`}
      >
        <DraftImages images={images.images} onRemove={images.remove} />
        <div className="flex items-end gap-2">
          <AttachInput onFiles={images.add} />
          <textarea
            ref={ref}
            aria-label={t("chat.message")}
            placeholder={t("chat.messagePlaceholder")}
            aria-describedby="composer-hint"
            rows={1}
            defaultValue={initialText}
            onChange={(e) => {
              drafts.setText(draftKey, e.target.value);
              setHasText(e.target.value.trim().length > 0);
            }}
            onKeyDown={onKeyDown}
            className="max-h-60 min-h-10 flex-1 resize-none bg-transparent px-2 py-2 text-[15px] leading-6 outline-none [field-sizing:content] placeholder:text-zinc-400"
          />
          {streamingReplyId ? (
            <button
              type="button"
              onClick={() => stopReply(streamingReplyId)}
              className="inline-flex h-10 shrink-0 items-center gap-1.5 rounded-xl bg-zinc-900 px-3 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white"
            >
              <StopIcon />
              {t("chat.stop")}
            </button>
          ) : (
            <button
              type="submit"
              disabled={!canSend}
              className="inline-flex h-10 shrink-0 items-center gap-1.5 rounded-xl bg-indigo-600 px-3 text-sm font-medium text-white hover:bg-indigo-500 disabled:cursor-not-allowed disabled:bg-zinc-300 dark:disabled:bg-zinc-700"
            >
              <SendIcon />
              {t("chat.send")}
            </button>
          )}
        </div>
      </div>
      <p
        id="composer-hint"
        className="mt-1.5 hidden text-center text-xs text-zinc-500 sm:block dark:text-zinc-400"
      >
        {t("chat.composerHint")} · {t("shortcuts.hint", { keys: browserIsApple() ? "⌘/" : "Ctrl+/" })}
      </p>
    </form>
  );
}
