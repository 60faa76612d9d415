// Runs one chat request to its end: text is handed over in batches (at most one per frame, so a fast
// stream costs one render per frame, not one per chunk), and the outcome says how the reply ended.
import { ApiError } from "./errors";
import { chatCompletion, type ChatCallOptions } from "./stream-chat";
import type { Usage } from "./types";

export interface ReplyText {
  content: string;
  reasoning: string;
}

export interface ReplyOutcome {
  status: "complete" | "stopped" | "error";
  error?: { kind: ApiError["kind"]; message: string; status?: number; retryable: boolean };
  usage?: Usage;
  finishReason?: string;
  /** The model the provider says it used. */
  model?: string;
  timing: { firstTokenMs?: number; totalMs: number };
}

export interface Scheduler {
  schedule(run: () => void): void;
  cancel(): void;
}

/**
 * Hands text to the screen at most once per animation frame and at most every `minIntervalMs`: each
 * update costs a render, layout and paint, and a 20-per-second cadence still reads as smooth streaming.
 * Hidden tabs pause animation frames, so there a timer keeps a background reply moving.
 */
export function frameScheduler(minIntervalMs = 50): Scheduler {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let last = -Infinity;
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
        last = performance.now();
        run();
      };
      const visible = typeof document !== "undefined" && document.visibilityState === "visible";
      const wait = Math.max(0, last + minIntervalMs - performance.now());
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

function toOutcomeError(error: unknown): NonNullable<ReplyOutcome["error"]> {
  if (error instanceof ApiError) {
    return {
      kind: error.kind,
      message: error.message,
      retryable: error.retryable,
      ...(error.status !== undefined ? { status: error.status } : {}),
    };
  }
  return { kind: "stream", message: `Unexpected error: ${String(error)}`, retryable: true };
}

export async function runReply(
  options: ChatCallOptions & {
    onText: (text: ReplyText) => void;
    scheduler?: Scheduler;
    now?: () => number;
  },
): Promise<ReplyOutcome> {
  const now = options.now ?? (() => performance.now());
  const scheduler = options.scheduler ?? frameScheduler();
  const started = now();
  let firstTokenMs: number | undefined;
  let buffered: ReplyText = { content: "", reasoning: "" };
  let usage: Usage | undefined;
  let finishReason: string | undefined;
  let model: string | undefined;

  const flush = () => {
    if (!buffered.content && !buffered.reasoning) return;
    const text = buffered;
    buffered = { content: "", reasoning: "" };
    options.onText(text);
  };

  const end = (status: ReplyOutcome["status"], error?: unknown): ReplyOutcome => {
    scheduler.cancel();
    flush();
    return {
      status,
      ...(error !== undefined ? { error: toOutcomeError(error) } : {}),
      ...(usage ? { usage } : {}),
      ...(finishReason ? { finishReason } : {}),
      ...(model ? { model } : {}),
      timing: {
        ...(firstTokenMs !== undefined ? { firstTokenMs } : {}),
        totalMs: Math.round(now() - started),
      },
    };
  };

  try {
    for await (const event of chatCompletion(options)) {
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
      }
    }
    return end("complete");
  } catch (error) {
    if (error instanceof ApiError && error.kind === "aborted") return end("stopped");
    return end("error", error);
  }
}
