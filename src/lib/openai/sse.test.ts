import { describe, it, expect } from "vitest";
import { isApiError } from "./errors";
import { readSseEvents } from "./sse";
import type { SseEvent } from "./sse";
import {
  collect,
  collectUntilThrow,
  encode,
  oneByteChunks,
  seededChunks,
  splitAt,
  streamOf,
} from "./streams.test-util";
import gemini from "./__fixtures__/gemini-basic.chunks.txt?raw";
import openrouterCrlf from "./__fixtures__/openrouter-reasoning-crlf.chunks.txt?raw";
import thinkCr from "./__fixtures__/think-tags-cr.chunks.txt?raw";

const read = (chunks: Uint8Array[]) => collect(readSseEvents(streamOf(chunks)));
const datas = (events: SseEvent[]) => events.map((e) => e.data);

describe("readSseEvents", () => {
  it("reads LF-separated events and drops the space after `data:`", async () => {
    const events = await read([encode("data: a\n\ndata:b\n\n")]);
    expect(events).toEqual([{ data: "a" }, { data: "b" }]);
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("handles %s line endings, whole and one byte at a time", async (_name, nl) => {
    const text = `data: {"x":1}${nl}${nl}data: {"x":2}${nl}${nl}data: [DONE]${nl}${nl}`;
    const expected = ['{"x":1}', '{"x":2}', "[DONE]"];
    expect(datas(await read([encode(text)]))).toEqual(expected);
    expect(datas(await read(oneByteChunks(encode(text))))).toEqual(expected);
  });

  it("does not split an event when a CRLF pair is cut between two reads", async () => {
    const text = "data: one\r\n\r\ndata: two\r\n\r\n";
    const bytes = encode(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(datas(await read(splitAt(bytes, cut))), `cut at ${cut}`).toEqual(["one", "two"]);
    }
  });

  it("decodes a multi-byte character split across reads (Japanese and emoji)", async () => {
    const bytes = encode("data: こんにちは 🙂 世界\n\n");
    // "こ" is 3 bytes starting at offset 6; the emoji is 4 bytes. Cut inside both.
    const emojiStart = encode("data: こんにちは ").length;
    const events = await read(splitAt(bytes, 7, 8, emojiStart + 1, emojiStart + 3));
    expect(datas(events)).toEqual(["こんにちは 🙂 世界"]);
    expect(datas(await read(oneByteChunks(bytes)))).toEqual(["こんにちは 🙂 世界"]);
  });

  it("ignores comment lines, including OpenRouter keep-alives", async () => {
    const text = ": OPENROUTER PROCESSING\n\n:\n\ndata: {}\n: trailing comment\n\n";
    expect(await read(oneByteChunks(encode(text)))).toEqual([{ data: "{}" }]);
  });

  it("reports the event name of `event: error` blocks", async () => {
    const text = 'event: error\ndata: {"error":{"message":"boom"}}\n\ndata: next\n\n';
    expect(await read([encode(text)])).toEqual([
      { event: "error", data: '{"error":{"message":"boom"}}' },
      { data: "next" },
    ]);
  });

  it("joins multi-line data with a newline", async () => {
    expect(datas(await read([encode("data: a\ndata: b\n\n")]))).toEqual(["a\nb"]);
  });

  it.each([
    ["no newline at all", "data: {}\n\ndata: [DONE]"],
    ["a single LF", "data: {}\n\ndata: [DONE]\n"],
    ["a single CRLF", "data: {}\r\n\r\ndata: [DONE]\r\n"],
    ["a single CR", "data: {}\r\rdata: [DONE]\r"],
  ])("delivers a last event that ends with %s", async (_name, text) => {
    expect(datas(await read([encode(text)]))).toEqual(["{}", "[DONE]"]);
    expect(datas(await read(oneByteChunks(encode(text))))).toEqual(["{}", "[DONE]"]);
  });

  it("reads the recorded fixtures identically whatever the read sizes", async () => {
    for (const fixture of [gemini, openrouterCrlf, thinkCr]) {
      const bytes = encode(fixture);
      const whole = await read([bytes]);
      expect(whole.length).toBeGreaterThan(3);
      expect(whole.at(-1)?.data).toBe("[DONE]");
      expect(whole.some((e) => e.data.startsWith(":"))).toBe(false);
      expect(await read(oneByteChunks(bytes))).toEqual(whole);
      for (let seed = 1; seed <= 20; seed++) {
        expect(await read(seededChunks(bytes, seed)), `seed ${seed}`).toEqual(whole);
      }
    }
  });

  it("ignores a UTF-8 byte order mark", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode("data: x\n\n")]);
    expect(datas(await read(oneByteChunks(bytes)))).toEqual(["x"]);
  });

  it("cancels the body when the consumer stops early", async () => {
    let cancelled = false;
    const body = streamOf([encode("data: 1\n\n"), encode("data: 2\n\n")], {
      then: "hang",
      onCancel: () => (cancelled = true),
    });
    for await (const event of readSseEvents(body)) {
      expect(event.data).toBe("1");
      break;
    }
    expect(cancelled).toBe(true);
    expect(body.locked).toBe(false);
  });

  it("throws an aborted ApiError and cancels the body when the signal fires mid-stream", async () => {
    let cancelled = false;
    const controller = new AbortController();
    const body = streamOf([encode("data: 1\n\n")], { then: "hang", onCancel: () => (cancelled = true) });
    const seen: string[] = [];
    const { error } = await collectUntilThrow(
      (async function* () {
        for await (const event of readSseEvents(body, controller.signal)) {
          seen.push(event.data);
          // The next read would wait forever; only the abort can end it.
          controller.abort();
          yield event;
        }
      })(),
    );
    expect(seen).toEqual(["1"]);
    expect(isApiError(error) && error.kind).toBe("aborted");
    expect(cancelled).toBe(true);
    expect(body.locked).toBe(false);
  });

  it("throws aborted at once for an already-aborted signal", async () => {
    const controller = new AbortController();
    controller.abort();
    const { items, error } = await collectUntilThrow(
      readSseEvents(streamOf([encode("data: 1\n\n")]), controller.signal),
    );
    expect(items).toEqual([]);
    expect(isApiError(error) && error.kind).toBe("aborted");
  });

  it("passes a failed read through to the caller", async () => {
    const failure = new TypeError("terminated");
    const body = streamOf([encode("data: 1\n\n")], { then: { error: failure } });
    const { items, error } = await collectUntilThrow(readSseEvents(body));
    expect(datas(items)).toEqual(["1"]);
    expect(error).toBe(failure);
  });
});
