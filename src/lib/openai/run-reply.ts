// Runs one chat request to its end: text is handed over in batches (at most one per frame, so a fast
// stream costs one render per frame, not one per chunk), and the outcome says how the reply ended.
import { englishT } from "../i18n/i18n";
import { errorText, type ErrorDetail } from "./error-detail";
import { ApiError, timeoutError } from "./errors";
import { chatCompletion, type ChatCallOptions } from "./chat-completions";
import type { ReplyError } from "./reply-error";
import { createNotesCollector } from "./reply-notes";
import type { ReplyNotes, Usage } from "./types";
import { createWatchdog, realTimers, type Timers } from "./watchdog";

export interface ReplyText {
  content: string;
  reasoning: string;
}

export interface ReplyOutcome {
  status: "complete" | "stopped" | "error";
  error?: ReplyError;
  usage?: Usage;
  finishReason?: string;
  /** The model the provider says it used. */
  model?: string;
  /** Tool calls, unreadable chunks, parts of unknown types: what the reply carried besides text. */
  notes?: ReplyNotes;
  timing: { firstTokenMs?: number; totalMs: number };
}

export interface Scheduler {
  schedule(run: () => void): void;
  cancel(): void;
}

export interface Cadence {
  /** Shortest pause between two updates (20 a second still reads as smooth streaming). */
  minMs: number;
  /** Longest pause, however costly an update gets. */
  maxMs: number;
  /** The share of the main thread that showing a stream may take. */
  share: number;
}

export const DEFAULT_CADENCE: Cadence = { minMs: 50, maxMs: 120, share: 0.2 };

/** The pause before the next update, so that updates costing `costMs` each take `share` of the time. */
export function cadenceFor(costMs: number, cadence: Cadence = DEFAULT_CADENCE): number {
  if (!Number.isFinite(costMs) || costMs <= 0) return cadence.minMs;
  return Math.min(cadence.maxMs, Math.max(cadence.minMs, costMs / cadence.share));
}

/** A running average that follows a changing cost without jumping on one slow frame. */
export function smoothCost(previous: number | null, sample: number): number {
  return previous === null ? sample : previous * 0.7 + sample * 0.3;
}

/**
 * Hands text to the screen at most once per animation frame, and no more often than the updates can
 * afford: each update's cost (script, then the frame's style, layout and paint, timed until the task
 * after that frame) sets the pause before the next one, so that showing the stream takes at most a fifth
 * of the main thread, with updates 50 to 120 ms apart. A short reply on a fast
 * machine updates 20 times a second; a 50 KB reply on a slow one, whose every update lays out and paints
 * more, slows down instead of taking over the main thread (typing stays responsive while it streams).
 * Hidden tabs pause animation frames, so there a timer keeps a background reply moving.
 */
export function frameScheduler(
  cadence: Cadence = DEFAULT_CADENCE,
  now: () => number = () => performance.now(),
): Scheduler {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let last = -Infinity;
  let cost: number | null = null;
  let interval = cadence.minMs;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
    timer = null;
    frame = null;
  };
  return {
    schedule(run) {
      if (timer !== null || frame !== null) return;
      const fire = () => {
        clear();
        const started = now();
        last = started;
        run();
        // Runs after the frame this update is painted in (or at once in a hidden tab).
        setTimeout(() => {
          cost = smoothCost(cost, now() - started);
          interval = cadenceFor(cost, cadence);
        }, 0);
      };
      const visible = typeof document !== "undefined" && document.visibilityState === "visible";
      const wait = Math.max(0, last + interval - now());
      if (!visible) {
        timer = setTimeout(fire, Math.max(wait, 100));
      } else if (wait === 0) {
        frame = requestAnimationFrame(fire);
      } else {
        timer = setTimeout(() => {
          timer = null;
          frame = requestAnimationFrame(fire);
        }, wait);
      }
    },
    cancel: clear,
  };
}

function toOutcomeError(error: unknown): ReplyError {
  if (error instanceof ApiError) {
    return {
      kind: error.kind,
      message: error.message,
      retryable: error.retryable,
      detail: error.detail,
      ...(error.status !== undefined ? { status: error.status } : {}),
    };
  }
  const detail: ErrorDetail = { code: "unexpected", detail: String(error) };
  return { kind: "stream", message: errorText(detail, englishT), retryable: true, detail };
}

export interface RunReplyOptions extends ChatCallOptions {
  onText: (text: ReplyText) => void;
  /**
   * Called with the outcome in the same task as the last `onText`, so the caller can mark the reply
   * finished in the same render as its last text (one render at the end instead of two).
   */
  onEnd?: (outcome: ReplyOutcome) => void;
  /** No sign of life for this long → `onStall(true)`; `onStall(false)` when bytes resume or the reply ends. */
  stallMs?: number;
  onStall?: (stalled: boolean) => void;
  /** Stops waiting for the reply after this long (0 or absent: never), keeping what arrived. */
  timeoutMs?: number;
  scheduler?: Scheduler;
  now?: () => number;
  timers?: Timers;
}

export async function runReply(options: RunReplyOptions): Promise<ReplyOutcome> {
  const now = options.now ?? (() => performance.now());
  const timers = options.timers ?? realTimers;
  const scheduler = options.scheduler ?? frameScheduler();
  const started = now();
  let firstTokenMs: number | undefined;
  let buffered: ReplyText = { content: "", reasoning: "" };
  let usage: Usage | undefined;
  let finishReason: string | undefined;
  let model: string | undefined;
  const notes = createNotesCollector();

  const watchdog = createWatchdog(options.stallMs ?? 0, (stalled) => options.onStall?.(stalled), timers);
  // The timeout aborts the request through its own signal, so Stop (the caller's signal) stays as it was.
  const timeout = new AbortController();
  const timeoutMs = options.timeoutMs ?? 0;
  const timeoutHandle = timeoutMs > 0 ? timers.set(() => timeout.abort(), timeoutMs) : null;
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;

  const flush = () => {
    if (!buffered.content && !buffered.reasoning) return;
    const text = buffered;
    buffered = { content: "", reasoning: "" };
    options.onText(text);
  };

  const end = (status: ReplyOutcome["status"], error?: unknown): ReplyOutcome => {
    scheduler.cancel();
    watchdog.stop();
    if (timeoutHandle !== null) timers.clear(timeoutHandle);
    flush();
    const collected = notes.notes();
    const outcome: ReplyOutcome = {
      status,
      ...(error !== undefined ? { error: toOutcomeError(error) } : {}),
      ...(usage ? { usage } : {}),
      ...(finishReason ? { finishReason } : {}),
      ...(model ? { model } : {}),
      ...(collected ? { notes: collected } : {}),
      timing: {
        ...(firstTokenMs !== undefined ? { firstTokenMs } : {}),
        totalMs: Math.round(now() - started),
      },
    };
    options.onEnd?.(outcome);
    return outcome;
  };

  try {
    for await (const event of chatCompletion({ ...options, signal, onActivity: watchdog.alive })) {
      switch (event.type) {
        case "content":
        case "reasoning":
          firstTokenMs ??= Math.round(now() - started);
          buffered[event.type] += event.text;
          scheduler.schedule(flush);
          break;
        case "usage":
          // Some providers repeat usage on every chunk: the last one is the total, never a sum.
          usage = event.usage;
          break;
        case "finish":
          finishReason = event.reason;
          break;
        case "model":
          model = event.model;
          break;
        case "error":
          return end("error", event.error);
        case "done":
          break;
        default:
          notes.add(event);
      }
    }
    return end("complete");
  } catch (error) {
    if (error instanceof ApiError && error.kind === "aborted") {
      // Stop wins over a timeout that fired at the same moment: the user asked for it.
      if (timeout.signal.aborted && !options.signal?.aborted) {
        return end("error", timeoutError(Math.round(timeoutMs / 1000), firstTokenMs !== undefined));
      }
      return end("stopped");
    }
    return end("error", error);
  }
}
