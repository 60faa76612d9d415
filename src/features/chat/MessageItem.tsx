import { memo, useDeferredValue, useState } from "react";
import { Button, IconButton } from "../../components/ui/button";
import { RenderBoundary } from "../../components/ui/render-boundary";
import {
  AlertIcon,
  CheckIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  CopyIcon,
  EditIcon,
  RefreshIcon,
  TrashIcon,
} from "../../components/ui/icons";
import { errorMessage, errorSaysPartKept } from "../../components/i18n/error-message";
import { useT } from "../../components/i18n/use-t";
import type { Message } from "../../domain/types";
import { clearEditRequest, useEditRequested } from "../../store/edit-request";
import { removeMessage, showVersion } from "../../store/messages";
import { useBranchInfo, useMessage } from "../../store/selectors";
import { Markdown } from "../../components/markdown/Markdown";
import { PlainText } from "../../components/markdown/PlainText";
import { ReplyMeta } from "./ReplyMeta";
import { ReplyNotices } from "./ReplyNotices";
import { editAndResend, regenerateReply } from "./send-message";
import { EditBox } from "./EditBox";
import { useCopy } from "../../components/ui/use-copy";
import { MessageImages } from "./attachments/MessageImages";
import { focusComposer } from "./composer-focus";

function BranchNav({ conversationId, messageId }: { conversationId: string; messageId: string }) {
  const t = useT();
  const info = useBranchInfo(conversationId, messageId);
  if (info.count < 2) return null;
  const go = (id: string | null) => id && showVersion(conversationId, id);
  return (
    <div className="flex items-center text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
      <IconButton label={t("chat.previousVersion")} disabled={!info.prevId} onClick={() => go(info.prevId)}>
        <ChevronLeftIcon />
      </IconButton>
      <span aria-live="polite">{t("chat.version", { index: info.index + 1, count: info.count })}</span>
      <IconButton label={t("chat.nextVersion")} disabled={!info.nextId} onClick={() => go(info.nextId)}>
        <ChevronRightIcon />
      </IconButton>
    </div>
  );
}

function ErrorAlert({ message, onRetry }: { message: Message; onRetry: () => void }) {
  const t = useT();
  if (!message.error) return null;
  return (
    <div
      role="alert"
      className="mt-3 flex items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200"
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <div className="min-w-0 flex-1">
        <p className="break-words">{errorMessage(message.error, t)}</p>
        {/* Said once: most errors that can follow some text already say that it is kept. */}
        {message.content && !errorSaysPartKept(message.error) ? (
          <p className="mt-1 text-xs opacity-80">{t("chat.partKept")}</p>
        ) : null}
      </div>
      <Button variant="secondary" className="shrink-0 !py-1" onClick={onRetry}>
        {t("chat.retry")}
      </Button>
    </div>
  );
}

interface MessageItemProps {
  conversationId: string;
  messageId: string;
  /** Its likely height (px), for while it is not rendered because it is far from the view. */
  sizeHint?: number;
  /** Mounted away from the view: a reply shows as plain text first and is formatted in idle time. */
  defer?: boolean;
}

const MessageBody = memo(function MessageBody({
  conversationId,
  messageId,
  sizeHint,
  defer = false,
}: MessageItemProps) {
  const t = useT();
  const message = useMessage(conversationId, messageId);
  const [editingHere, setEditing] = useState(false);
  // ↑ in the empty composer asks for the last message's editor; when it closes, the cursor goes back.
  const editRequested = useEditRequested(messageId);
  const editing = editingHere || editRequested;
  const endEdit = () => {
    setEditing(false);
    if (!editRequested) return;
    clearEditRequest();
    focusComposer();
  };
  const { copied, copy } = useCopy(message?.content ?? "");
  const streaming = message?.status === "streaming";
  // When a reply ends, its last text and aria-busy="false" render at once; the action bar and the
  // reply's figures follow in a deferred render, so the end of a stream is one small commit.
  const showActions = useDeferredValue(!streaming);
  if (!message) return null;
  const isUser = message.role === "user";
  const regenerate = () => void regenerateReply(conversationId, message.id);

  return (
    <article
      data-message-id={message.id}
      aria-label={isUser ? t("chat.you") : t("chat.assistant")}
      aria-busy={isUser ? undefined : streaming}
      style={sizeHint ? { containIntrinsicSize: `auto ${Math.round(sizeHint)}px` } : undefined}
      className={`group flex flex-col ${isUser ? "items-end" : "items-stretch"}`}
    >
      <h3 className="sr-only">{isUser ? t("chat.you") : t("chat.assistant")}</h3>
      {isUser ? (
        editing ? (
          <EditBox
            initial={message.content}
            images={message.images ?? []}
            onCancel={endEdit}
            onSave={(text, images) => {
              endEdit();
              void editAndResend(conversationId, message.id, text, images);
            }}
          />
        ) : (
          <>
            {message.images?.length ? <MessageImages images={message.images} /> : null}
            {message.content || !message.images?.length ? (
              <div
                data-find-body=""
                className="max-w-[85%] rounded-2xl rounded-br-md bg-zinc-100 px-4 py-2.5 text-[15px] leading-7 whitespace-pre-wrap break-words dark:bg-zinc-800"
              >
                {message.content}
              </div>
            ) : null}
          </>
        )
      ) : (
        <div className="min-w-0">
          {message.reasoning ? (
            <details className="mb-3 rounded-lg border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
              <summary className="cursor-pointer text-zinc-500 select-none dark:text-zinc-400">
                {streaming && !message.content ? t("chat.thinkingNow") : t("chat.thinking")}
              </summary>
              <div className="mt-2 text-zinc-600 whitespace-pre-wrap dark:text-zinc-400">
                {message.reasoning}
              </div>
            </details>
          ) : null}
          {message.content ? (
            <div data-find-body="">
              <Markdown text={message.content} streaming={streaming} defer={defer} />
            </div>
          ) : streaming ? (
            <p className="flex h-7 items-center gap-1" aria-label={t("chat.waiting")}>
              <span className="h-2 w-2 animate-pulse rounded-full bg-zinc-400" />
              <span className="h-2 w-2 animate-pulse rounded-full bg-zinc-400 [animation-delay:150ms]" />
              <span className="h-2 w-2 animate-pulse rounded-full bg-zinc-400 [animation-delay:300ms]" />
            </p>
          ) : null}
          {message.status === "stopped" ? (
            <p className="mt-2 text-xs font-medium text-amber-700 dark:text-amber-400">
              {message.content ? t("chat.stoppedKept") : t("chat.stopped")}
            </p>
          ) : null}
          <ReplyNotices conversationId={conversationId} message={message} />
          <ErrorAlert message={message} onRetry={regenerate} />
        </div>
      )}
      {!editing && !streaming && showActions ? (
        <div
          className={`mt-1 flex flex-wrap items-center gap-0.5 text-zinc-500 ${isUser ? "justify-end" : ""}`}
        >
          <BranchNav conversationId={conversationId} messageId={message.id} />
          <IconButton label={t("chat.copy")} onClick={copy}>
            {copied ? <CheckIcon /> : <CopyIcon />}
          </IconButton>
          {isUser ? (
            <IconButton label={t("chat.edit")} onClick={() => setEditing(true)}>
              <EditIcon />
            </IconButton>
          ) : (
            <IconButton label={t("chat.regenerate")} onClick={regenerate}>
              <RefreshIcon />
            </IconButton>
          )}
          <IconButton label={t("chat.delete")} onClick={() => removeMessage(conversationId, message.id)}>
            <TrashIcon />
          </IconButton>
          {!isUser ? <ReplyMeta message={message} /> : null}
        </div>
      ) : null}
    </article>
  );
});

/** What a message that failed to render shows: its text as written, and why. */
function MessageFallback({ conversationId, messageId }: MessageItemProps) {
  const t = useT();
  const message = useMessage(conversationId, messageId);
  if (!message) return null;
  const name = message.role === "user" ? t("chat.you") : t("chat.assistant");
  return (
    <article data-message-id={message.id} aria-label={name} className="flex flex-col">
      <h3 className="sr-only">{name}</h3>
      <p role="note" className="mb-1 text-xs text-amber-700 dark:text-amber-400">
        {t("chat.notDisplayed")}
      </p>
      <div className="markdown" data-find-body="">
        <PlainText text={message.content} />
      </div>
    </article>
  );
}

/** One message. A message that fails to render shows its text plainly; the rest of the page keeps working. */
export const MessageItem = memo(function MessageItem(props: MessageItemProps) {
  return (
    <RenderBoundary fallback={<MessageFallback {...props} />}>
      <MessageBody {...props} />
    </RenderBoundary>
  );
});
