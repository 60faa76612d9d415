import { beforeEach, describe, expect, it } from "vitest";
import type { ReplyOutcome, ReplyText } from "../lib/openai/run-reply";
import {
  jsonResponse,
  manualTimers,
  pushStream,
  scriptedFetch,
  sseResponse,
} from "../lib/openai/streams.test-util";
import { addMessage, createConversation } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import { defaultParamSettings, withParamEnabled, withParamValue } from "../domain/parameters";
import { useAppStore } from "../store/app-store";
import { stalledFor } from "../store/stalls";
import { stopStream } from "../store/streams";
import { startReply, type ReplyJob } from "./reply-runner";

const chunk = (delta: object, extra: object = {}) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: null }], ...extra })}\n\n`;
const finish = (reason: string) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: reason }], model: "served-model" })}\n\n`;
const usage = `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 } })}\n\n`;

function conversation() {
  let c = createConversation("c1", 1, { systemPrompt: "Be brief." });
  c = addMessage(c, msg("u1", null, "user", { content: "Hello" }));
  return c;
}

function job(fetchFn: typeof fetch, extra: Partial<ReplyJob> = {}): ReplyJob {
  return {
    conversation: conversation(),
    parentId: "u1",
    model: "  model-a ",
    params: withParamEnabled(withParamValue(defaultParamSettings(), "temperature", 0.4), "top_k", false),
    streamId: "r1",
    fetch: fetchFn,
    ...extra,
  };
}

function sink() {
  const texts: ReplyText[] = [];
  const ends: ReplyOutcome[] = [];
  return { texts, ends, onText: (t: ReplyText) => texts.push(t), onEnd: (o: ReplyOutcome) => ends.push(o) };
}

beforeEach(() => {
  useAppStore.setState((s) => ({
    settings: {
      ...s.settings,
      baseUrl: "https://api.example/v1",
      apiKey: "sk-test",
      stream: true,
      stallSeconds: 20,
      timeoutSeconds: 0,
    },
  }));
});

describe("the reply runner", () => {
  it("posts what it reports as sent, streams text and reasoning to the sink, and ends once", async () => {
    const { fetch, calls } = scriptedFetch(() =>
      sseResponse(
        chunk({ role: "assistant" }) +
          chunk({ reasoning_content: "Thinking. " }) +
          chunk({ content: "Hi " }) +
          chunk({ content: "there" }) +
          finish("stop") +
          usage +
          "data: [DONE]\n\n",
      ),
    );
    const out = sink();
    const { sent, done } = startReply(job(fetch), out);
    // Known before anything is awaited, so the caller can record it with the reply at once.
    expect(sent).toEqual({ model: "model-a", params: { temperature: 0.4 } });
    const outcome = await done;

    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("https://api.example/v1/chat/completions");
    const body = JSON.parse(String(calls[0]!.init.body)) as Record<string, unknown>;
    expect(body).toEqual({
      model: "model-a",
      stream: true,
      temperature: 0.4,
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hello" },
      ],
    });
    expect(out.texts.map((t) => t.content).join("")).toBe("Hi there");
    expect(out.texts.map((t) => t.reasoning).join("")).toBe("Thinking. ");
    expect(out.ends).toEqual([outcome]);
    expect(outcome).toMatchObject({
      status: "complete",
      finishReason: "stop",
      model: "served-model",
      usage: { promptTokens: 4, completionTokens: 2, totalTokens: 6 },
    });
  });

  it("reports an HTTP failure as the outcome, with the provider's status", async () => {
    const { fetch } = scriptedFetch(() =>
      jsonResponse({ error: { message: "Slow down" } }, 429, { "Retry-After": "3" }),
    );
    const out = sink();
    const outcome = await startReply(job(fetch), out).done;
    expect(outcome.status).toBe("error");
    expect(outcome.error).toMatchObject({ kind: "http", status: 429, retryable: true });
    expect(out.ends).toHaveLength(1);
  });

  it("stops when its stream id is stopped, keeping the text that arrived", async () => {
    const { fetch } = scriptedFetch(({ init }: { init: RequestInit }) => {
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(chunk({ content: "Part" })));
          init.signal?.addEventListener("abort", () =>
            controller.error(new DOMException("Aborted", "AbortError")),
          );
        },
      });
      return sseResponse(stream);
    });
    const out = sink();
    const { done } = startReply(job(fetch, { streamId: "to-stop" }), out);
    await new Promise((r) => setTimeout(r, 20));
    stopStream("to-stop");
    const outcome = await done;
    expect(outcome.status).toBe("stopped");
    expect(out.texts.map((t) => t.content).join("")).toBe("Part");
    expect(out.ends).toHaveLength(1);
  });

  it("notes a silent connection under its stream id from Settings' threshold, and clears it at the end", async () => {
    const timers = manualTimers();
    const body = pushStream();
    const { fetch } = scriptedFetch(() => sseResponse(body.stream));
    const out = sink();
    const { done } = startReply(job(fetch, { streamId: "silent", timers }), out);
    await new Promise((r) => setTimeout(r, 20));
    body.push(chunk({ content: "Part" }));
    await new Promise((r) => setTimeout(r, 20));
    timers.advance(19_000);
    expect(stalledFor("silent")).toBeNull();
    timers.advance(1_000);
    expect(stalledFor("silent")).toBe(20);
    body.push(finish("stop") + "data: [DONE]\n\n");
    body.close();
    expect((await done).status).toBe("complete");
    expect(stalledFor("silent")).toBeNull();
  });

  it("stops waiting after Settings' time limit, keeping what arrived", async () => {
    useAppStore.setState((s) => ({ settings: { ...s.settings, timeoutSeconds: 30 } }));
    const timers = manualTimers();
    const { fetch } = scriptedFetch(({ init }: { init: RequestInit }) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(chunk({ content: "Half" })));
          init.signal?.addEventListener("abort", () =>
            controller.error(new DOMException("Aborted", "AbortError")),
          );
        },
      });
      return sseResponse(stream);
    });
    const out = sink();
    const { done } = startReply(job(fetch, { timers }), out);
    await new Promise((r) => setTimeout(r, 20));
    timers.advance(30_000);
    const outcome = await done;
    expect(outcome).toMatchObject({ status: "error", error: { detail: { code: "timeout" } } });
    expect(out.texts.map((t) => t.content).join("")).toBe("Half");
  });

  it("ends with a network error when the request cannot be made", async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError("Failed to fetch");
    });
    const out = sink();
    const outcome = await startReply(job(fetch), out).done;
    expect(outcome).toMatchObject({ status: "error", error: { kind: "network" } });
    expect(out.ends).toHaveLength(1);
  });
});
