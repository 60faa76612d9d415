import { afterEach, describe, expect, it, vi } from "vitest";
import { coalescer } from "./coalesce.mjs";

afterEach(() => {
  vi.useRealTimers();
});

/** A coalescer over a target that records each write with its (fake) time. */
function harness(windowMs: number) {
  vi.useFakeTimers();
  const start = Date.now();
  const writes: Array<{ at: number; text: string }> = [];
  const raw: Buffer[] = [];
  let ended = false;
  const target = {
    write(chunk: Buffer) {
      raw.push(chunk);
      writes.push({ at: Date.now() - start, text: chunk.toString() });
      return true;
    },
    end() {
      ended = true;
    },
  };
  const group = coalescer(target, windowMs, () => Date.now());
  return { group, writes, raw, isEnded: () => ended };
}

const b = (text: string) => Buffer.from(text);

describe("coalescer", () => {
  it("writes the first chunk at once, then groups what arrives within the window", async () => {
    const { group, writes } = harness(25);
    group.write(b("data: 1\n\n"));
    expect(writes).toEqual([{ at: 0, text: "data: 1\n\n" }]);
    for (let i = 2; i <= 5; i++) {
      await vi.advanceTimersByTimeAsync(5);
      group.write(b(`data: ${i}\n\n`));
    }
    await vi.advanceTimersByTimeAsync(4);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    // 5, 10, 15, 20 ms fall in the first window and go out together when it closes at 25 ms.
    expect(writes).toHaveLength(2);
    expect(writes[1]).toEqual({ at: 25, text: "data: 2\n\ndata: 3\n\ndata: 4\n\ndata: 5\n\n" });
  });

  it("never delays the end: the pending bytes go out with it", () => {
    const { group, writes, isEnded } = harness(1000);
    group.write(b("a"));
    group.write(b("b"));
    group.write(b("c"));
    group.end();
    expect(writes.map((w) => w.text)).toEqual(["a", "bc"]);
    expect(writes.at(-1)?.at).toBe(0);
    expect(isEnded()).toBe(true);
  });

  it("flush() hands on what is pending at once (before a cut connection)", () => {
    const { group, writes } = harness(1000);
    group.write(b("a"));
    group.write(b("partial"));
    group.flush();
    expect(writes.map((w) => w.text)).toEqual(["a", "partial"]);
  });

  it("passes a slow stream through chunk by chunk", async () => {
    const { group, writes } = harness(25);
    for (const text of ["x", "y", "z"]) {
      group.write(b(text));
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(writes).toEqual([
      { at: 0, text: "x" },
      { at: 40, text: "y" },
      { at: 80, text: "z" },
    ]);
  });

  it("keeps every byte in order, split anywhere", async () => {
    const { group, raw } = harness(10);
    const text = 'data: {"a":"日本語"}\n\n'.repeat(20);
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += 7) {
      group.write(bytes.subarray(i, i + 7));
      await vi.advanceTimersByTimeAsync(3);
    }
    group.end();
    expect(Buffer.concat(raw).toString()).toBe(text);
    expect(raw.length).toBeLessThan(Math.ceil(bytes.length / 7) / 2);
  });

  it("drops what is pending when cancelled (the client went away)", async () => {
    const { group, writes } = harness(25);
    group.write(b("a"));
    group.write(b("b"));
    group.cancel();
    await vi.advanceTimersByTimeAsync(100);
    expect(writes.map((w) => w.text)).toEqual(["a"]);
  });
});
