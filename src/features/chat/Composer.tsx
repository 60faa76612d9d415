import { useRef, useState, type KeyboardEvent } from "react";
import { SendIcon, StopIcon } from "../../components/ui/icons";
import { sendMessage, stopReply } from "./send-message";

/** The message box: Enter sends, Shift+Enter adds a line, and nothing is sent mid IME composition. */
export function Composer({ streamingReplyId }: { streamingReplyId: string | null }) {
  const [text, setText] = useState("");
  const ref = useRef<HTMLTextAreaElement>(null);
  const canSend = text.trim().length > 0 && !streamingReplyId;

  const submit = () => {
    if (!canSend) return;
    const value = text;
    setText("");
    void sendMessage(value);
    ref.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== "Enter" || e.shiftKey) return;
    // keyCode 229 covers browsers that end the composition before reporting isComposing.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
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
    >
      <div className="flex items-end gap-2 rounded-2xl border border-zinc-300 bg-white p-2 shadow-sm focus-within:border-indigo-400 focus-within:ring-2 focus-within:ring-indigo-500/20 dark:border-zinc-700 dark:bg-zinc-900">
        <textarea
          ref={ref}
          aria-label="Message"
          placeholder="Ask anything…"
          aria-describedby="composer-hint"
          rows={1}
          value={text}
          onChange={(e) => setText(e.target.value)}
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
            Stop
          </button>
        ) : (
          <button
            type="submit"
            disabled={!canSend}
            className="inline-flex h-10 shrink-0 items-center gap-1.5 rounded-xl bg-indigo-600 px-3 text-sm font-medium text-white hover:bg-indigo-500 disabled:cursor-not-allowed disabled:bg-zinc-300 dark:disabled:bg-zinc-700"
          >
            <SendIcon />
            Send
          </button>
        )}
      </div>
      <p
        id="composer-hint"
        className="mt-1.5 hidden text-center text-xs text-zinc-400 sm:block dark:text-zinc-500"
      >
        Enter to send · Shift+Enter for a new line
      </p>
    </form>
  );
}
