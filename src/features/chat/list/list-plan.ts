// How the message list renders a conversation: every message (mounted a screenful first, the rest in
// small batches in idle time), or, for long conversations, only those near the view (virtualised).
// Pure numbers and decisions; the components apply them.
import type { Message } from "../../../domain/types";

/**
 * Conversations up to these sizes render every message; beyond either, the list is virtualised.
 * A build can move them (VITE_FULL_LIST_MAX_MESSAGES / _CHARS) to measure where the cost of
 * rendering every message starts to show (scripts/bench/list-threshold.mjs).
 */
export const FULL_LIST_MAX_MESSAGES = Number(import.meta.env.VITE_FULL_LIST_MAX_MESSAGES) || 300;
export const FULL_LIST_MAX_CHARS = Number(import.meta.env.VITE_FULL_LIST_MAX_CHARS) || 500_000;

export function shouldVirtualize(count: number, chars: number): boolean {
  return count > FULL_LIST_MAX_MESSAGES || chars > FULL_LIST_MAX_CHARS;
}

/** Rendering cost of a message in "characters": its text plus what every message costs (header, actions). */
export function messageCost(message: Pick<Message, "content" | "reasoning" | "images"> | undefined): number {
  if (!message) return 0;
  return (
    400 + message.content.length + (message.reasoning?.length ?? 0) / 4 + (message.images?.length ?? 0) * 200
  );
}

/**
 * The index from which the messages before `end` add up to `budget` (at least one message is taken,
 * so a batch always makes progress).
 */
export function batchStart(cost: (index: number) => number, end: number, budget: number): number {
  let start = end;
  let total = 0;
  while (start > 0) {
    const next = cost(start - 1);
    if (start < end && total + next > budget) break;
    total += next;
    start--;
  }
  return start;
}

/** The index up to which the messages from `start` add up to `budget` (at least one is taken). */
export function batchEnd(
  cost: (index: number) => number,
  start: number,
  count: number,
  budget: number,
): number {
  let end = start;
  let total = 0;
  while (end < count) {
    const next = cost(end);
    if (end > start && total + next > budget) break;
    total += next;
    end++;
  }
  return end;
}

/**
 * How much the first render mounts, in estimated height: a screen and a half, so the view is full
 * whatever the first measured heights turn out to be, and no more (it renders in one task).
 */
export const FIRST_BATCH_SCREENS = 1.5;
/** The most the first render mounts, in cost units, however short the messages. */
export const FIRST_BATCH_COST = 12_000;
/** About how many characters of a message fit on a line of a list `width` px wide. */
export function charsPerLine(width: number): number {
  return Math.max(24, Math.min(90, Math.round((width - 48) / 8.5)));
}

/** Main-thread time one idle batch aims at (rendering, committing and laying out its messages). */
export const BATCH_TARGET_MS = 24;

/**
 * Adapts the batch size to the time batches take on this machine: `rate` is cost units per ms, from
 * the last batches. The first guess is conservative; the size is kept between one message and a
 * first batch's worth.
 */
export function nextBudget(rate: number | null): number {
  if (rate === null || !Number.isFinite(rate) || rate <= 0) return 4_000;
  return Math.min(FIRST_BATCH_COST * 2, Math.max(1, rate * BATCH_TARGET_MS));
}

/** Blends a new measurement into the running rate, weighting recent batches more. */
export function blendRate(previous: number | null, cost: number, ms: number): number {
  const measured = cost / Math.max(ms, 1);
  return previous === null ? measured : previous * 0.5 + measured * 0.5;
}

/**
 * A first guess of a message's height (px) before it is measured or rendered, from its text and how
 * many characters fit on a line.
 */
export function estimateHeight(
  message: Pick<Message, "role" | "content"> | undefined,
  charsPerLine = 80,
): number {
  if (!message) return 120;
  const lines =
    Math.ceil(message.content.length / charsPerLine) + (message.content.match(/\n/g)?.length ?? 0) / 2;
  const text = Math.min(lines, 400) * 28;
  // Padding between rows, and the action bar under each message.
  return 24 + 36 + (message.role === "user" ? Math.max(44, text * 0.8) : Math.max(28, text));
}
