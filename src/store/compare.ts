// The compare session: one user message answered by 2–4 parameter sets in parallel. Lives in memory only;
// nothing reaches the conversation until the user keeps a column (compare-keep.ts).
import { create } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { t } from "../lib/i18n/i18n";
import type { ReplyOutcome } from "../lib/openai/run-reply";
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
import { normalizeParams, type ParamSetting, type ParamSettings } from "../domain/parameters";
import type { SentRequest } from "../domain/reply";
import { conversationModel } from "../domain/request";
import type { Conversation } from "../domain/types";
import { useAppStore } from "./app-store";
import { getConversation, updateConversation } from "./conversations";
import { stopStream } from "./streams";

export type ColumnStatus = "idle" | "streaming" | "complete" | "stopped" | "error";

export interface CompareColumn {
  id: string;
  params: ParamSettings;
  /** The model this column asks for; starts as the conversation's. */
  model: string;
  text: string;
  reasoning: string;
  status: ColumnStatus;
  /** Identifies the column's latest run, so a late update from an earlier (halted) run is dropped. */
  runId?: string;
  /** What the latest run posted; the column's settings may be edited afterwards. */
  sent?: SentRequest;
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
  /** "Show differences": the two columns whose words are compared, or null when off. */
  differences: { left: string; right: string } | null;
}

const closed: CompareState = {
  conversationId: null,
  mode: "last",
  userMessageId: null,
  draft: "",
  addedUserMessageId: null,
  columns: [],
  differences: null,
};

export const useCompareStore = create<CompareState>()(() => closed);

export const compareStreamId = (runId: string) => `compare:${runId}`;

function makeColumn(params: ParamSettings, model: string): CompareColumn {
  return { id: newId("col"), params, model, text: "", reasoning: "", status: "idle" };
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
  const model = conversationModel(conv, useAppStore.getState().settings);
  useCompareStore.setState({
    ...closed,
    conversationId,
    mode: chosen,
    userMessageId: chosen === "last" ? userMessageId : null,
    columns: defaultColumns(conv.params).map((params) => makeColumn(params, model)),
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
    columns: s.columns.map((c) => makeColumn(c.params, c.model)),
    differences: null,
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

/** The model a column asks for, as typed; a blank one is the conversation's model (see run-compare.ts). */
export function setColumnModel(columnId: string, model: string): void {
  patchColumn(columnId, (c) => (c.model === model ? null : { model }));
}

export function addColumn(): void {
  useCompareStore.setState((s) => {
    const last = s.columns[s.columns.length - 1];
    if (s.columns.length >= MAX_COLUMNS || !last) return s;
    return { columns: [...s.columns, makeColumn(nextColumn(s.columns.map((c) => c.params)), last.model)] };
  });
}

export function removeColumn(columnId: string): void {
  const { columns, differences } = useCompareStore.getState();
  if (columns.length <= MIN_COLUMNS) return;
  haltColumn(columnId);
  const left = columns.filter((c) => c.id !== columnId);
  const gone = differences && (differences.left === columnId || differences.right === columnId);
  useCompareStore.setState({
    columns: left,
    ...(gone ? { differences: { left: left[0]!.id, right: left[1]!.id } } : {}),
  });
}

/** Turns "Show differences" on (between the first two columns) or off. */
export function showDifferences(on: boolean): void {
  useCompareStore.setState((s) => {
    const [a, b] = s.columns;
    return { differences: on && a && b ? { left: a.id, right: b.id } : null };
  });
}

/** Picks the columns compared; picking the other side's column swaps the two. */
export function setDifferenceColumn(side: "left" | "right", columnId: string): void {
  useCompareStore.setState((s) => {
    if (!s.differences || !s.columns.some((c) => c.id === columnId)) return s;
    const other = side === "left" ? "right" : "left";
    const next = { ...s.differences, [side]: columnId };
    if (s.differences[other] === columnId) next[other] = s.differences[side];
    return { differences: next };
  });
}

/** In "next" mode the message joins the conversation on the first run, as the chat would add it. */
export function ensureUserMessage(): string | null {
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

/**
 * Marks a column as running `runId` (the reply runner reports to it under that id) and returns the
 * conversation and user message to answer; null when there is nothing to run.
 */
export function beginColumnRun(
  columnId: string,
  runId: string,
): { conversation: Conversation; userMessageId: string; column: CompareColumn } | null {
  const userMessageId = ensureUserMessage();
  const { conversationId, columns } = useCompareStore.getState();
  const column = columns.find((c) => c.id === columnId);
  const conversation = conversationId ? getConversation(conversationId) : undefined;
  if (!userMessageId || !column || !conversation) return null;
  if (column.runId) stopStream(compareStreamId(column.runId));
  patchColumn(columnId, () => ({
    runId,
    sent: undefined,
    text: "",
    reasoning: "",
    status: "streaming",
    outcome: undefined,
  }));
  return { conversation, userMessageId, column };
}

/** Updates from a run reach its column only while that run is the column's latest. */
export function updateColumnRun(
  columnId: string,
  runId: string,
  patch: (c: CompareColumn) => Partial<CompareColumn>,
): void {
  patchColumn(columnId, (c) => (c.runId === runId ? patch(c) : null));
}

export function haltColumn(columnId: string): void {
  const column = useCompareStore.getState().columns.find((c) => c.id === columnId);
  if (column?.runId && column.status === "streaming") stopStream(compareStreamId(column.runId));
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
        s.columns.map((c) => c.model),
      ),
    ),
  );
