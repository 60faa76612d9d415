// The compare session: one user message answered by 2–4 parameter sets in parallel. Lives in memory only;
// nothing reaches the conversation until the user keeps a column (compare-keep.ts).
import { create } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { englishT, t } from "../lib/i18n/i18n";
import { loadFailure } from "../lib/openai/error-detail";
import type { ReplyOutcome } from "../lib/openai/run-reply";
import { loadNetwork } from "../lib/network";
import {
  defaultColumns,
  describeDifferences,
  type DifferenceWords,
  MAX_COLUMNS,
  MIN_COLUMNS,
  nextColumn,
} from "../domain/compare";
import { activePath, addMessage, childrenOf, deleteMessage, newUserMessage } from "../domain/conversation";
import { newId } from "../domain/ids";
import type { ParamKey } from "../domain/parameter-table";
import { chosenParams, normalizeParams, type ParamSetting, type ParamSettings } from "../domain/parameters";
import { buildRequest } from "../domain/request";
import { imageStore } from "./image-store";
import { useAppStore } from "./app-store";
import { getConversation, updateConversation } from "./conversations";
import { registerStream, stopStream, unregisterStream } from "./streams";

export type ColumnStatus = "idle" | "streaming" | "complete" | "stopped" | "error";

export interface CompareColumn {
  id: string;
  params: ParamSettings;
  text: string;
  reasoning: string;
  status: ColumnStatus;
  /** Identifies the column's latest run, so a late update from an earlier (halted) run is dropped. */
  runId?: string;
  /** What the latest run posted; the column's settings may be edited afterwards. */
  sent?: { model: string; params: Partial<Record<ParamKey, number>> };
  outcome?: ReplyOutcome;
}

export type CompareMode = "last" | "next";

export interface CompareState {
  conversationId: string | null;
  mode: CompareMode;
  /** The user message being answered: the last one, or the new one once "next" mode has run. */
  userMessageId: string | null;
  /** The text of the new message in "next" mode. */
  draft: string;
  /** Set when compare added the user message itself, so closing without a kept reply removes it again. */
  addedUserMessageId: string | null;
  columns: CompareColumn[];
}

const closed: CompareState = {
  conversationId: null,
  mode: "last",
  userMessageId: null,
  draft: "",
  addedUserMessageId: null,
  columns: [],
};

export const useCompareStore = create<CompareState>()(() => closed);

const streamId = (runId: string) => `compare:${runId}`;

function makeColumn(params: ParamSettings): CompareColumn {
  return { id: newId("col"), params, text: "", reasoning: "", status: "idle" };
}

function patchColumn(id: string, patch: (c: CompareColumn) => Partial<CompareColumn> | null): void {
  useCompareStore.setState((s) => {
    let changed = false;
    const columns = s.columns.map((c) => {
      const p = c.id === id ? patch(c) : null;
      if (!p) return c;
      changed = true;
      return { ...c, ...p };
    });
    return changed ? { columns } : s;
  });
}

function lastUserMessageId(conversationId: string): string | null {
  const conv = getConversation(conversationId);
  return conv ? (activePath(conv).findLast((m) => m.role === "user")?.id ?? null) : null;
}

/** Opens compare on a conversation: its last user message, or a new message when there is none. */
export function openCompare(conversationId: string, mode?: CompareMode): boolean {
  const conv = getConversation(conversationId);
  if (!conv) return false;
  closeCompare();
  const userMessageId = lastUserMessageId(conversationId);
  const chosen = mode ?? (userMessageId ? "last" : "next");
  useCompareStore.setState({
    ...closed,
    conversationId,
    mode: chosen,
    userMessageId: chosen === "last" ? userMessageId : null,
    columns: defaultColumns(conv.params).map(makeColumn),
  });
  return true;
}

export function setCompareMode(mode: CompareMode): void {
  const { conversationId, addedUserMessageId } = useCompareStore.getState();
  if (!conversationId || addedUserMessageId) return;
  haltAllColumns();
  const userMessageId = mode === "last" ? lastUserMessageId(conversationId) : null;
  useCompareStore.setState((s) => ({
    mode,
    userMessageId,
    columns: s.columns.map((c) => makeColumn(c.params)),
  }));
}

export function setCompareDraft(draft: string): void {
  useCompareStore.setState({ draft });
}

export function setColumnParam(columnId: string, key: ParamKey, patch: Partial<ParamSetting>): void {
  patchColumn(columnId, (c) => ({
    params: normalizeParams({ ...c.params, [key]: { ...c.params[key], ...patch } }),
  }));
}

export function addColumn(): void {
  useCompareStore.setState((s) =>
    s.columns.length >= MAX_COLUMNS
      ? s
      : { columns: [...s.columns, makeColumn(nextColumn(s.columns.map((c) => c.params)))] },
  );
}

export function removeColumn(columnId: string): void {
  const { columns } = useCompareStore.getState();
  if (columns.length <= MIN_COLUMNS) return;
  haltColumn(columnId);
  useCompareStore.setState({ columns: columns.filter((c) => c.id !== columnId) });
}

/** In "next" mode the message joins the conversation on the first run, as the chat would add it. */
function ensureUserMessage(): string | null {
  const s = useCompareStore.getState();
  if (!s.conversationId) return null;
  if (s.userMessageId) return s.userMessageId;
  const text = s.draft.trim();
  const conv = getConversation(s.conversationId);
  if (s.mode !== "next" || !text || !conv) return null;
  const user = newUserMessage(conv, newId("m"), text, Date.now());
  updateConversation(conv.id, (c) =>
    addMessage(c, user, (count) => t("conversations.imagesTitle", { count })),
  );
  useCompareStore.setState({ userMessageId: user.id, addedUserMessageId: user.id });
  return user.id;
}

export async function runColumn(columnId: string): Promise<void> {
  const userMessageId = ensureUserMessage();
  const { conversationId, columns } = useCompareStore.getState();
  const column = columns.find((c) => c.id === columnId);
  const conv = conversationId ? getConversation(conversationId) : undefined;
  if (!userMessageId || !column || !conv) return;
  if (column.runId) stopStream(streamId(column.runId));

  const { settings } = useAppStore.getState();
  const runId = newId("run");
  const sent = { model: settings.model.trim(), params: chosenParams(column.params) };
  patchColumn(columnId, () => ({
    runId,
    sent,
    text: "",
    reasoning: "",
    status: "streaming",
    outcome: undefined,
  }));
  const mine = (c: CompareColumn) => c.runId === runId;
  // Registered before any wait, so halting the column at once still aborts it.
  const controller = registerStream(streamId(runId), conv.id);
  let outcome: ReplyOutcome;
  try {
    // The compared message's images come from IndexedDB, as for a normal reply.
    const imageUrls = await imageStore.resolve(conv, userMessageId).catch(() => new Map<string, string>());
    const request = buildRequest({ ...conv, params: column.params }, userMessageId, settings, imageUrls);
    const { runReply } = await loadNetwork();
    outcome = await runReply({
      endpoint: { baseUrl: settings.baseUrl, apiKey: settings.apiKey },
      request,
      signal: controller.signal,
      onText: (delta) =>
        patchColumn(columnId, (c) =>
          mine(c) ? { text: c.text + delta.content, reasoning: c.reasoning + delta.reasoning } : null,
        ),
    });
  } catch (error) {
    outcome = {
      status: "error",
      error: loadFailure(error, englishT),
      timing: { totalMs: 0 },
    };
  }
  unregisterStream(streamId(runId));
  patchColumn(columnId, (c) => (mine(c) ? { status: outcome.status, outcome } : null));
}

/** Every column at once, each with its own request and AbortController. */
export async function runComparison(): Promise<void> {
  if (!ensureUserMessage()) return;
  await Promise.all(useCompareStore.getState().columns.map((c) => runColumn(c.id)));
}

export function haltColumn(columnId: string): void {
  const column = useCompareStore.getState().columns.find((c) => c.id === columnId);
  if (column?.runId && column.status === "streaming") stopStream(streamId(column.runId));
}

export function haltAllColumns(): void {
  for (const c of useCompareStore.getState().columns) haltColumn(c.id);
}

/** Halts every column and discards the results. */
export function closeCompare(): void {
  const { conversationId, addedUserMessageId } = useCompareStore.getState();
  if (!conversationId) return;
  haltAllColumns();
  useCompareStore.setState(closed);
  if (addedUserMessageId) {
    updateConversation(conversationId, (c) =>
      childrenOf(c, addedUserMessageId).length === 0 ? deleteMessage(c, addedUserMessageId, Date.now()) : c,
    );
  }
}

// Compare belongs to the conversation on screen: opening another one (or deleting this one) ends it.
useAppStore.subscribe((s) => {
  const { conversationId } = useCompareStore.getState();
  if (conversationId && (s.activeId !== conversationId || !s.conversations[conversationId])) closeCompare();
});

export const useCompareOpen = (): boolean => useCompareStore((s) => s.conversationId !== null);

export const useColumnIds = (): string[] => useCompareStore(useShallow((s) => s.columns.map((c) => c.id)));

export const useColumn = (id: string): CompareColumn | undefined =>
  useCompareStore((s) => s.columns.find((c) => c.id === id));

/** Labels of what differs; recomputed per update but compared by value, so streamed text re-renders nothing. */
export const useColumnLabels = (words: DifferenceWords): string[] =>
  useCompareStore(
    useShallow((s) =>
      describeDifferences(
        s.columns.map((c) => c.params),
        words,
      ),
    ),
  );
