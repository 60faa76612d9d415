import { readContent, readReasoning } from "./content-parts";
import type { ApiError } from "./errors";
import { toUsage } from "./schemas";
import type { ChatChunk, ChatCompletion, Said } from "./schemas";
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
  /** A piece of a tool call: the name once, the arguments (JSON text) in pieces, joined by `index`. */
  | { type: "tool-call"; index: number; name?: string; arguments?: string }
  /** A content part of a type the app does not show (e.g. Mistral's `reference`), as received. */
  | { type: "unknown-part"; part: unknown }
  /** An event that could not be read as a chunk (its readable fields, if any, were used), as received. */
  | { type: "unreadable"; data: string }
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
  said?: Said | null;
  finishReason?: string | null;
  usage?: ChatChunk["usage"];
}

function toolCallEvents(said: Said): StreamEvent[] {
  const events: StreamEvent[] = [];
  const calls = said.tool_calls ?? [];
  calls.forEach((call, position) => {
    const piece: StreamEvent & { type: "tool-call" } = { type: "tool-call", index: call.index ?? position };
    if (call.function?.name) piece.name = call.function.name;
    if (call.function?.arguments) piece.arguments = call.function.arguments;
    events.push(piece);
  });
  const legacy = said.function_call;
  if (legacy && (legacy.name || legacy.arguments)) {
    events.push({
      type: "tool-call",
      index: calls.length,
      ...(legacy.name ? { name: legacy.name } : {}),
      ...(legacy.arguments ? { arguments: legacy.arguments } : {}),
    });
  }
  return events;
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

  function saidEvents(said: Said): StreamEvent[] {
    const events: StreamEvent[] = [];
    // reasoning_content wins when a provider fills both reasoning fields with the same text.
    let thought = readReasoning(said.reasoning_content);
    if (!thought.reasoning && thought.unknown.length === 0) thought = readReasoning(said.reasoning);
    const content = readContent(said.content);
    const reasoning = thought.reasoning + content.reasoning;
    if (reasoning) events.push({ type: "reasoning", text: reasoning });
    const text = content.text + (said.refusal ?? "");
    if (text) events.push(...splitEvents(splitter.push(text)));
    for (const part of [...thought.unknown, ...content.unknown]) events.push({ type: "unknown-part", part });
    events.push(...toolCallEvents(said));
    return events;
  }

  function map(parts: Parts): StreamEvent[] {
    const events: StreamEvent[] = [];
    if (parts.model && parts.model !== model) {
      model = parts.model;
      events.push({ type: "model", model });
    }
    if (parts.said) events.push(...saidEvents(parts.said));
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
      return map({
        model: chunk.model,
        said: choice?.delta,
        finishReason: choice?.finish_reason,
        usage: chunk.usage,
      });
    },
    fromCompletion(completion) {
      const choice = completion.choices[0];
      const events = map({
        model: completion.model,
        said: choice?.message,
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
