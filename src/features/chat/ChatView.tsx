import { lazy, Suspense } from "react";
import { conversationModel } from "../../domain/request";
import { startNewChat } from "../../store/conversations";
import {
  useActiveConversationId,
  useActiveConversationLoading,
  useMissingConversationId,
  useStreamingReplyId,
} from "../../store/selectors";
import { useAppStore } from "../../store/app-store";
import { draftKeyOf } from "../../store/drafts";
import { useFindStore } from "../../store/find";
import { dismissMessageRemoval, undoMessageRemoval, useMessageRemoval } from "../../store/messages";
import { Composer } from "./Composer";
import { focusComposer } from "./composer-focus";
import { MessageList } from "./MessageList";
import { useFindShortcut } from "./find/use-find-shortcut";
import { Button } from "../../components/ui/button";
import { Rich } from "../../components/i18n/Rich";
import { UndoNotice } from "../../components/ui/undo-notice";
import { useT } from "../../components/i18n/use-t";

// Find in conversation's bar loads the first time it opens.
const FindBar = lazy(() => import("./find/FindBar").then((m) => ({ default: m.FindBar })));

function EmptyState({ onOpenSettings }: { onOpenSettings: () => void }) {
  const t = useT();
  const hasKey = useAppStore((s) => s.settings.apiKey.trim().length > 0);
  const model = useAppStore((s) => conversationModel(s.draft, s.settings));
  return (
    <div className="flex min-h-0 flex-1 flex-col items-center justify-center overflow-y-auto px-6 text-center">
      <div className="mb-4 flex h-12 w-12 items-center justify-center rounded-2xl bg-indigo-600 text-white shadow-sm">
        <svg viewBox="0 0 24 24" width="24" height="24" fill="currentColor" aria-hidden="true">
          <path d="M5 5h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-5 4v-4H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z" />
        </svg>
      </div>
      <h2 className="text-xl font-semibold">{t("chat.emptyTitle")}</h2>
      <p className="mt-2 max-w-md text-sm text-zinc-500 dark:text-zinc-400">
        <Rich
          k="chat.emptyBody"
          values={{ model: model || "—" }}
          components={{ 0: <span className="font-mono text-zinc-700 dark:text-zinc-300" /> }}
        />
      </p>
      {!hasKey ? (
        <div className="mt-5 flex flex-col items-center gap-2 text-sm">
          <p className="text-zinc-500 dark:text-zinc-400">{t("chat.emptyNoKey")}</p>
          <Button variant="primary" onClick={onOpenSettings}>
            {t("chat.setUp")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** The address names a conversation this browser does not have: say so, and offer a way on. */
function MissingConversation() {
  const t = useT();
  return (
    <div className="flex min-h-0 flex-1 flex-col items-center justify-center overflow-y-auto px-6 text-center">
      <h2 className="text-xl font-semibold">{t("shell.notFound")}</h2>
      <p className="mt-2 max-w-md text-sm text-zinc-500 dark:text-zinc-400">{t("shell.notFoundBody")}</p>
      <Button
        variant="secondary"
        className="mt-5"
        onClick={() => {
          startNewChat();
          focusComposer();
        }}
      >
        {t("shell.startNewChat")}
      </Button>
    </div>
  );
}

/** Undo for the latest message deleted in this conversation. */
function MessageUndo({
  conversationId,
  returnFocus,
}: {
  conversationId: string | null;
  returnFocus: () => void;
}) {
  const t = useT();
  const removal = useMessageRemoval(conversationId);
  if (!removal) return null;
  return (
    <div className="mx-auto w-full max-w-3xl px-3 sm:px-6">
      <UndoNotice
        key={removal.deletion.removed[0]?.id}
        text={t("chat.deletedMessages", { count: removal.deletion.removed.length })}
        onUndo={undoMessageRemoval}
        onClose={dismissMessageRemoval}
        takeFocus
        returnFocus={returnFocus}
        className="mb-2"
      />
    </div>
  );
}

/** The conversation on screen: Find in conversation when open, its messages and the composer. */
export function ChatView({ onOpenSettings }: { onOpenSettings: () => void }) {
  const conversationId = useActiveConversationId();
  const missingId = useMissingConversationId();
  const loading = useActiveConversationLoading();
  const streamingReplyId = useStreamingReplyId(conversationId);
  const t = useT();
  const findOpen = useFindStore((s) => s.open);
  useFindShortcut(conversationId !== null);
  return (
    <>
      {conversationId && findOpen ? (
        <Suspense fallback={null}>
          <FindBar conversationId={conversationId} onClosed={() => void focusComposer()} />
        </Suspense>
      ) : null}
      {conversationId ? (
        <MessageList key={conversationId} conversationId={conversationId} />
      ) : loading ? (
        <p
          role="status"
          className="flex flex-1 items-center justify-center text-sm text-zinc-500 dark:text-zinc-400"
        >
          {t("storage.loadingConversation")}
        </p>
      ) : missingId ? (
        <MissingConversation />
      ) : (
        <EmptyState onOpenSettings={onOpenSettings} />
      )}
      <MessageUndo conversationId={conversationId} returnFocus={focusComposer} />
      <Composer
        // Not the bare id: the message list beside it is keyed by the conversation id already.
        key={`draft:${draftKeyOf(conversationId)}`}
        draftKey={draftKeyOf(conversationId)}
        streamingReplyId={streamingReplyId}
      />
    </>
  );
}
