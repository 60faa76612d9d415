import { afterEach, describe, expect, it, vi } from "vitest";
import {
  cadenceFor,
  frameScheduler,
  runReply,
  smoothCost,
  type ReplyText,
  type Scheduler,
} from "./run-reply";
import { encode, jsonResponse, scriptedFetch, sseResponse, streamOf } from "./streams.test-util";

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

  it("hands over the outcome right after the last text, in the same task", async () => {
    const body = chunk({ content: "Hi" }) + chunk({ content: " there" }) + "data: [DONE]\n\n";
    const { fetch } = scriptedFetch(() => sseResponse(body));
    const scheduler = manualScheduler();
    const calls: string[] = [];
    let microtaskRan = false;
    const outcome = await runReply({
      endpoint,
      request,
      fetch,
      scheduler,
      onText: (t) => {
        calls.push(`text:${t.content}`);
        queueMicrotask(() => (microtaskRan = true));
      },
      onEnd: (o) => calls.push(`end:${o.status}:${String(microtaskRan)}`),
    });
    // No microtask ran between the two calls, so a UI batches them into one render.
    expect(calls).toEqual(["text:Hi there", "end:complete:false"]);
    expect(outcome.status).toBe("complete");
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

describe("update cadence", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("keeps updates to a fifth of the main thread, between 50 and 120 ms apart", () => {
    expect(cadenceFor(2)).toBe(50);
    expect(cadenceFor(10)).toBe(50);
    expect(cadenceFor(16)).toBe(80);
    expect(cadenceFor(20)).toBe(100);
    expect(cadenceFor(400)).toBe(120);
    expect(cadenceFor(Number.NaN)).toBe(50);
  });

  it("follows the cost without jumping on one slow frame", () => {
    expect(smoothCost(null, 10)).toBe(10);
    expect(smoothCost(10, 40)).toBeCloseTo(19);
  });

  it("waits longer after costly updates and catches up once they are cheap again", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let clock = 0;
    vi.stubGlobal("document", { visibilityState: "visible" });
    // Frames every 16 ms on the same fake clock.
    vi.stubGlobal("requestAnimationFrame", (cb: (t: number) => void) => setTimeout(() => cb(clock), 16));
    vi.stubGlobal("cancelAnimationFrame", (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    let costOfRun = 0;
    const scheduler = frameScheduler(undefined, () => clock);
    const fired: number[] = [];
    const run = () => {
      fired.push(clock);
      clock += costOfRun;
    };
    const step = async (ms: number) => {
      for (let i = 0; i < ms; i++) {
        clock++;
        await vi.advanceTimersByTimeAsync(1);
      }
    };

    costOfRun = 30;
    scheduler.schedule(run);
    await step(20);
    expect(fired).toHaveLength(1);
    // 30 ms per update: the next one waits 120 ms after the last one started.
    scheduler.schedule(run);
    await step(80);
    expect(fired).toHaveLength(1);
    await step(60);
    expect(fired).toHaveLength(2);
    expect((fired[1] ?? 0) - (fired[0] ?? 0)).toBeGreaterThanOrEqual(120);

    // Cheap updates bring the pause back down towards 50 ms.
    costOfRun = 1;
    for (let i = 0; i < 12; i++) {
      scheduler.schedule(run);
      await step(130);
    }
    scheduler.schedule(run);
    await step(20);
    const before = fired.length;
    // Scheduled right after an update: at 120 ms this would not fire within 70 ms, at 50 ms it does.
    scheduler.schedule(run);
    await step(70);
    expect(fired.length).toBe(before + 1);
    expect((fired.at(-1) ?? 0) - (fired.at(-2) ?? 0)).toBeLessThan(70);
    scheduler.cancel();
  });
});
