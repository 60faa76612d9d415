import { describe, expect, it } from "vitest";
import { addMessage, appendToMessage, createConversation, patchMessage } from "../domain/conversation";
import { msg } from "../domain/messages.test-util";
import type { Conversation } from "../domain/types";
import { storageKeys, type Known } from "./storage-format";
import {
  dueForWrite,
  knownAfter,
  placeLocal,
  planCycle,
  planMeta,
  rebase,
  shownAfterMerge,
  type CycleInput,
  type Current,
  type WriteJob,
} from "./write-plan";

const keys = storageKeys("t");
const NOTHING: Current = { local: null, stub: null };

function conv(id: string, updatedAt = 1, text = "hello"): Conversation {
  return {
    ...addMessage(createConversation(id, 1), msg(`${id}-u`, null, "user", { content: text })),
    updatedAt,
  };
}

function localKnown(c: Conversation): Known {
  const raw = JSON.stringify(c);
  return { conv: c, where: "local", raw, chars: raw.length };
}

function plan(over: Partial<CycleInput> & Pick<CycleInput, "conversations">) {
  let rev = 0;
  return planCycle({
    known: new Map(),
    force: false,
    placement: { budget: 1_000_000, maxConversation: 100_000 },
    read: () => NOTHING,
    newRev: () => `r${++rev}`,
    keys,
    now: 5,
    ...over,
  });
}

const writes = (jobs: ReturnType<typeof plan>) => jobs.filter((j): j is WriteJob => j.type === "write");

describe("planCycle: what is written", () => {
  it("writes new and changed conversations, and nothing that memory holds as stored", () => {
    const a = conv("a");
    const b = conv("b");
    const jobs = plan({ conversations: { a, b }, known: new Map([["a", localKnown(a)]]) });
    expect(jobs.map((j) => [j.type, j.id])).toEqual([["write", "b"]]);
    expect(writes(jobs)[0]).toMatchObject({ to: "local", json: JSON.stringify(b), removeFrom: [] });
  });

  it("deletes what memory no longer has, where this tab last saw it", () => {
    const a = conv("a");
    const jobs = plan({
      conversations: {},
      known: new Map<string, Known>([
        ["a", localKnown(a)],
        ["z", { where: "indexed", rev: "r0", chars: 10 }],
      ]),
    });
    expect(jobs).toEqual([
      { type: "delete", id: "a", from: "local" },
      { type: "delete", id: "z", from: "indexed" },
    ]);
  });

  it("writes a streaming reply when it starts, then each time it has tripled; everything when forced", () => {
    let c = addMessage(conv("a"), msg("r", "a-u", "assistant", { content: "", status: "streaming" }));
    expect(dueForWrite(c, undefined, false)).toBe(true);
    let known: Known = { ...localKnown(c), streamed: 0 };
    const written: number[] = [];
    for (let i = 1; i <= 400; i++) {
      c = appendToMessage(c, "r", { content: "x".repeat(50) }, i);
      if (dueForWrite(c, known, false)) {
        written.push(i * 50);
        known = { ...localKnown(c), streamed: i * 50 };
      }
    }
    expect(written).toEqual([2050, 6150, 18450]);
    expect(dueForWrite(c, known, true)).toBe(true);
    const done = patchMessage(c, "r", { status: "complete" }, 999);
    expect(dueForWrite(done, known, false)).toBe(true);
    const [job] = writes(plan({ conversations: { a: c }, known: new Map([["a", known]]), force: true }));
    expect(job?.streamed).toBe(20_000);
  });
});

describe("planCycle: where it goes", () => {
  it("keeps the most recent conversations that fit in localStorage, the rest in IndexedDB", () => {
    const sizes = new Map([
      ["old", { chars: 400, updatedAt: 1 }],
      ["huge", { chars: 5000, updatedAt: 9 }],
      ["new", { chars: 400, updatedAt: 8 }],
      ["mid", { chars: 400, updatedAt: 5 }],
    ]);
    expect([...placeLocal(sizes, { budget: 900, maxConversation: 1000 })].sort()).toEqual(["mid", "new"]);
  });

  it("sends a conversation larger than the limit (a 10 MB answer) to IndexedDB whole", () => {
    const big = conv("big", 1, "x".repeat(200_000));
    const [job] = writes(plan({ conversations: { big } }));
    expect(job).toMatchObject({ to: "indexed", expectRev: null, rev: "r1" });
    expect(job?.json).toBe(JSON.stringify(big));
  });

  it("moves the oldest unchanged conversations out of localStorage when a newer one needs the room", () => {
    const old = conv("old", 1, "o".repeat(3000));
    const mid = conv("mid", 2, "m".repeat(3000));
    const fresh = conv("fresh", 3, "f".repeat(3000));
    const known = new Map([
      ["old", localKnown(old)],
      ["mid", localKnown(mid)],
    ]);
    const jobs = writes(
      plan({
        conversations: { old, mid, fresh },
        known,
        placement: { budget: 7000, maxConversation: 5000 },
        read: (id) => ({ local: known.get(id)?.raw ?? null, stub: null }),
      }),
    );
    expect(jobs.map((j) => [j.id, j.to, j.removeFrom])).toEqual([
      ["fresh", "local", []],
      ["old", "indexed", ["local"]],
    ]);
    expect(jobs[1]?.json).toBe(known.get("old")?.raw);
  });

  it("moves a conversation back to localStorage when it is recent and small, removing the IndexedDB copy", () => {
    const c = conv("a", 9);
    const known = new Map<string, Known>([
      ["a", { conv: conv("a", 1), where: "indexed", rev: "r0", chars: 100 }],
    ]);
    const [job] = writes(
      plan({
        conversations: { a: c },
        known,
        read: () => ({ local: null, stub: { rev: "r0", title: "a", updatedAt: 1, chars: 100 } }),
      }),
    );
    expect(job).toMatchObject({ to: "local", removeFrom: ["indexed"] });
  });
});

describe("planCycle: another tab's writes", () => {
  it("merges another tab's localStorage copy and stores the merged result", () => {
    const base = conv("c");
    const known = new Map([["c", localKnown(base)]]);
    const mine = addMessage(base, msg("t1", "c-u", "assistant", { createdAt: 2 }));
    const theirs = addMessage(base, msg("o1", "c-u", "assistant", { createdAt: 3 }));
    const [job] = writes(
      plan({
        conversations: { c: mine },
        known,
        read: () => ({ local: JSON.stringify(theirs), stub: null }),
      }),
    );
    expect(job?.conv.messages.map((m) => m.id)).toEqual(["c-u", "t1", "o1"]);
    expect(job?.json).toBe(JSON.stringify(job?.conv));
    expect(job?.theirs).toEqual(theirs);
    expect(job?.base).toBe(mine);
  });

  it("keeps an unreadable copy aside before writing over it", () => {
    const c = conv("c");
    const [job] = writes(plan({ conversations: { c }, read: () => ({ local: "{garbled", stub: null }) }));
    expect(job?.backup).toEqual({ key: keys.backup("c", 5), text: "{garbled" });
  });

  it("writes to IndexedDB when another tab put it there, expecting what this tab saw", () => {
    const c = conv("c");
    const known = new Map([["c", localKnown(conv("c"))]]);
    const [job] = writes(
      plan({
        conversations: { c },
        known,
        read: () => ({ local: null, stub: { rev: "theirs", title: "c", updatedAt: 1, chars: 9 } }),
      }),
    );
    // Not their revision: the write must fail there and hand their record back to merge.
    expect(job).toMatchObject({ to: "indexed", expectRev: null, removeFrom: ["local"] });
  });

  it("rebase merges the record found in IndexedDB and expects its revision", () => {
    const base = conv("c");
    const mine = addMessage(base, msg("t1", "c-u", "assistant", { createdAt: 2 }));
    const theirs = addMessage(base, msg("o1", "c-u", "assistant", { createdAt: 3 }));
    const [job] = writes(plan({ conversations: { c: mine }, placement: { budget: 0, maxConversation: 0 } }));
    const next = job && rebase(job, { rev: "x9", json: JSON.stringify(theirs) }, "r7");
    expect(next).toMatchObject({ expectRev: "x9", rev: "r7", to: "indexed" });
    expect(next?.conv.messages.map((m) => m.id)).toEqual(["c-u", "t1", "o1"]);
    expect(job && rebase(job, { rev: "x9", json: "{" }, "r8")).toBeNull();
  });
});

describe("after a write", () => {
  const base = conv("c");
  const mine = addMessage(base, msg("t1", "c-u", "assistant", { createdAt: 2 }));
  const theirs = addMessage(base, msg("o1", "c-u", "assistant", { createdAt: 3 }));
  const [job] = writes(
    plan({ conversations: { c: mine }, read: () => ({ local: JSON.stringify(theirs), stub: null }) }),
  );

  it("shows the merged result, and remembers it as stored so it is not written again", () => {
    if (!job) throw new Error("no job");
    const shown = shownAfterMerge(mine, job);
    expect(shown).toBe(job.conv);
    const k = knownAfter(job, "local", shown);
    expect(k.conv).toBe(shown);
    expect(k.raw).toBe(job.json);
    expect(dueForWrite(shown, k, false)).toBe(false);
  });

  it("merges into what the store holds now when a reply streamed on meanwhile", () => {
    if (!job) throw new Error("no job");
    const later = appendToMessage(mine, "t1", { content: " more" }, 50);
    const shown = shownAfterMerge(later, job);
    expect(shown.messages.map((m) => m.id)).toEqual(["c-u", "t1", "o1"]);
    expect(shown.messages[1]?.content).toBe("t1 more");
    // Differs from what was written, so the next save writes it.
    expect(knownAfter(job, "local", shown).conv).toBeUndefined();
  });
});

describe("planMeta", () => {
  it("writes settings only when they changed", () => {
    const state = { settings: { a: 1 }, activeId: null, chatDefaults: {}, presets: [] };
    const first = planMeta(state, 2, null);
    expect(JSON.parse(first ?? "")).toMatchObject({ version: 2, settings: { a: 1 } });
    expect(planMeta(state, 2, first)).toBeNull();
  });
});
