// The one reply runner. A chat reply, a Compare column and a sweep sample are the same job: the branch
// of a conversation up to the user message being answered, a model and parameters; text, reasoning and
// the outcome go to the caller's sink. Here: what is sent is decided once, images are read from
// IndexedDB, the AbortController is registered (Stop, deleting the conversation), the network code is
// loaded and run with Settings' stall notice and time limit (a silence is recorded under the job's stream
// id in store/stalls.ts), and the outcome is always delivered, also when the network code could not load.
import { englishT } from "../lib/i18n/i18n";
import { loadNetwork } from "../lib/network";
import { loadFailure } from "../lib/openai/error-detail";
import type { ReplyOutcome, ReplyText } from "../lib/openai/run-reply";
import type { Timers } from "../lib/openai/watchdog";
import type { ParamSettings } from "../domain/parameters";
import { sentRequest, type SentRequest } from "../domain/reply";
import { requestBody } from "../domain/request";
import type { Conversation } from "../domain/types";
import { useAppStore } from "../store/app-store";
import { imageStore } from "../store/image-store";
import { setStalled } from "../store/stalls";
import { registerStream, unregisterStream } from "../store/streams";

export interface ReplyJob {
  /** The conversation as it is when the job starts: system prompt, extra fields and messages. */
  conversation: Conversation;
  /** The user message answered; the request carries the branch from the first message down to it. */
  parentId: string;
  model: string;
  params: ParamSettings;
  /**
   * The request's AbortController is registered under this id while it runs (see store/streams.ts), and
   * a silent connection is noted under it (store/stalls.ts: `useStalledFor(streamId)`).
   */
  streamId: string;
  /** Tests hand in a fake network and clock here; the app uses the browser's. */
  fetch?: typeof fetch;
  timers?: Timers;
}

export interface ReplySink {
  /** Text and reasoning as they arrive, at most once per frame. */
  onText(text: ReplyText): void;
  /** How the reply ended; exactly once, in the same task as the last `onText`. */
  onEnd(outcome: ReplyOutcome): void;
}

export interface ReplyRun {
  /** What the request posts: record this with the reply. Known at once, before anything is awaited. */
  sent: SentRequest;
  /** Settles with the outcome once `onEnd` has run; never rejects. */
  done: Promise<ReplyOutcome>;
}

export function startReply(job: ReplyJob, sink: ReplySink): ReplyRun {
  const { settings } = useAppStore.getState();
  const sent = sentRequest(job.model, job.params);
  // Registered before any wait, so stopping at once still aborts the request.
  const controller = registerStream(job.streamId, job.conversation.id);
  let ended = false;
  const onEnd = (outcome: ReplyOutcome) => {
    if (ended) return;
    ended = true;
    sink.onEnd(outcome);
  };
  const run = async (): Promise<ReplyOutcome> => {
    try {
      const imageUrls = await imageStore
        .resolve(job.conversation, job.parentId)
        .catch(() => new Map<string, string>());
      const request = requestBody(job.conversation, job.parentId, sent, settings.stream, imageUrls);
      const { runReply } = await loadNetwork();
      const outcome = await runReply({
        endpoint: { baseUrl: settings.baseUrl, apiKey: settings.apiKey },
        request,
        signal: controller.signal,
        ...(job.fetch ? { fetch: job.fetch } : {}),
        ...(job.timers ? { timers: job.timers } : {}),
        stallMs: settings.stallSeconds * 1000,
        onStall: (stalled) => setStalled(job.streamId, stalled ? settings.stallSeconds : null),
        timeoutMs: settings.timeoutSeconds * 1000,
        onText: sink.onText,
        onEnd,
      });
      // runReply reports the end itself, in the task of the last text; this only makes sure it is reported.
      onEnd(outcome);
      return outcome;
    } catch (error) {
      const outcome: ReplyOutcome = {
        status: "error",
        error: loadFailure(error, englishT),
        timing: { totalMs: 0 },
      };
      onEnd(outcome);
      return outcome;
    } finally {
      unregisterStream(job.streamId);
      setStalled(job.streamId, null);
    }
  };
  return { sent, done: run() };
}
