// A sweep run as data: its cells (one request each) and the pure steps of running them, so the scheduler
// in features/sweep/run-sweep.ts only starts requests and applies these.
import type { ReplyOutcome } from "../lib/openai/run-reply";
import type { ParamSettings } from "./parameters";
import type { SentRequest } from "./reply";
import { sweepPlan, type SweepSpec } from "./sweep";

export type CellStatus = "queued" | "streaming" | "complete" | "stopped" | "error";

export interface SweepCell {
  id: string;
  step: number;
  value: number;
  sample: number;
  status: CellStatus;
  text: string;
  reasoning: string;
  sent?: SentRequest;
  outcome?: ReplyOutcome;
  /** Requests made for this cell so far (a retry after a 429 is another). */
  attempts: number;
  /** While rate-limited: when the cell may be tried again (ms since 1970). */
  retryAt?: number;
}

export interface SweepRun {
  id: string;
  conversationId: string;
  /** The user message every cell answers. */
  userMessageId: string;
  spec: SweepSpec;
  /** The conversation's parameters when the sweep started; each cell changes the swept one only. */
  baseParams: ParamSettings;
  model: string;
  createdAt: number;
  cells: SweepCell[];
  /** No new request starts before this time (a 429's Retry-After). */
  pausedUntil: number;
  /** Requests allowed at once: the spec's concurrency, lowered by each 429. */
  concurrency: number;
}

/** A 429 is retried by itself this many times per cell; after that the cell shows Retry. */
export const AUTO_RETRIES = 3;
/** Without a Retry-After, a 429 pauses the sweep this long. */
export const DEFAULT_RETRY_MS = 5000;

export function createRun(
  id: string,
  init: Omit<SweepRun, "id" | "cells" | "pausedUntil" | "concurrency">,
  cellId: (index: number) => string,
): SweepRun {
  return {
    id,
    ...init,
    pausedUntil: 0,
    concurrency: init.spec.concurrency,
    cells: sweepPlan(init.spec).map((plan, i) => ({
      id: cellId(i),
      ...plan,
      status: "queued",
      text: "",
      reasoning: "",
      attempts: 0,
    })),
  };
}

function mapCell(run: SweepRun, id: string, update: (c: SweepCell) => SweepCell): SweepRun {
  return { ...run, cells: run.cells.map((c) => (c.id === id ? update(c) : c)) };
}

/** The queued cells that may start now, first in plan order, within the concurrency left. */
export function cellsToStart(run: SweepRun, now: number): SweepCell[] {
  if (now < run.pausedUntil) return [];
  const running = run.cells.filter((c) => c.status === "streaming").length;
  const free = Math.max(0, run.concurrency - running);
  return run.cells.filter((c) => c.status === "queued" && (c.retryAt ?? 0) <= now).slice(0, free);
}

/** When the scheduler should look again for cells that are waiting out a Retry-After; null if none wait. */
export function nextWakeUp(run: SweepRun, now: number): number | null {
  const times = run.cells
    .filter((c) => c.status === "queued")
    .map((c) => Math.max(c.retryAt ?? 0, run.pausedUntil))
    .filter((t) => t > now);
  return times.length > 0 ? Math.min(...times) : null;
}

export function startCell(run: SweepRun, id: string, sent: SentRequest): SweepRun {
  return mapCell(run, id, (c) => {
    const next: SweepCell = {
      ...c,
      status: "streaming",
      text: "",
      reasoning: "",
      sent,
      attempts: c.attempts + 1,
    };
    delete next.outcome;
    delete next.retryAt;
    return next;
  });
}

export function appendCellText(
  run: SweepRun,
  id: string,
  text: { content: string; reasoning: string },
): SweepRun {
  return mapCell(run, id, (c) => ({
    ...c,
    text: c.text + text.content,
    reasoning: c.reasoning + text.reasoning,
  }));
}

/** How long a 429 asks to wait, if the outcome is one. */
export function rateLimitWait(outcome: ReplyOutcome): number | null {
  const error = outcome.error;
  if (outcome.status !== "error" || error?.status !== 429) return null;
  const seconds = error.detail?.retryAfterSeconds;
  return typeof seconds === "number" && seconds >= 0 ? seconds * 1000 : DEFAULT_RETRY_MS;
}

/**
 * Records how a cell ended. A 429 (within AUTO_RETRIES) does not fail the cell: it goes back to the queue
 * with the time it may be tried again, the whole sweep pauses until then, and one request fewer runs at
 * once from then on, so a rate limit slows the sweep down instead of failing every remaining cell.
 */
export function endCell(run: SweepRun, id: string, outcome: ReplyOutcome, now: number): SweepRun {
  const cell = run.cells.find((c) => c.id === id);
  if (!cell) return run;
  const wait = rateLimitWait(outcome);
  if (wait !== null && cell.attempts <= AUTO_RETRIES) {
    const retryAt = now + wait;
    const waiting = mapCell(run, id, (c) => ({ ...c, status: "queued", outcome, retryAt }));
    return {
      ...waiting,
      pausedUntil: Math.max(run.pausedUntil, retryAt),
      concurrency: Math.max(1, run.concurrency - 1),
    };
  }
  return mapCell(run, id, (c) => ({ ...c, status: outcome.status, outcome }));
}

/** Retry: the cell goes back to the queue, its earlier result cleared. */
export function requeueCell(run: SweepRun, id: string): SweepRun {
  return mapCell(run, id, (c) => {
    const next: SweepCell = { ...c, status: "queued", text: "", reasoning: "" };
    delete next.outcome;
    delete next.retryAt;
    return next;
  });
}

/** Stop on a cell not started yet: it is stopped with nothing (Retry runs it). */
export function skipCell(run: SweepRun, id: string): SweepRun {
  return mapCell(run, id, (c) => (c.status === "queued" ? { ...c, status: "stopped" } : c));
}

/** Stop all, for the cells not started yet: they are stopped with nothing (Retry runs them). */
export function stopQueued(run: SweepRun): SweepRun {
  return {
    ...run,
    cells: run.cells.map((c) => (c.status === "queued" ? { ...c, status: "stopped" as const } : c)),
  };
}

/** After a reload nothing is in flight: a cell that was streaming keeps its text and is stopped. */
export function settleRun(run: SweepRun): SweepRun {
  if (!run.cells.some((c) => c.status === "streaming")) return run;
  return {
    ...run,
    cells: run.cells.map((c) => (c.status === "streaming" ? { ...c, status: "stopped" as const } : c)),
  };
}

export interface RunProgress {
  total: number;
  /** Cells that have ended (complete, stopped or failed). */
  done: number;
  running: number;
  queued: number;
  /** Queued cells waiting out a Retry-After. */
  waiting: number;
  failed: number;
}

export function runProgress(run: SweepRun, now: number): RunProgress {
  const count = (f: (c: SweepCell) => boolean) => run.cells.filter(f).length;
  return {
    total: run.cells.length,
    done: count((c) => c.status === "complete" || c.status === "stopped" || c.status === "error"),
    running: count((c) => c.status === "streaming"),
    queued: count((c) => c.status === "queued"),
    waiting: count((c) => c.status === "queued" && Math.max(c.retryAt ?? 0, run.pausedUntil) > now),
    failed: count((c) => c.status === "error"),
  };
}
