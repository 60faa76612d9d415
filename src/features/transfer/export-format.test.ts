import { beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { defaultParamSettings, withParamValue } from "../../domain/parameters";
import { BUILT_IN_PRESETS } from "../../domain/presets";
import type { Conversation, Preset } from "../../domain/types";
import { useAppStore } from "../../store/app-store";
import { importConversations } from "../../store/import";
import { DATA_VERSION } from "../../store/migrations";
import { APP_INFO, buildExport, EXPORT_FORMAT, parseImport, type ParseResult } from "./export-format";
import { t } from "../../lib/i18n/i18n";
import { importProblemText } from "./import-problems";
import { MAX_IMPORT_MESSAGES } from "./limits";
import {
  branchingConversation,
  emptyConversation,
  sampleConversations,
} from "./sample-conversations.test-util";

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const envelope = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: "2025-06-01T12:00:00.000Z", ...extra });

function failure(result: ParseResult): string {
  if (result.ok) throw new Error("expected the import to be refused");
  return importProblemText(result.problem, t);
}

function byId(list: Conversation[]): Record<string, Conversation> {
  return Object.fromEntries(list.map((c) => [c.id, c]));
}

beforeEach(() => {
  useAppStore.setState({ conversations: {}, activeId: null });
});

describe("buildExport", () => {
  it("wraps deep copies, newest first, in the versioned envelope", () => {
    const list = sampleConversations();
    const out = buildExport(list, NOW);
    expect(out).toMatchObject({ format: EXPORT_FORMAT, version: DATA_VERSION, app: APP_INFO });
    expect(out.exportedAt).toBe("2025-06-01T12:00:00.000Z");
    expect(out.conversations.map((c) => c.id)).toEqual(["c_empty", "c_japanese", "c_branching"]);
    expect(out.conversations[2]).toEqual(list[0]);
    expect(out.conversations[2]).not.toBe(list[0]);
    expect(out.conversations[2]?.messages[0]).not.toBe(list[0]?.messages[0]);
  });

  it("never contains settings or the API key", () => {
    const secret = "sk-test-SECRET-do-not-export";
    useAppStore.setState({
      settings: { ...useAppStore.getState().settings, apiKey: secret },
      conversations: byId(sampleConversations()),
    });
    const text = JSON.stringify(buildExport(Object.values(useAppStore.getState().conversations), NOW));
    expect(text).not.toContain(secret);
    expect(text).not.toContain("apiKey");
    expect(text).not.toContain("baseUrl");
  });

  it("drops fields that are not part of the format", () => {
    const conv = { ...emptyConversation(), draftFlag: true } as Conversation;
    expect(buildExport([conv], NOW).conversations[0]).not.toHaveProperty("draftFlag");
  });

  it("keeps APP_INFO in step with package.json", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { name: string; version: string };
    expect(APP_INFO).toEqual({ name: pkg.name, version: pkg.version });
  });
});

describe("round trip", () => {
  it("export -> JSON -> import into an empty store gives the same conversations", () => {
    const original = byId(sampleConversations());
    useAppStore.setState({ conversations: structuredClone(original) });
    const text = JSON.stringify(
      buildExport(Object.values(useAppStore.getState().conversations), NOW),
      null,
      2,
    );

    useAppStore.setState({ conversations: {} });
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.version).toBe(DATA_VERSION);
    expect(parsed.repaired).toBe(0);
    expect(importConversations(parsed.conversations)).toEqual({ added: 3, copies: 0, unchanged: 0 });
    expect(useAppStore.getState().conversations).toEqual(original);
  });

  it("carries the user's presets (not the built-ins) in both directions", () => {
    const mine: Preset = {
      id: "p1",
      name: "Terse Claude",
      systemPrompt: "Be terse.",
      model: "claude-sonnet-4",
    };
    const withParams: Preset = {
      id: "p2",
      name: "Cool",
      params: withParamValue(defaultParamSettings(), "temperature", 0.3),
    };
    const file = buildExport([], NOW, null, {}, [mine, withParams, BUILT_IN_PRESETS[0]!]);
    expect(file.presets.map((p) => p.id)).toEqual(["p1", "p2"]);
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok && parsed.presets).toEqual([mine, withParams]);
  });

  it("accepts a single-conversation export", () => {
    const parsed = parseImport(JSON.stringify(buildExport([branchingConversation()], NOW)));
    expect(parsed.ok && parsed.conversations).toEqual([branchingConversation()]);
  });

  it("fills defaults for fields a hand-written file leaves out", () => {
    const conv = { id: "c1", title: "T", createdAt: 1, updatedAt: 1, messages: [], leafId: null };
    const parsed = parseImport(envelope({ conversations: [conv] }));
    expect(parsed.ok && parsed.conversations[0]).toEqual({
      ...emptyConversation(),
      ...conv,
    });
  });
});

describe("parseImport refuses bad files with a reason", () => {
  it.each([
    ["not JSON", "{nope", /not valid JSON/],
    ["an empty file", "", /not valid JSON/],
    ["a JSON string", '"hello"', /contains a text, not an object/],
    ["null", "null", /contains null/],
    ["an array", "[]", /contains a list, not an object/],
    [
      "missing format",
      JSON.stringify({ version: 1, conversations: [] }),
      /not a Chat Studio export \(missing "format"\)/,
    ],
    ["a wrong format", JSON.stringify({ format: "nope" }), /"format" is "nope"/],
    ["no version", JSON.stringify({ format: EXPORT_FORMAT, conversations: [] }), /no valid "version"/],
    ["a fractional version", envelope({ version: 1.5, conversations: [] }), /no valid "version"/],
    [
      "a newer version",
      envelope({ version: DATA_VERSION + 1, conversations: [] }),
      /made by a newer version/,
    ],
    ["conversations as an object", envelope({ conversations: {} }), /"conversations" must be a list/],
    ["a bad date", envelope({ exportedAt: "yesterday", conversations: [] }), /at exportedAt/],
  ])("%s", (_name, text, expected) => {
    expect(failure(parseImport(text))).toMatch(expected);
  });

  it("names the path of an invalid message field", () => {
    const conv = branchingConversation();
    (conv.messages[1] as { role: string }).role = "system";
    expect(failure(parseImport(envelope({ conversations: [conv] })))).toMatch(
      /at conversations\[0\]\.messages\[1\]\.role/,
    );
  });

  it("refuses a conversation id that appears twice", () => {
    const conv = emptyConversation();
    expect(failure(parseImport(envelope({ conversations: [conv, conv] })))).toMatch(
      /"c_empty" more than once/,
    );
  });

  it("refuses a message id that appears twice in one conversation", () => {
    const conv = branchingConversation();
    conv.messages.push({ ...conv.messages[0]! });
    expect(failure(parseImport(envelope({ conversations: [conv] })))).toMatch(
      /message "m_u1" more than once/,
    );
  });

  it("refuses too many messages before validating them", () => {
    // The same (invalid) object repeated: counting must refuse it before zod would report the bad shape.
    const many = new Array<unknown>(MAX_IMPORT_MESSAGES + 1).fill(0);
    const text = envelope({ conversations: [{ messages: many }] });
    expect(failure(parseImport(text))).toMatch(/too many messages \(100001; at most 100000/);
  });

  it("does not let __proto__ or constructor keys pollute prototypes", () => {
    const conv = JSON.stringify(branchingConversation());
    const hostile = [
      `{"__proto__":{"polluted":true},"format":"${EXPORT_FORMAT}","version":1,"exportedAt":"2025-06-01T12:00:00Z","conversations":[${conv.replace('{"id"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id"')}]}`,
      envelope({
        conversations: [
          JSON.parse(
            conv.replace(
              '"params":{"temperature":0.3,',
              '"params":{"__proto__":{"polluted":true},"temperature":0.3,',
            ),
          ),
        ],
      }),
      envelope({
        conversations: [
          JSON.parse(
            conv.replace(
              '"params":{"temperature":0.3,',
              '"params":{"constructor":{"prototype":{"polluted":true}},"temperature":0.3,',
            ),
          ),
        ],
      }),
    ];
    const results = hostile.map((text) => parseImport(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(results[0]?.ok && results[0].conversations[0]).toEqual(branchingConversation());
    expect(results[1]?.ok && Object.getPrototypeOf(results[1].conversations[0]?.messages[1]?.params)).toBe(
      Object.prototype,
    );
    expect(failure(results[2]!)).toMatch(/params: Unrecognized key: "constructor"/);
    if (results[0]?.ok) importConversations(results[0].conversations);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("repairs", () => {
  it("turns a message with a missing parent into a root and moves a dangling leaf to the last message", () => {
    const conv = branchingConversation();
    conv.messages[1] = { ...conv.messages[1]!, parentId: "m_gone" };
    conv.leafId = "m_gone_too";
    const parsed = parseImport(envelope({ conversations: [conv] }));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.repaired).toBe(1);
    expect(parsed.conversations[0]?.messages[1]?.parentId).toBeNull();
    expect(parsed.conversations[0]?.leafId).toBe("m_a2");
  });

  it("stops replies that were streaming when exported", () => {
    const conv = branchingConversation();
    conv.messages[2] = { ...conv.messages[2]!, status: "streaming" };
    const parsed = parseImport(envelope({ conversations: [conv] }));
    expect(parsed.ok && parsed.conversations[0]?.messages[2]?.status).toBe("stopped");
  });
});

describe("older formats", () => {
  // A pretend format history: in v1 a conversation's title was called "name" (and files had no presets).
  const steps = {
    1: (data: Record<string, unknown>) => ({
      ...data,
      presets: [],
      conversations: (data.conversations as Record<string, unknown>[]).map(({ name, ...c }) => ({
        ...c,
        title: name,
      })),
    }),
  };

  it("are brought up to date by the same numbered steps as saved data", () => {
    const { title, ...old } = branchingConversation();
    const parsed = parseImport(envelope({ version: 1, conversations: [{ ...old, name: title }] }), steps, 2);
    if (!parsed.ok) throw new Error(failure(parsed));
    expect(parsed.version).toBe(1);
    expect(parsed.conversations[0]?.title).toBe("Sorting algorithms");
  });

  it("v1 files, made before presets travelled in exports, import with none", () => {
    const parsed = parseImport(envelope({ version: 1, conversations: [branchingConversation()] }));
    if (!parsed.ok) throw new Error(failure(parsed));
    expect(parsed.version).toBe(1);
    expect(parsed.presets).toEqual([]);
    expect(parsed.conversations).toEqual([branchingConversation()]);
  });

  it("a v2 file must list its presets", () => {
    expect(failure(parseImport(envelope({ version: 2, conversations: [] })))).toMatch(/presets/);
  });

  it("that no step reaches any more are refused in words", () => {
    expect(failure(parseImport(envelope({ version: 1, conversations: [] }), {}, 2))).toBe(
      "This file uses export format v1, which this app can no longer read.",
    );
  });
});
