// Helpers for the unit tests: byte-exact streams cut into reads of chosen sizes, and a scripted fetch.

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export function oneByteChunks(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
}

/** Cuts `bytes` at the given offsets: `splitAt(b, 3, 5)` gives reads [0,3), [3,5), [5,end). */
export function splitAt(bytes: Uint8Array, ...offsets: number[]): Uint8Array[] {
  const cuts = [0, ...offsets, bytes.length];
  return cuts.slice(1).map((end, i) => bytes.subarray(cuts[i] ?? 0, end));
}

/** Deterministic pseudo-random read sizes (mulberry32), so a failing cut can be replayed by its seed. */
export function seededChunks(bytes: Uint8Array, seed: number, maxSize = 9): Uint8Array[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length;) {
    const size = 1 + Math.floor(next() * maxSize);
    chunks.push(bytes.subarray(i, i + size));
    i += size;
  }
  return chunks;
}

export interface StreamScript {
  /** After the chunks: end normally (default), fail the read like a dropped connection, or never end. */
  then?: "close" | "hang" | { error: unknown };
  onCancel?: () => void;
}

/** One chunk per read, so every cut in `chunks` reaches the code under test as a separate read. */
export function streamOf(chunks: Uint8Array[], script: StreamScript = {}): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[i++];
        if (chunk) {
          controller.enqueue(chunk);
          return;
        }
        const then = script.then ?? "close";
        if (then === "close") controller.close();
        else if (then === "hang") return new Promise<void>(() => {});
        else controller.error(then.error);
      },
      cancel() {
        script.onCancel?.();
      },
    },
    { highWaterMark: 0 },
  );
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Runs `iterable` to the end and returns what it yielded plus what it threw. */
export async function collectUntilThrow<T>(
  iterable: AsyncIterable<T>,
): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

export interface FetchCall {
  url: string;
  init: RequestInit;
}

/** A fetch that records its calls and answers with `respond` (which may throw, like a refused request). */
export function scriptedFetch(respond: (call: FetchCall) => Response | Promise<Response>): {
  fetch: typeof fetch;
  calls: FetchCall[];
} {
  const calls: FetchCall[] = [];
  const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call = { url: String(input), init };
    calls.push(call);
    return respond(call);
  };
  return { fetch: fetchFn as typeof fetch, calls };
}

export function sseResponse(body: ReadableStream<Uint8Array> | string, status = 200): Response {
  const stream = typeof body === "string" ? streamOf([encode(body)]) : body;
  return new Response(stream, { status, headers: { "Content-Type": "text/event-stream; charset=utf-8" } });
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

/** A body the test feeds by hand: each `push` is one read, released only when the test says so. */
export function pushStream(): {
  stream: ReadableStream<Uint8Array>;
  push(text: string): void;
  close(): void;
} {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    stream,
    push: (text) => controller.enqueue(encode(text)),
    close: () => controller.close(),
  };
}

/** Timers under the test's control: `advance` moves the clock and runs what falls due, in order. */
export function manualTimers(): {
  now(): number;
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  advance(ms: number): void;
  pending(): number;
} {
  let clock = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => clock,
    set(run, ms) {
      const id = nextId++;
      due.set(id, { at: clock + ms, run });
      return id;
    },
    clear(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      const until = clock + ms;
      for (;;) {
        const next = [...due.entries()].sort(([, a], [, b]) => a.at - b.at)[0];
        if (!next || next[1].at > until) break;
        due.delete(next[0]);
        clock = next[1].at;
        next[1].run();
      }
      clock = until;
    },
    pending: () => due.size,
  };
}
