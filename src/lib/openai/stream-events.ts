import type { ApiError } from "./errors";
import { toUsage } from "./schemas";
import type { ChatChunk, ChatCompletion } from "./schemas";
import { createThinkSplitter } from "./think-tags";
import type { SplitText } from "./think-tags";
import type { Usage } from "./types";

export type StreamEvent =
  | { type: "content"; text: string }
  | { type: "reasoning"; text: string }
  | { type: "usage"; usage: Usage }
  | { type: "finish"; reason: string }
  /** The model the provider says it used; emitted when first seen and whenever it changes. */
  | { type: "model"; model: string }
  /** A fatal in-stream error (kind "stream") or a cut stream (kind "network"); nothing follows it. */
  | { type: "error"; error: ApiError }
  /** The reply ended properly: `[DONE]`, or the end of the stream after a finish_reason. */
  | { type: "done" };

export interface EventMapper {
  fromChunk(chunk: ChatChunk): StreamEvent[];
  fromCompletion(completion: ChatCompletion): StreamEvent[];
  /** Releases text the think-tag splitter was holding back; call before `done` or an error. */
  flush(): StreamEvent[];
  readonly finishSeen: boolean;
}

interface Parts {
  model?: string | null;
  reasoning?: string | null;
  content?: string | null;
  finishReason?: string | null;
  usage?: ChatChunk["usage"];
}

/** Turns schema-checked chunks (or one whole completion) into the events the app consumes. */
export function createEventMapper(): EventMapper {
  const splitter = createThinkSplitter();
  let model: string | undefined;
  let finishSeen = false;

  const splitEvents = (split: SplitText): StreamEvent[] => {
    const events: StreamEvent[] = [];
    if (split.reasoning) events.push({ type: "reasoning", text: split.reasoning });
    if (split.content) events.push({ type: "content", text: split.content });
    return events;
  };

  function map(parts: Parts): StreamEvent[] {
    const events: StreamEvent[] = [];
    if (parts.model && parts.model !== model) {
      model = parts.model;
      events.push({ type: "model", model });
    }
    if (parts.reasoning) events.push({ type: "reasoning", text: parts.reasoning });
    if (parts.content) events.push(...splitEvents(splitter.push(parts.content)));
    if (parts.finishReason) {
      finishSeen = true;
      events.push(...splitEvents(splitter.flush()));
      events.push({ type: "finish", reason: parts.finishReason });
    }
    if (parts.usage) events.push({ type: "usage", usage: toUsage(parts.usage) });
    return events;
  }

  return {
    fromChunk(chunk) {
      const choice = chunk.choices?.[0];
      const delta = choice?.delta;
      return map({
        model: chunk.model,
        reasoning: delta?.reasoning_content || delta?.reasoning,
        content: delta?.content,
        finishReason: choice?.finish_reason,
        usage: chunk.usage,
      });
    },
    fromCompletion(completion) {
      const choice = completion.choices[0];
      const message = choice?.message;
      const events = map({
        model: completion.model,
        reasoning: message?.reasoning_content || message?.reasoning,
        content: message?.content,
        finishReason: choice?.finish_reason,
        usage: completion.usage,
      });
      return [...events, ...splitEvents(splitter.flush())];
    },
    flush: () => splitEvents(splitter.flush()),
    get finishSeen() {
      return finishSeen;
    },
  };
}
