import { afterEach, describe, expect, it, vi } from "vitest";
import { coalesce } from "./coalesce.mjs";

afterEach(() => {
  vi.useRealTimers();
});

/** Feeds chunks with fake time and records each write the browser would receive, with its time. */
function harness(windowMs: number) {
  vi.useFakeTimers();
  const stream = coalesce(windowMs, () => Date.now());
  const writes: Array<{ at: number; text: string }> = [];
  const raw: Buffer[] = [];
  const start = Date.now();
  stream.on("data", (c: Buffer) => {
    raw.push(c);
    writes.push({ at: Date.now() - start, text: c.toString() });
  });
  const ended = new Promise<void>((resolve) => stream.on("end", resolve));
  return { stream, writes, raw, ended };
}

describe("coalesce", () => {
  it("writes the first chunk at once, then groups what arrives within the window", async () => {
    const { stream, writes } = harness(25);
    stream.write("data: 1\n\n");
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ at: 0, text: "data: 1\n\n" }]);
    for (let i = 2; i <= 5; i++) {
      await vi.advanceTimersByTimeAsync(5);
      stream.write(`data: ${i}\n\n`);
    }
    await vi.advanceTimersByTimeAsync(4);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    // 5, 10, 15, 20 ms fall in the first window and go out together when it closes at 25 ms.
    expect(writes).toHaveLength(2);
    expect(writes[1]).toEqual({ at: 25, text: "data: 2\n\ndata: 3\n\ndata: 4\n\ndata: 5\n\n" });
  });

  it("never delays the end: the pending bytes go out with it", async () => {
    const { stream, writes, ended } = harness(1000);
    stream.write("a");
    stream.write("b");
    stream.end("c");
    await vi.advanceTimersByTimeAsync(0);
    await ended;
    expect(writes.map((w) => w.text).join("")).toBe("abc");
    expect(writes.at(-1)?.at).toBe(0);
  });

  it("passes a slow stream through chunk by chunk", async () => {
    const { stream, writes } = harness(25);
    for (const text of ["x", "y", "z"]) {
      stream.write(text);
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(writes).toEqual([
      { at: 0, text: "x" },
      { at: 40, text: "y" },
      { at: 80, text: "z" },
    ]);
  });

  it("keeps every byte in order, split anywhere", async () => {
    const { stream, raw, ended } = harness(10);
    const text = 'data: {"a":"日本語"}\n\n'.repeat(20);
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += 7) {
      stream.write(bytes.subarray(i, i + 7));
      await vi.advanceTimersByTimeAsync(3);
    }
    stream.end();
    await ended;
    expect(Buffer.concat(raw).toString()).toBe(text);
    expect(raw.length).toBeLessThan(Math.ceil(bytes.length / 7) / 2);
  });

  it("stops its timer when destroyed", async () => {
    const { stream, writes } = harness(25);
    stream.write("a");
    stream.write("b");
    stream.destroy();
    await vi.advanceTimersByTimeAsync(100);
    expect(writes.map((w) => w.text)).toEqual(["a"]);
  });
});
