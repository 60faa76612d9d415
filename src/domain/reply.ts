// A reply's record, from what was sent to how it ended. The reply runner (services/reply-runner.ts) computes
// what is sent once; the chat, Compare and the sweep all build the finished message with these functions,
// so a reply kept from any of them reads the same.
import type { ReplyOutcome } from "../lib/openai/run-reply";
import type { ParamKey } from "./parameter-table";
import { chosenParams, type ParamSettings } from "./parameters";
import type { Message } from "./types";

/** What a request carried that the reply records: the model asked for and the sampling values posted. */
export interface SentRequest {
  model: string;
  params: Partial<Record<ParamKey, number>>;
}

/** The one place that decides what is sent: the trimmed model id and the parameters whose Send switch is on. */
export function sentRequest(model: string, params: ParamSettings): SentRequest {
  return { model: model.trim(), params: chosenParams(params) };
}

/** An empty assistant message waiting for its text, recording what was sent. */
export function streamingReply(id: string, parentId: string, sent: SentRequest, now: number): Message {
  return {
    id,
    parentId,
    role: "assistant",
    content: "",
    createdAt: now,
    updatedAt: now,
    status: "streaming",
    model: sent.model,
    params: sent.params,
  };
}

/**
 * The reply as it ended: status, error, usage, finish reason, timing, what it carried besides text (tool
 * calls, unreadable chunks), and the model the provider says it used (else the one asked for). Text and
 * reasoning are the message's own; nothing else changes.
 */
export function finishedReply(reply: Message, outcome: ReplyOutcome, now: number): Message {
  const { status, error, usage, finishReason, model, notes, timing } = outcome;
  return {
    ...reply,
    status,
    timing,
    ...(error ? { error } : {}),
    ...(usage ? { usage } : {}),
    ...(finishReason ? { finishReason } : {}),
    ...(model ? { model } : {}),
    ...(notes ? { notes } : {}),
    updatedAt: now,
  };
}

/**
 * A reply made outside the chat (a Compare column, a sweep sample) as the message the conversation keeps:
 * the same record a chat reply of that text would have.
 */
export function keptReply(
  run: { text: string; reasoning: string; sent: SentRequest; outcome: ReplyOutcome },
  id: string,
  parentId: string,
  now: number,
): Message {
  const started = streamingReply(id, parentId, run.sent, now);
  const withText: Message = {
    ...started,
    content: run.text,
    ...(run.reasoning ? { reasoning: run.reasoning } : {}),
  };
  return finishedReply(withText, run.outcome, now);
}

/** A run can be kept when it finished, or was stopped after some text arrived. */
export function canKeepRun(status: Message["status"] | "idle" | "queued", text: string): boolean {
  return status === "complete" || (status === "stopped" && text.length > 0);
}
