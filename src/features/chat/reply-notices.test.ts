import { describe, expect, it } from "vitest";
import type { Message } from "../../domain/types";
import { activateLocale, t } from "../../lib/i18n/i18n";
import { noteRows as rowsIn, noticeLines as linesIn } from "./reply-notices";

const noticeLines = (m: Message) => linesIn(m, t);
const noteRows = (m: Message) => rowsIn(m, t);

const reply = (patch: Partial<Message> = {}): Message => ({
  id: "a",
  parentId: "u",
  role: "assistant",
  content: "",
  createdAt: 0,
  updatedAt: 0,
  status: "complete",
  ...patch,
});

describe("noticeLines", () => {
  it("says nothing about an ordinary reply", () => {
    expect(noticeLines(reply({ content: "Hi", finishReason: "stop" }))).toEqual([]);
  });

  it("explains a reply that is only a tool call, naming the tool", () => {
    const m = reply({
      finishReason: "tool_calls",
      notes: { toolCalls: [{ name: "get_weather", arguments: '{"location":"Tokyo"}' }] },
    });
    expect(noticeLines(m)).toEqual([
      "The model asked to run a tool (get_weather) instead of answering in text; this app does not run tools.",
    ]);
  });

  it("explains finish_reason tool_calls without any call pieces, and a call after some text", () => {
    expect(noticeLines(reply({ finishReason: "tool_calls" }))[0]).toMatch(
      /^The model asked to run a tool instead/,
    );
    const withText = reply({
      content: "Let me check.",
      notes: { toolCalls: [{ name: "f", arguments: "" }] },
    });
    expect(noticeLines(withText)).toEqual([
      "The model also asked to run a tool (f); this app does not run tools.",
    ]);
  });

  it("counts unreadable chunks", () => {
    expect(noticeLines(reply({ content: "x", notes: { unreadable: { count: 1, sample: "{" } } }))).toEqual([
      "1 chunk could not be read, so part of the reply may be missing. Details shows a sample.",
    ]);
    expect(noticeLines(reply({ notes: { unreadable: { count: 3, sample: "{" } } }))[0]).toMatch(/^3 chunks /);
  });
});

describe("noteRows", () => {
  it("lists tool calls, the unreadable sample and parts not shown", () => {
    const m = reply({
      notes: {
        toolCalls: [{ name: "get_weather", arguments: '{"location":"Tokyo"}' }],
        unreadable: { count: 2, sample: '{"choices":"nope"}' },
        unknownParts: { count: 1, sample: '{"type":"reference","reference_ids":[0]}' },
      },
    });
    expect(noteRows(m)).toEqual([
      { label: "Tool call", value: 'get_weather {"location":"Tokyo"}' },
      { label: "Unreadable chunks", value: '2; the first: {"choices":"nope"}' },
      {
        label: "Content not shown",
        value: '1 part of a type this app does not show; the first: {"type":"reference","reference_ids":[0]}',
      },
    ]);
    expect(noteRows(reply())).toEqual([]);
  });
});

describe("in Japanese", () => {
  it("uses the Japanese catalogue", async () => {
    await activateLocale("ja");
    try {
      expect(noticeLines(reply({ notes: { unreadable: { count: 2, sample: "{" } } }))).toEqual([
        "2件のチャンクを読み取れなかったため、返答の一部が欠けている可能性があります。サンプルは「詳細」で確認できます。",
      ]);
      expect(
        noticeLines(
          reply({ finishReason: "tool_calls", notes: { toolCalls: [{ name: "f", arguments: "" }] } }),
        ),
      ).toEqual([
        "モデルはテキストで答える代わりにツール（f）の実行を求めました。このアプリはツールを実行しません。",
      ]);
    } finally {
      await activateLocale("en");
    }
  });
});
