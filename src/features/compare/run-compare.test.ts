import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReplyOutcome, ReplyText } from "../../lib/openai/run-reply";
import type { ChatRequest } from "../../lib/openai/types";
import { msg } from "../../domain/messages.test-util";

interface FakeRun {
  request: ChatRequest;
  signal: AbortSignal;
  onText: (t: ReplyText) => void;
  finish: (outcome: Partial<ReplyOutcome>) => void;
}
const runs: FakeRun[] = [];

// Each request stays open until the test finishes it or aborts it, like a streaming reply.
vi.mock("../../lib/openai/run-reply", () => ({
  runReply: (opts: { request: ChatRequest; signal: AbortSignal; onText: (t: ReplyText) => void }) =>
    new Promise<ReplyOutcome>((resolve) => {
      const finish = (o: Partial<ReplyOutcome>) =>
        resolve({ status: "complete", timing: { totalMs: 5 }, ...o });
      opts.signal.addEventListener("abort", () => finish({ status: "stopped" }));
      runs.push({ request: opts.request, signal: opts.signal, onText: opts.onText, finish });
    }),
}));

const { useAppStore } = await import("../../store/app-store");
const compare = {
  ...(await import("../../store/compare")),
  ...(await import("./run-compare")),
};
const { keepAllColumns, keepColumn } = await import("../../store/compare-keep");
const { activePath, addMessage, createConversation, siblingsOf } = await import("../../domain/conversation");
const { defaultParamSettings } = await import("../../domain/parameters");

const flush = () => new Promise((r) => setTimeout(r, 0));
// The network layer is imported on first use, so requests start a moment after runComparison().
const networkLoaded = () => flush();

function seed(): void {
  let conv = createConversation("c1", 1, {
    params: { ...defaultParamSettings(), top_k: { enabled: true, value: 10 } },
  });
  conv = addMessage(conv, msg("u1", null, "user", { content: "Hello" }));
  conv = addMessage(conv, msg("a1", "u1", "assistant", { content: "Old reply", createdAt: 2, updatedAt: 2 }));
  useAppStore.setState({ conversations: { c1: conv }, activeId: "c1" });
}

beforeEach(() => {
  compare.closeCompare();
  runs.length = 0;
  seed();
});

const state = () => compare.useCompareStore.getState();
const conv = () => useAppStore.getState().conversations.c1!;

describe("compare session", () => {
  it("opens on the last user message with two differing columns", () => {
    expect(compare.openCompare("c1")).toBe(true);
    expect(state().userMessageId).toBe("u1");
    expect(state().columns).toHaveLength(2);
    compare.addColumn();
    compare.addColumn();
    compare.addColumn();
    expect(state().columns).toHaveLength(4);
    compare.removeColumn(state().columns[3]!.id);
    compare.removeColumn(state().columns[2]!.id);
    compare.removeColumn(state().columns[1]!.id);
    expect(state().columns).toHaveLength(2);
  });

  it("runs every column in parallel with its own parameters, and halts one alone", async () => {
    compare.openCompare("c1");
    const [first, second] = state().columns;
    compare.setColumnParam(first!.id, "temperature", { enabled: true, value: 0.3 });
    const done = compare.runComparison();
    await networkLoaded();
    expect(runs).toHaveLength(2);
    expect(runs.map((r) => [r.request.temperature, r.request.top_k])).toEqual([
      [0.3, 10],
      [1.2, 10],
    ]);
    expect(runs[0]!.request.messages.at(-1)).toEqual({ role: "user", content: "Hello" });
    runs[0]!.onText({ content: "Partial", reasoning: "" });
    runs[1]!.onText({ content: "Full ", reasoning: "" });
    expect(state().columns.map((c) => c.status)).toEqual(["streaming", "streaming"]);

    compare.haltColumn(first!.id);
    expect(runs[0]!.signal.aborted).toBe(true);
    expect(runs[1]!.signal.aborted).toBe(false);
    runs[1]!.onText({ content: "answer", reasoning: "" });
    runs[1]!.finish({
      finishReason: "stop",
      usage: { promptTokens: 3, completionTokens: 2, totalTokens: 5 },
    });
    await done;
    const [a, b] = state().columns;
    expect([a!.status, a!.text]).toEqual(["stopped", "Partial"]);
    expect([b!.status, b!.text]).toEqual(["complete", "Full answer"]);
    expect(b!.id).toBe(second!.id);
  });

  it("keeps one column as a new alternative reply and closes", async () => {
    compare.openCompare("c1");
    const second = state().columns[1]!;
    const done = compare.runComparison();
    await networkLoaded();
    runs[1]!.onText({ content: "Kept text", reasoning: "" });
    runs[1]!.finish({ model: "served-model" });
    runs[0]!.finish({});
    await done;

    expect(keepColumn(second.id)).toBe(true);
    expect(state().conversationId).toBeNull();
    const path = activePath(conv());
    const kept = path.at(-1)!;
    expect(kept).toMatchObject({
      parentId: "u1",
      role: "assistant",
      content: "Kept text",
      status: "complete",
      model: "served-model",
      params: { top_k: 10, temperature: 1.2 },
    });
    expect(siblingsOf(conv(), kept.id).siblings.map((m) => m.id)).toEqual(["a1", kept.id]);
  });

  it("refuses to keep a column that failed or has nothing", async () => {
    compare.openCompare("c1");
    const first = state().columns[0]!;
    const done = compare.runComparison();
    await networkLoaded();
    runs[0]!.finish({
      status: "error",
      error: { kind: "http", message: "Bad", retryable: false, detail: { code: "aborted" } },
    });
    compare.haltColumn(state().columns[1]!.id);
    await done;
    expect(keepColumn(first.id)).toBe(false);
    expect(keepColumn(state().columns[1]!.id)).toBe(false);
    expect(conv().messages).toHaveLength(2);
  });

  it("in next mode adds the message first, and removes it again when closed without a kept reply", async () => {
    compare.openCompare("c1", "next");
    compare.setCompareDraft("A new question");
    const done = compare.runComparison();
    await networkLoaded();
    const userId = state().userMessageId!;
    expect(conv().messages.find((m) => m.id === userId)).toMatchObject({
      parentId: "a1",
      content: "A new question",
    });
    expect(runs).toHaveLength(2);
    compare.closeCompare();
    await done;
    expect(runs.every((r) => r.signal.aborted)).toBe(true);
    expect(conv().messages.some((m) => m.id === userId)).toBe(false);
  });

  it("keeps all finished columns as branches", async () => {
    compare.openCompare("c1");
    const done = compare.runComparison();
    await networkLoaded();
    runs[0]!.onText({ content: "One", reasoning: "" });
    runs[0]!.finish({});
    runs[1]!.onText({ content: "Two", reasoning: "" });
    runs[1]!.finish({});
    await done;
    expect(keepAllColumns()).toBe(true);
    expect(siblingsOf(conv(), "a1").siblings.map((m) => m.content)).toEqual(["Old reply", "One", "Two"]);
    expect(activePath(conv()).at(-1)?.content).toBe("One");
  });

  it("closes when another conversation is opened", async () => {
    compare.openCompare("c1");
    const done = compare.runComparison();
    await networkLoaded();
    useAppStore.setState({ activeId: null });
    await flush();
    await done;
    expect(state().conversationId).toBeNull();
    expect(runs.every((r) => r.signal.aborted)).toBe(true);
  });
});
