// Runs chatCompletion over scripted bytes and reads its events, for the streaming tests.
import { chatCompletion } from "./chat-completions";
import type { StreamEvent } from "./stream-events";
import { collect, scriptedFetch, sseResponse, streamOf } from "./streams.test-util";
import type { StreamScript } from "./streams.test-util";

const endpoint = { baseUrl: "https://api.example.test/v1", apiKey: "sk-test" };
const request = {
  model: "gemini-3.1-pro-preview",
  messages: [{ role: "user" as const, content: "hi" }],
  stream: true,
};

export function run(chunks: Uint8Array[], script?: StreamScript): Promise<StreamEvent[]> {
  const { fetch } = scriptedFetch(() => sseResponse(streamOf(chunks, script)));
  return collect(chatCompletion({ endpoint, request, fetch }));
}

export const text = (events: StreamEvent[], type: "content" | "reasoning") =>
  events.flatMap((e) => (e.type === type ? [e.text] : [])).join("");
export const usages = (events: StreamEvent[]) => events.flatMap((e) => (e.type === "usage" ? [e.usage] : []));
export const types = (events: StreamEvent[]) => events.map((e) => e.type);
export const unreadable = (events: StreamEvent[]) =>
  events.flatMap((e) => (e.type === "unreadable" ? [e.data] : []));
export const sse = (...objects: unknown[]) => objects.map((o) => `data: ${JSON.stringify(o)}\n\n`).join("");
export const delta = (d: object, finish: string | null = null) => ({
  choices: [{ index: 0, delta: d, finish_reason: finish }],
});
