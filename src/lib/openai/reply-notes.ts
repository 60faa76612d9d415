// Collects what a reply carried besides text (tool calls, unreadable chunks, parts of unknown types), so
// the reply can say so instead of looking empty or complete when it is not.
import type { StreamEvent } from "./stream-events";
import type { ReplyNotes, ToolCall } from "./types";

// Kept with the message in localStorage: enough to see what happened, never a copy of a huge payload.
export const SAMPLE_CHARS = 500;
export const MAX_TOOL_CALLS = 16;
export const MAX_ARGUMENT_CHARS = 2000;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function asJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export interface NotesCollector {
  /** Takes the events it is about and ignores the rest. */
  add(event: StreamEvent): void;
  /** The notes so far; `undefined` when there is nothing to say. */
  notes(): ReplyNotes | undefined;
}

export function createNotesCollector(): NotesCollector {
  const calls = new Map<number, { name: string; arguments: string }>();
  let unreadable: ReplyNotes["unreadable"];
  let unknownParts: ReplyNotes["unknownParts"];

  return {
    add(event) {
      switch (event.type) {
        case "tool-call": {
          if (!calls.has(event.index) && calls.size >= MAX_TOOL_CALLS) return;
          const call = calls.get(event.index) ?? { name: "", arguments: "" };
          if (event.name) call.name = event.name;
          if (event.arguments && call.arguments.length <= MAX_ARGUMENT_CHARS)
            call.arguments += event.arguments;
          calls.set(event.index, call);
          return;
        }
        case "unreadable":
          unreadable = {
            count: (unreadable?.count ?? 0) + 1,
            sample: unreadable?.sample ?? shorten(event.data, SAMPLE_CHARS),
          };
          return;
        case "unknown-part":
          unknownParts = {
            count: (unknownParts?.count ?? 0) + 1,
            sample: unknownParts?.sample ?? shorten(asJson(event.part), SAMPLE_CHARS),
          };
          return;
        default:
          return;
      }
    },
    notes() {
      const notes: ReplyNotes = {};
      if (calls.size > 0) {
        notes.toolCalls = [...calls.entries()]
          .sort(([a], [b]) => a - b)
          .map(([, c]): ToolCall => ({ name: c.name, arguments: shorten(c.arguments, MAX_ARGUMENT_CHARS) }));
      }
      if (unreadable) notes.unreadable = unreadable;
      if (unknownParts) notes.unknownParts = unknownParts;
      return Object.keys(notes).length > 0 ? notes : undefined;
    },
  };
}
