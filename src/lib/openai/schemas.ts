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

export const chunkSchema = z.looseObject({
  model: text,
  choices: z.nullish(
    z.array(
      z.looseObject({
        delta: z.nullish(
          z.looseObject({ role: text, content: text, reasoning_content: text, reasoning: text }),
        ),
        finish_reason: text,
      }),
    ),
  ),
  usage: z.nullish(usageSchema),
});
export type ChatChunk = z.infer<typeof chunkSchema>;

export const completionSchema = z.looseObject({
  model: text,
  choices: z.array(
    z.looseObject({
      message: z.nullish(z.looseObject({ content: text, reasoning_content: text, reasoning: text })),
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

function fromDetail(d: z.infer<typeof errorDetail>): ErrorInfo {
  const info: ErrorInfo = {};
  if (d.message) info.message = d.message;
  if (d.code !== null && d.code !== undefined) info.code = d.code;
  const type = d.type ?? d.status;
  if (type) info.type = type;
  if (d.param) info.param = d.param;
  return info;
}

/** Reads any of the known error bodies; `undefined` when `json` is not one of them. */
export function parseErrorBody(json: unknown): ErrorInfo | undefined {
  const wrapped = wrappedErrorSchema.safeParse(json);
  if (wrapped.success) {
    const e = wrapped.data.error;
    return typeof e === "string" ? { message: e } : fromDetail(e);
  }
  const google = googleErrorSchema.safeParse(json);
  if (google.success && google.data[0]) return fromDetail(google.data[0].error);
  const plain = messageErrorSchema.safeParse(json);
  if (plain.success) {
    const { message, type, code } = plain.data;
    return fromDetail({ message, type, code });
  }
  const detail = detailErrorSchema.safeParse(json);
  if (detail.success) {
    const d = detail.data.detail;
    return { message: typeof d === "string" ? d : d.map((x) => x.msg).join("; ") };
  }
  return undefined;
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
