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

/** Animation frames while visible; a timer in hidden tabs, where frames pause. */
export function frameScheduler(): Scheduler {
  let handle: number | null = null;
  let usingFrame = false;
  return {
    schedule(run) {
      if (handle !== null) return;
      usingFrame = typeof document !== "undefined" && document.visibilityState === "visible";
      const fire = () => {
        handle = null;
        run();
      };
      handle = usingFrame ? requestAnimationFrame(fire) : (setTimeout(fire, 100) as unknown as number);
    },
    cancel() {
      if (handle === null) return;
      if (usingFrame) cancelAnimationFrame(handle);
      else clearTimeout(handle);
      handle = null;
    },
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
