import { describe, expect, it } from "vitest";
import type { ReplyOutcome } from "../lib/openai/run-reply";
import { defaultParamSettings } from "./parameters";
import { defaultSpec } from "./sweep";
import {
  AUTO_RETRIES,
  cellsToStart,
  createRun,
  endCell,
  nextWakeUp,
  requeueCell,
  runProgress,
  settleRun,
  startCell,
  stopQueued,
} from "./sweep-run";
import { sweepCsv, sweepJson } from "./sweep-export";

const sent = { model: "m", params: { temperature: 0 } };
const run = (concurrency = 2) =>
  createRun(
    "s1",
    {
      conversationId: "c1",
      userMessageId: "u1",
      spec: { ...defaultSpec("temperature"), steps: 3, samples: 2, concurrency },
      baseParams: defaultParamSettings(),
      model: "m",
      createdAt: 0,
    },
    (i) => `cell${i}`,
  );
const done: ReplyOutcome = { status: "complete", timing: { totalMs: 10 } };
const rateLimited = (seconds?: number): ReplyOutcome => ({
  status: "error",
  error: {
    kind: "http",
    status: 429,
    message: "Too Many Requests",
    retryable: true,
    detail: { code: "http", status: 429, ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}) },
  },
  timing: { totalMs: 5 },
});

describe("running a sweep", () => {
  it("starts queued cells in plan order within the concurrency", () => {
    let r = run(2);
    expect(cellsToStart(r, 0).map((c) => c.id)).toEqual(["cell0", "cell1"]);
    r = startCell(startCell(r, "cell0", sent), "cell1", sent);
    expect(cellsToStart(r, 0)).toEqual([]);
    r = endCell(r, "cell0", done, 100);
    expect(cellsToStart(r, 100).map((c) => c.id)).toEqual(["cell2"]);
    expect(runProgress(r, 100)).toMatchObject({ total: 6, done: 1, running: 1, queued: 4 });
  });

  it("puts a rate-limited cell back in the queue, pauses everything for Retry-After and runs fewer at once", () => {
    let r = startCell(startCell(run(2), "cell0", sent), "cell1", sent);
    r = endCell(r, "cell0", rateLimited(2), 1000);
    const cell = r.cells[0]!;
    expect(cell).toMatchObject({ status: "queued", retryAt: 3000, attempts: 1 });
    expect(r.pausedUntil).toBe(3000);
    expect(r.concurrency).toBe(1);
    expect(cellsToStart(r, 2999)).toEqual([]);
    expect(nextWakeUp(r, 1000)).toBe(3000);
    expect(runProgress(r, 1000).waiting).toBe(5);
    r = endCell(r, "cell1", done, 1500);
    // The waiting cell goes first once the pause is over.
    expect(cellsToStart(r, 3000).map((c) => c.id)).toEqual(["cell0"]);
    r = startCell(r, "cell0", sent);
    expect(r.cells[0]).toMatchObject({ status: "streaming", attempts: 2 });
    expect(r.cells[0]!.outcome).toBeUndefined();
  });

  it("waits 5 s when a 429 names no time, and fails the cell after its automatic retries", () => {
    let r = startCell(run(), "cell0", sent);
    r = endCell(r, "cell0", rateLimited(), 0);
    expect(r.cells[0]!.retryAt).toBe(5000);
    for (let i = 0; i < AUTO_RETRIES; i++) {
      r = endCell(startCell(r, "cell0", sent), "cell0", rateLimited(1), 10_000 * (i + 1));
    }
    expect(r.cells[0]).toMatchObject({ status: "error", attempts: AUTO_RETRIES + 1 });
    r = requeueCell(r, "cell0");
    expect(r.cells[0]).toMatchObject({ status: "queued", text: "" });
    expect(r.cells[0]!.outcome).toBeUndefined();
  });

  it("fails other errors at once, stops what has not started, and settles after a reload", () => {
    let r = startCell(run(), "cell0", sent);
    r = endCell(r, "cell0", { status: "error", timing: { totalMs: 1 } }, 0);
    expect(r.cells[0]!.status).toBe("error");
    r = startCell(r, "cell1", sent);
    r = stopQueued(r);
    expect(r.cells.map((c) => c.status)).toEqual([
      "error",
      "streaming",
      "stopped",
      "stopped",
      "stopped",
      "stopped",
    ]);
    expect(settleRun(r).cells[1]!.status).toBe("stopped");
  });
});

describe("Export sweep", () => {
  it("writes one CSV row per sample, quoting text and defusing formulas", () => {
    let r = startCell(run(), "cell0", sent);
    r = {
      ...r,
      cells: r.cells.map((c, i) => (i === 0 ? { ...c, text: 'He said "hi",\nthen =SUM(A1)' } : c)),
    };
    r = endCell(
      r,
      "cell0",
      {
        status: "complete",
        finishReason: "stop",
        model: "m-1",
        usage: { promptTokens: 3, completionTokens: 20, totalTokens: 23 },
        timing: { firstTokenMs: 100, totalMs: 1100 },
      },
      0,
    );
    const lines = sweepCsv(r).split("\r\n");
    expect(lines[0]).toBe(
      "step,value,sample,status,tokens,first_token_ms,total_ms,tokens_per_s,finish_reason,model,text",
    );
    expect(lines[1]).toBe('1,0,1,complete,20,100,1100,20,stop,m-1,"He said ""hi"",\nthen =SUM(A1)"');
    expect(lines[2]).toBe("1,0,2,queued,,,,,,,");
    expect(lines).toHaveLength(8);
  });

  it("writes the whole run as JSON with per-step summaries", () => {
    const r = endCell(startCell(run(), "cell0", sent), "cell0", done, 0);
    const json = sweepJson(r, { prompt: "Why tides?" }, 0) as {
      format: string;
      sweep: { parameter: string; prompt: string };
      samples: unknown[];
      steps: { step: number }[];
    };
    expect(json.format).toBe("chat-studio.sweep");
    expect(json.sweep).toMatchObject({ parameter: "temperature", prompt: "Why tides?" });
    expect(json.samples).toHaveLength(6);
    expect(json.steps.map((s) => s.step)).toEqual([1]);
  });
});
