// Running a sweep: each cell is one job for the reply runner. A small scheduler starts queued cells up to
// the run's concurrency, and waits out a 429's Retry-After before starting anything else.
import { addMessage, switchBranch } from "../../domain/conversation";
import { newId } from "../../domain/ids";
import { canKeepRun, keptReply } from "../../domain/reply";
import { conversationModel } from "../../domain/request";
import { cellParams, specProblems } from "../../domain/sweep";
import {
  appendCellText,
  cellsToStart,
  createRun,
  endCell,
  nextWakeUp,
  requeueCell,
  skipCell,
  startCell,
  stopQueued,
} from "../../domain/sweep-run";
import type { Conversation } from "../../domain/types";
import { startReply } from "../../services/reply-runner";
import { conversationStorage, useAppStore } from "../../store/app-store";
import { getConversation, updateConversation } from "../../store/conversations";
import { stopStream } from "../../store/streams";
import { closeSweep, setRun, sweepStreamId, sweepTarget, updateRun, useSweepStore } from "../../store/sweep";

let wakeTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Set while the page is being left (a reload, another address). The browser cuts the requests then,
 * which is not the cells failing, and no new request may start: the saved run keeps those cells as they
 * were, and after a reload they read as stopped with their text (see settleRun). `beforeunload` comes
 * before the browser cuts anything; should the page stay after all (a navigation that did not happen),
 * the sweep carries on after a moment, with what ended meanwhile.
 */
let leaving = false;
let watchingPage = false;
const heldEnds: (() => void)[] = [];
const STAY_CHECK_MS = 3000;

function watchPage(): void {
  if (watchingPage || typeof window === "undefined") return;
  watchingPage = true;
  const stay = () => {
    leaving = false;
    for (const end of heldEnds.splice(0)) end();
    const run = useSweepStore.getState().run;
    if (run) pump(run.id);
  };
  window.addEventListener("beforeunload", () => {
    leaving = true;
    setTimeout(stay, STAY_CHECK_MS);
  });
  window.addEventListener("pagehide", () => {
    leaving = true;
  });
  // Back from the back-forward cache: the page is in use again.
  window.addEventListener("pageshow", (e) => {
    if (e.persisted) stay();
  });
}

/** The conversation as it was when each run started: every cell answers the same prompt and settings. */
const snapshots = new Map<string, Conversation>();

/** Starts what may start now, and sets a timer for cells waiting out a Retry-After. */
function pump(runId: string): void {
  const run = useSweepStore.getState().run;
  if (!run || run.id !== runId || leaving) return;
  for (const cell of cellsToStart(run, Date.now())) launchCell(runId, cell.id);
  if (wakeTimer) clearTimeout(wakeTimer);
  wakeTimer = null;
  const after = useSweepStore.getState().run;
  const wake = after ? nextWakeUp(after, Date.now()) : null;
  if (wake !== null) wakeTimer = setTimeout(() => pump(runId), Math.max(0, wake - Date.now()));
}

function launchCell(runId: string, cellId: string): void {
  const run = useSweepStore.getState().run;
  const cell = run?.cells.find((c) => c.id === cellId);
  const conversation = snapshots.get(runId) ?? (run && getConversation(run.conversationId));
  if (!run || !cell || !conversation) return;
  const { sent, done } = startReply(
    {
      conversation,
      parentId: run.userMessageId,
      model: run.model,
      params: cellParams(run.baseParams, run.spec.param, cell.value),
      streamId: sweepStreamId(cellId),
    },
    {
      onText: (text) => updateRun(runId, (r) => appendCellText(r, cellId, text)),
      onEnd: (outcome) => {
        const end = () => updateRun(runId, (r) => endCell(r, cellId, outcome, Date.now()), true);
        if (leaving) heldEnds.push(end);
        else end();
      },
    },
  );
  updateRun(runId, (r) => startCell(r, cellId, sent));
  // The next queued cell starts as soon as this one has ended.
  void done.then(() => pump(runId));
}

/** Runs the sweep in the form on the conversation's last user message; false when it cannot run. */
export function runSweep(): boolean {
  const { conversationId, spec, run: previous } = useSweepStore.getState();
  if (!conversationId || specProblems(spec).length > 0) return false;
  const conversation = getConversation(conversationId);
  const userMessageId = sweepTarget(conversationId);
  if (!conversation || !userMessageId) return false;
  if (previous) stopAll();
  const { settings } = useAppStore.getState();
  const run = createRun(
    newId("sweep"),
    {
      conversationId,
      userMessageId,
      spec,
      baseParams: conversation.params,
      model: conversationModel(conversation, settings),
      createdAt: Date.now(),
    },
    () => newId("cell"),
  );
  snapshots.set(run.id, conversation);
  setRun(run);
  watchPage();
  pump(run.id);
  return true;
}

/** Runs what is still queued (after a reload, nothing runs until asked). */
export function resumeSweep(): void {
  const run = useSweepStore.getState().run;
  watchPage();
  if (run) pump(run.id);
}

export function stopCell(cellId: string): void {
  const run = useSweepStore.getState().run;
  const cell = run?.cells.find((c) => c.id === cellId);
  if (!run || !cell) return;
  if (cell.status === "streaming") stopStream(sweepStreamId(cellId));
  else updateRun(run.id, (r) => skipCell(r, cellId), true);
}

export function stopAll(): void {
  const run = useSweepStore.getState().run;
  if (!run) return;
  if (wakeTimer) clearTimeout(wakeTimer);
  wakeTimer = null;
  updateRun(run.id, stopQueued, true);
  for (const cell of run.cells) if (cell.status === "streaming") stopStream(sweepStreamId(cell.id));
}

export function retryCell(cellId: string): void {
  const run = useSweepStore.getState().run;
  if (!run) return;
  updateRun(run.id, (r) => requeueCell(r, cellId), true);
  watchPage();
  pump(run.id);
}

/** Adds a sample as an answer to the message the sweep asked, shown as the conversation's reply. */
export function keepSample(cellId: string): boolean {
  const run = useSweepStore.getState().run;
  const cell = run?.cells.find((c) => c.id === cellId);
  if (!run || !cell?.sent || !cell.outcome || !canKeepRun(cell.status, cell.text)) return false;
  const reply = keptReply(
    { text: cell.text, reasoning: cell.reasoning, sent: cell.sent, outcome: cell.outcome },
    newId("m"),
    run.userMessageId,
    Date.now(),
  );
  updateConversation(run.conversationId, (c) => switchBranch(addMessage(c, reply), reply.id));
  conversationStorage.flushSoon();
  closeSweep();
  return true;
}
