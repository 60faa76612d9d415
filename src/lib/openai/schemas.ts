import * as z from "zod/mini";
import type { Usage } from "./types";

// Minimal shapes: only the fields the app reads. Providers disagree about null vs. absent, so optional
// fields are `nullish`, and unknown fields pass through so a new provider field never fails a chunk.

const count = z.nullish(z.number());

export const usageSchema = z.looseObject({
  prompt_tokens: count,
  completion_tokens: count,
  total_tokens: count,
  prompt_tokens_details: z.nullish(z.looseObject({ cached_tokens: count })),
  completion_tokens_details: z.nullish(z.looseObject({ reasoning_tokens: count })),
});
export type RawUsage = z.infer<typeof usageSchema>;

const text = z.nullish(z.string());

/**
 * A tool call as streamed: `index` says which call a piece belongs to; the name comes once, the arguments
 * (a JSON string) in pieces. Non-streaming replies carry whole calls in the same shape.
 */
const toolCallSchema = z.looseObject({
  index: z.nullish(z.number()),
  id: text,
  function: z.nullish(z.looseObject({ name: text, arguments: text })),
});
export type RawToolCall = z.infer<typeof toolCallSchema>;

/**
 * What a delta or message says. `content` and the reasoning fields are left `unknown` here: besides a string
 * they may be an array of parts (Mistral: `[{type:"thinking",thinking:[…]},{type:"text",text:"…"}]`), read
 * by content-parts.ts, which keeps anything it cannot show visible instead of failing the whole chunk.
 */
const said = {
  content: z.optional(z.unknown()),
  reasoning_content: z.optional(z.unknown()),
  reasoning: z.optional(z.unknown()),
  refusal: text,
  tool_calls: z.nullish(z.array(toolCallSchema)),
  /** The legacy single-call form (`finish_reason: "function_call"`). */
  function_call: z.nullish(z.looseObject({ name: text, arguments: text })),
};
export type Said = { [K in keyof typeof said]?: z.infer<(typeof said)[K]> };

const choiceSchema = z.looseObject({
  index: z.nullish(z.number()),
  delta: z.nullish(z.looseObject({ role: text, ...said })),
  finish_reason: text,
});

export const chunkSchema = z.looseObject({
  model: text,
  choices: z.nullish(z.array(choiceSchema)),
  usage: z.nullish(usageSchema),
});
export type ChatChunk = z.infer<typeof chunkSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads one streamed event. `complete` is false when the chunk did not fit the schema: then whatever
 * parts of it do fit (the model, each readable choice, the usage) are kept, and the caller reports the
 * chunk as unreadable. `undefined`: not a chat-completion chunk at all (no `choices`, no `usage`).
 */
export function readChunk(json: unknown): { chunk: ChatChunk; complete: boolean } | undefined {
  if (!isRecord(json)) return undefined;
  if (!("choices" in json || "usage" in json || json.object === "chat.completion.chunk")) return undefined;
  const whole = chunkSchema.safeParse(json);
  if (whole.success) return { chunk: whole.data, complete: true };
  const chunk: ChatChunk = {};
  const model = text.safeParse(json.model);
  if (model.success) chunk.model = model.data;
  if (Array.isArray(json.choices)) {
    chunk.choices = json.choices.flatMap((c) => {
      const choice = choiceSchema.safeParse(c);
      return choice.success ? [choice.data] : [];
    });
  }
  const usage = z.nullish(usageSchema).safeParse(json.usage);
  if (usage.success) chunk.usage = usage.data;
  return { chunk, complete: false };
}

export const completionSchema = z.looseObject({
  model: text,
  choices: z.array(
    z.looseObject({
      message: z.nullish(z.looseObject(said)),
      finish_reason: text,
    }),
  ),
  usage: z.nullish(usageSchema),
});
export type ChatCompletion = z.infer<typeof completionSchema>;

const errorCode = z.nullish(z.union([z.string(), z.number()]));

const errorDetail = z.looseObject({
  message: text,
  type: text,
  param: text,
  code: errorCode,
  status: text,
  /** OpenRouter: the upstream's own error body (`raw`, often a JSON string) and who sent it. */
  metadata: z.nullish(z.looseObject({ raw: z.optional(z.unknown()), provider_name: text })),
});

/** `{"error":{message,type,param,code}}`; some gateways put a bare string in `error`. */
export const wrappedErrorSchema = z.looseObject({ error: z.union([errorDetail, z.string()]) });
/** Google's OpenAI-compatible endpoint answers with an array. */
export const googleErrorSchema = z.array(z.looseObject({ error: errorDetail })).check(z.minLength(1));
/** `{"object":"error","message":…}` (vLLM-style) and a bare `{"message":…}` share one shape. */
export const messageErrorSchema = z.looseObject({
  object: text,
  message: z.string(),
  type: text,
  code: errorCode,
});
/** FastAPI-style `{"detail": "…"}` or `{"detail": [{msg}]}`. */
export const detailErrorSchema = z.looseObject({
  detail: z.union([z.string(), z.array(z.looseObject({ msg: z.string() }))]),
});

export interface ErrorInfo {
  message?: string;
  code?: string | number;
  type?: string;
  param?: string;
}

// Gateways nest error documents: a relayed body is at most a few levels deep.
const MAX_NESTING = 3;

/** An error document sent as a string (`"{\n  \"error\": {…"`), read as one; `undefined` otherwise. */
function nestedError(value: unknown, depth: number): ErrorInfo | undefined {
  if (depth >= MAX_NESTING) return undefined;
  if (typeof value !== "string") return isRecord(value) ? readErrorBody(value, depth + 1) : undefined;
  const trimmed = value.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    return readErrorBody(JSON.parse(trimmed), depth + 1);
  } catch {
    return undefined;
  }
}

function fromDetail(d: z.infer<typeof errorDetail>, depth: number): ErrorInfo {
  const info: ErrorInfo = {};
  if (d.message) info.message = d.message;
  if (d.code !== null && d.code !== undefined) info.code = d.code;
  const type = d.type ?? d.status;
  if (type) info.type = type;
  if (d.param) info.param = d.param;
  // The message itself is the upstream's error document: show its inner message instead of raw JSON.
  const inner = nestedError(d.message, depth);
  if (inner?.message) {
    info.message = inner.message;
    if (info.code === undefined && inner.code !== undefined) info.code = inner.code;
    if (!info.type && inner.type) info.type = inner.type;
  }
  // OpenRouter's generic "Provider returned error" carries the real cause in metadata.raw.
  const raw = d.metadata?.raw;
  const relayed = nestedError(raw, depth)?.message ?? (typeof raw === "string" ? raw.trim() : "");
  if (relayed && relayed !== info.message && relayed.length <= 500) {
    const from = d.metadata?.provider_name ? ` (${d.metadata.provider_name})` : "";
    info.message = info.message ? `${info.message}${from}: ${relayed}` : relayed;
  }
  return info;
}

function readErrorBody(json: unknown, depth: number): ErrorInfo | undefined {
  const wrapped = wrappedErrorSchema.safeParse(json);
  if (wrapped.success) {
    const e = wrapped.data.error;
    if (typeof e !== "string") return fromDetail(e, depth);
    return { message: nestedError(e, depth)?.message ?? e };
  }
  const google = googleErrorSchema.safeParse(json);
  if (google.success && google.data[0]) return fromDetail(google.data[0].error, depth);
  const plain = messageErrorSchema.safeParse(json);
  if (plain.success) {
    const { message, type, code } = plain.data;
    return fromDetail({ message, type, code }, depth);
  }
  const detail = detailErrorSchema.safeParse(json);
  if (detail.success) {
    const d = detail.data.detail;
    return { message: typeof d === "string" ? d : d.map((x) => x.msg).join("; ") };
  }
  return undefined;
}

/**
 * Reads any of the known error bodies; `undefined` when `json` is not one of them. A message that is itself
 * an error document (a gateway relaying the upstream's body as a string) is unwrapped to its inner message.
 */
export function parseErrorBody(json: unknown): ErrorInfo | undefined {
  return readErrorBody(json, 0);
}

const bodyLimitSchema = z.looseObject({
  error: z.looseObject({
    type: z.literal("request_too_large"),
    limit_bytes: z.number().check(z.positive()),
    size_bytes: z.optional(z.number().check(z.nonnegative())),
  }),
});

/**
 * The app's own server refusing a body over MAX_BODY_MB (scripts/proxy.mjs) names its sizes, so the app can
 * say the same in the user's language; `undefined` for any other body.
 */
export function parseBodyLimit(json: unknown): { limitBytes: number; sizeBytes?: number } | undefined {
  const parsed = bodyLimitSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { limit_bytes, size_bytes } = parsed.data.error;
  return { limitBytes: limit_bytes, ...(size_bytes !== undefined ? { sizeBytes: size_bytes } : {}) };
}

/**
 * Errors that arrive inside a 200 stream. Narrower than `parseErrorBody`: a chunk is only an error when it
 * says so (`error` set, or `object: "error"`), so an odd chunk with a `message` field is not mistaken for one.
 */
export function parseStreamError(json: unknown): ErrorInfo | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  const flagged = (record.error !== undefined && record.error !== null) || record.object === "error";
  if (!flagged) return undefined;
  return parseErrorBody(json) ?? { message: JSON.stringify(json).slice(0, 300) };
}

const modelItem = z.looseObject({ id: z.string() });
export const modelListSchema = z.union([z.looseObject({ data: z.array(z.unknown()) }), z.array(z.unknown())]);

/** Ids from `{data:[{id}]}` or a bare `[{id}]`; entries without a string id are skipped, not fatal. */
export function parseModelIds(json: unknown): string[] | undefined {
  const parsed = modelListSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.data;
  const ids = new Set<string>();
  for (const item of items) {
    const m = modelItem.safeParse(item);
    if (m.success && m.data.id !== "") ids.add(m.data.id);
  }
  return [...ids].sort();
}

export function toUsage(raw: RawUsage): Usage {
  const promptTokens = raw.prompt_tokens ?? 0;
  const completionTokens = raw.completion_tokens ?? 0;
  const usage: Usage = {
    promptTokens,
    completionTokens,
    totalTokens: raw.total_tokens ?? promptTokens + completionTokens,
  };
  const cached = raw.prompt_tokens_details?.cached_tokens;
  if (typeof cached === "number") usage.cachedTokens = cached;
  const reasoning = raw.completion_tokens_details?.reasoning_tokens;
  if (typeof reasoning === "number") usage.reasoningTokens = reasoning;
  return usage;
}
