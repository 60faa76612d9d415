// The last sweep of each conversation, kept in IndexedDB so it survives a reload. Read back through a
// schema like every stored thing: a record that does not fit is ignored (and left in place), never trusted.
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import * as z from "zod/mini";
import { API_ERROR_KINDS } from "../lib/openai/reply-error";
import { PARAM_KEYS } from "../domain/parameters";
import { settleRun, type SweepRun } from "../domain/sweep-run";
import { messageSchema } from "./schema";

const finite = z.number();
const paramKey = z.enum(PARAM_KEYS as [string, ...string[]]);
const paramSetting = z.object({ enabled: z.boolean(), value: finite });

const outcomeSchema = z.object({
  status: z.enum(["complete", "stopped", "error"]),
  error: z.optional(
    z.object({
      kind: z.enum(API_ERROR_KINDS),
      message: z.string(),
      status: z.optional(finite),
      retryable: z.boolean(),
      detail: z.optional(z.looseObject({ code: z.string() })),
    }),
  ),
  usage: messageSchema.shape.usage,
  finishReason: z.optional(z.string()),
  model: z.optional(z.string()),
  timing: z.object({ firstTokenMs: z.optional(finite), totalMs: finite }),
});

const cellSchema = z.object({
  id: z.string(),
  step: finite,
  value: finite,
  sample: finite,
  status: z.enum(["queued", "streaming", "complete", "stopped", "error"]),
  text: z.string(),
  reasoning: z.string(),
  sent: z.optional(z.object({ model: z.string(), params: z.partialRecord(paramKey, finite) })),
  outcome: z.optional(outcomeSchema),
  attempts: finite,
  retryAt: z.optional(finite),
});

export const sweepRunSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  userMessageId: z.string(),
  spec: z.object({
    param: paramKey,
    from: finite,
    to: finite,
    steps: finite,
    samples: finite,
    concurrency: finite,
  }),
  baseParams: z.record(paramKey, paramSetting),
  model: z.string(),
  createdAt: finite,
  cells: z.array(cellSchema),
  pausedUntil: finite,
  concurrency: finite,
});

export interface SweepStorage {
  load(conversationId: string): Promise<SweepRun | null>;
  save(run: SweepRun): Promise<void>;
  remove(conversationId: string): Promise<void>;
}

const key = (conversationId: string) => `sweep:${conversationId}`;

export function createSweepStorage(open: () => UseStore | null): SweepStorage {
  let opened: UseStore | null | undefined;
  const db = () => (opened === undefined ? (opened = open()) : opened);
  return {
    async load(conversationId) {
      const store = db();
      if (!store) return null;
      const raw: unknown = await get(key(conversationId), store).catch(() => undefined);
      const parsed = sweepRunSchema.safeParse(raw);
      return parsed.success ? settleRun(parsed.data as SweepRun) : null;
    },
    async save(run) {
      const store = db();
      if (store) await set(key(run.conversationId), run, store);
    },
    async remove(conversationId) {
      const store = db();
      if (store) await del(key(conversationId), store);
    },
  };
}

// The database opens on first use, not when this module loads.
export const sweepStorage: SweepStorage = createSweepStorage(() =>
  typeof indexedDB === "undefined" ? null : createStore("chat-studio-sweeps", "sweeps"),
);
