import { describe, expect, it } from "vitest";
import { runReply, type ReplyText, type Scheduler } from "./run-reply";
import { encode, jsonResponse, scriptedFetch, sseResponse, streamOf } from "./test-streams";

const request = { model: "m", messages: [{ role: "user" as const, content: "hi" }], stream: true };
const endpoint = { baseUrl: "/api/v1", apiKey: "" };
const chunk = (delta: object, extra: object = {}) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: null }], ...extra })}\n\n`;

/** Runs queued flushes only when told, like frames that have not come yet. */
function manualScheduler(): Scheduler & { tick(): void } {
  let pending: (() => void) | null = null;
  return {
    schedule(run) {
      pending ??= run;
    },
    cancel() {
      pending = null;
    },
    tick() {
      const run = pending;
      pending = null;
      run?.();
    },
  };
}

describe("runReply", () => {
  it("batches text until the next frame and flushes the rest at the end", async () => {
    const body =
      chunk({ role: "assistant" }) +
      chunk({ reasoning_content: "hmm " }) +
      chunk({ content: "Hel" }) +
      chunk({ content: "lo" }) +
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }], model: "m-2" })}\n\n` +
      `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } })}\n\n` +
      "data: [DONE]\n\n";
    const { fetch } = scriptedFetch(() => sseResponse(body));
    const scheduler = manualScheduler();
    const batches: ReplyText[] = [];
    let clock = 0;
    const outcome = await runReply({
      endpoint,
      request,
      fetch,
      scheduler,
      now: () => (clock += 10),
      onText: (t) => batches.push(t),
    });
    expect(batches).toEqual([{ content: "Hello", reasoning: "hmm " }]);
    expect(outcome).toMatchObject({
      status: "complete",
      finishReason: "stop",
      model: "m-2",
      usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
    });
    expect(outcome.timing.firstTokenMs).toBeGreaterThan(0);
    expect(outcome.timing.totalMs).toBeGreaterThan(outcome.timing.firstTokenMs ?? 0);
  });

  it("keeps what arrived when the stream reports an error", async () => {
    const body = chunk({ content: "partial" }) + `data: {"error":{"message":"Upstream overloaded"}}\n\n`;
    const { fetch } = scriptedFetch(() => sseResponse(body));
    const texts: string[] = [];
    const outcome = await runReply({ endpoint, request, fetch, onText: (t) => texts.push(t.content) });
    expect(texts.join("")).toBe("partial");
    expect(outcome.status).toBe("error");
    expect(outcome.error?.message).toMatch(/Upstream overloaded/);
  });

  it("ends as stopped on abort, with the text so far delivered", async () => {
    const controller = new AbortController();
    const { fetch } = scriptedFetch(() =>
      sseResponse(streamOf([encode(chunk({ content: "so far" }))], { then: "hang" })),
    );
    const texts: string[] = [];
    const running = runReply({
      endpoint,
      request,
      fetch,
      signal: controller.signal,
      onText: (t) => {
        texts.push(t.content);
      },
      scheduler: { schedule: (run) => queueMicrotask(run), cancel: () => {} },
    });
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const outcome = await running;
    expect(outcome.status).toBe("stopped");
    expect(texts.join("")).toBe("so far");
  });

  it("reports HTTP errors with the provider's message", async () => {
    const { fetch } = scriptedFetch(() =>
      jsonResponse({ error: { message: "Invalid API key provided" } }, 401),
    );
    const outcome = await runReply({ endpoint, request, fetch, onText: () => {} });
    expect(outcome).toMatchObject({ status: "error", error: { kind: "http", status: 401 } });
    expect(outcome.error?.message).toMatch(/Invalid API key/);
  });
});
