// runReply's watch over the connection (stall notice, overall timeout, offline) and the notes it keeps.
import { describe, expect, it } from "vitest";
import { runReply, type ReplyOutcome } from "./run-reply";
import { manualTimers, pushStream, scriptedFetch, sseResponse } from "./streams.test-util";
import gatewayUnreadable from "./__fixtures__/gateway-unreadable-chunks.chunks.txt?raw";
import mistralParts from "./__fixtures__/mistral-magistral-parts.chunks.txt?raw";
import openaiToolCalls from "./__fixtures__/openai-tool-calls.chunks.txt?raw";

const request = { model: "m", messages: [{ role: "user" as const, content: "hi" }], stream: true };
const endpoint = { baseUrl: "/api/v1", apiKey: "" };
const chunk = (delta: object) => `data: ${JSON.stringify({ choices: [{ index: 0, delta }] })}\n\n`;
const immediate = { schedule: (run: () => void) => queueMicrotask(run), cancel: () => {} };
/** Lets the stream's pending reads and the loop over them run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

async function replay(fixture: string) {
  const { fetch } = scriptedFetch(() => sseResponse(fixture));
  let content = "";
  let reasoning = "";
  const outcome = await runReply({
    endpoint,
    request,
    fetch,
    scheduler: immediate,
    onText: (t) => {
      content += t.content;
      reasoning += t.reasoning;
    },
  });
  return { outcome, content, reasoning };
}

describe("runReply notes", () => {
  it("records the tool calls of a reply that has no text", async () => {
    const { outcome, content } = await replay(openaiToolCalls);
    expect(content).toBe("");
    expect(outcome).toMatchObject({
      status: "complete",
      finishReason: "tool_calls",
      notes: { toolCalls: [{ name: "get_weather", arguments: '{"location":"Tokyo"}' }] },
    });
  });

  it("records unreadable chunks with the first as a sample, and keeps the readable text", async () => {
    const { outcome, content } = await replay(gatewayUnreadable);
    expect(content).toBe("First, then the end.");
    expect(outcome.status).toBe("complete");
    expect(outcome.notes?.unreadable?.count).toBe(2);
    expect(outcome.notes?.unreadable?.sample).toMatch(/^\{"id":"chatcmpl-7f3a".*"a lost pie$/);
  });

  it("has no notes for a clean Mistral reply, and its answer is whole", async () => {
    const { outcome, content, reasoning } = await replay(mistralParts);
    expect(content).toBe("391 です。");
    expect(reasoning).toMatch(/340 \+ 51 = 391\.$/);
    expect(outcome.notes).toBeUndefined();
  });
});

describe("runReply watch", () => {
  function start(options: { stallMs?: number; timeoutMs?: number; signal?: AbortSignal } = {}) {
    const body = pushStream();
    const timers = manualTimers();
    const { fetch } = scriptedFetch(() => sseResponse(body.stream));
    const stalls: boolean[] = [];
    let text = "";
    const running: Promise<ReplyOutcome> = runReply({
      endpoint,
      request,
      fetch,
      timers,
      scheduler: immediate,
      onStall: (s) => stalls.push(s),
      onText: (t) => (text += t.content),
      ...options,
    });
    return { body, timers, stalls, running, text: () => text };
  }

  it("says when no bytes came for stallMs, and takes it back when bytes (a keep-alive) arrive", async () => {
    const r = start({ stallMs: 20_000 });
    r.body.push(chunk({ content: "one " }));
    await settle();
    r.timers.advance(19_000);
    expect(r.stalls).toEqual([]);
    r.timers.advance(1_000);
    expect(r.stalls).toEqual([true]);
    r.body.push(": OPENROUTER PROCESSING\n\n");
    await settle();
    expect(r.stalls).toEqual([true, false]);
    r.body.push(chunk({ content: "two" }) + "data: [DONE]\n\n");
    r.body.close();
    const outcome = await r.running;
    expect(outcome.status).toBe("complete");
    expect(r.text()).toBe("one two");
    expect(r.stalls).toEqual([true, false]);
  });

  it("clears the stall when the reply ends while stalled (Stop), and Stop is not a timeout", async () => {
    const controller = new AbortController();
    const r = start({ stallMs: 20_000, timeoutMs: 600_000, signal: controller.signal });
    r.body.push(chunk({ content: "kept" }));
    await settle();
    r.timers.advance(25_000);
    expect(r.stalls).toEqual([true]);
    controller.abort();
    const outcome = await r.running;
    expect(outcome.status).toBe("stopped");
    expect(r.text()).toBe("kept");
    expect(r.stalls).toEqual([true, false]);
    expect(r.timers.pending()).toBe(0);
  });

  it("gives up after the overall timeout, keeping what arrived and saying so", async () => {
    const r = start({ timeoutMs: 60_000 });
    r.body.push(chunk({ content: "half an answer" }));
    await settle();
    r.timers.advance(60_000);
    const outcome = await r.running;
    expect(outcome.status).toBe("error");
    expect(outcome.error).toMatchObject({ kind: "network", retryable: true });
    expect(outcome.error?.message).toBe(
      "The reply did not finish within the 60 s timeout set in Settings, so the app stopped waiting. " +
        "The part of the reply that arrived is kept.",
    );
    expect(r.text()).toBe("half an answer");
  });

  it("a timeout before anything arrived does not claim that something was kept", async () => {
    const r = start({ timeoutMs: 5_000 });
    await settle();
    r.timers.advance(5_000);
    const outcome = await r.running;
    expect(outcome.error?.message).not.toMatch(/kept/);
  });

  it("never stalls or times out without the options", async () => {
    const r = start();
    r.body.push(chunk({ content: "a" }));
    await settle();
    r.timers.advance(10_000_000);
    expect(r.stalls).toEqual([]);
    r.body.push("data: [DONE]\n\n");
    r.body.close();
    expect((await r.running).status).toBe("complete");
  });
});

describe("runReply offline", () => {
  it("says the browser is offline when the request fails for that reason", async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError("Failed to fetch");
    });
    const offline = await runReply({ endpoint, request, fetch, isOnline: () => false, onText: () => {} });
    expect(offline.error).toMatchObject({ kind: "network", retryable: true });
    expect(offline.error?.message).toMatch(/^You are offline: /);
    const online = await runReply({ endpoint, request, fetch, isOnline: () => true, onText: () => {} });
    expect(online.error?.message).toMatch(/could not be reached/);
  });
});
