// Zod schemas for what is read back from localStorage: stored data is a boundary like the network.
// zod/mini (functional API) keeps only the validators that are used in the bundle.
import * as z from "zod/mini";
import { LANGUAGE_PREFERENCES } from "../lib/i18n/locale";
import { API_ERROR_KINDS } from "../lib/openai/reply-error";
import { defaultParamSettings, normalizeParams, PARAM_KEYS } from "../domain/parameters";
import { DEFAULT_STALL_SECONDS, defaultSettings, type Conversation, type Settings } from "../domain/types";

// z.number() already refuses Infinity and NaN.
const finiteNumber = z.number();
const nonEmpty = z.string().check(z.minLength(1));
const seconds = z.number().check(z.minimum(0), z.maximum(86_400));

const usageSchema = z.object({
  promptTokens: finiteNumber,
  completionTokens: finiteNumber,
  totalTokens: finiteNumber,
  cachedTokens: z.optional(finiteNumber),
  reasoningTokens: z.optional(finiteNumber),
});

export const imageRefSchema = z.object({
  id: nonEmpty,
  mime: z.string(),
  width: finiteNumber,
  height: finiteNumber,
  bytes: finiteNumber,
  name: z.optional(z.string()),
});

const paramKey = z.enum(PARAM_KEYS as [string, ...string[]]);

export const messageSchema = z.object({
  id: nonEmpty,
  parentId: z.nullable(nonEmpty),
  role: z.enum(["user", "assistant"]),
  content: z.string(),
  reasoning: z.optional(z.string()),
  createdAt: finiteNumber,
  updatedAt: finiteNumber,
  status: z.enum(["complete", "streaming", "stopped", "error"]),
  error: z.optional(
    z.object({
      kind: z.enum(API_ERROR_KINDS),
      message: z.string(),
      status: z.optional(finiteNumber),
      retryable: z.boolean(),
      detail: z.optional(z.looseObject({ code: z.string() })),
    }),
  ),
  usage: z.optional(usageSchema),
  finishReason: z.optional(z.string()),
  model: z.optional(z.string()),
  params: z.optional(z.partialRecord(paramKey, finiteNumber)),
  timing: z.optional(z.object({ firstTokenMs: z.optional(finiteNumber), totalMs: z.optional(finiteNumber) })),
  notes: z.optional(
    z.object({
      unreadable: z.optional(z.object({ count: finiteNumber, sample: z.string() })),
      unknownParts: z.optional(z.object({ count: finiteNumber, sample: z.string() })),
      toolCalls: z.optional(z.array(z.object({ name: z.string(), arguments: z.string() }))),
    }),
  ),
  // References only: the image bytes live in IndexedDB (src/store/image-store.ts).
  images: z.optional(z.array(imageRefSchema)),
});

const paramSettingSchema = z.object({ enabled: z.boolean(), value: finiteNumber });

// Missing parameters get their defaults and out-of-range values come into range (the one clamp, in
// normalizeParams), so nothing read back can put an invalid value into a request.
const paramSettingsSchema = z.pipe(
  z.partialRecord(paramKey, paramSettingSchema),
  z.transform(normalizeParams),
);

export const conversationSchema = z.object({
  id: nonEmpty,
  title: z.string(),
  createdAt: finiteNumber,
  updatedAt: finiteNumber,
  messages: z.array(messageSchema),
  leafId: z.nullable(z.string()),
  systemPrompt: z._default(z.string(), ""),
  params: z._default(paramSettingsSchema, defaultParamSettings),
  extraBody: z._default(z.string(), ""),
  model: z.optional(z.string()),
});

export const chatDefaultsSchema = z.object({
  systemPrompt: z._default(z.string(), ""),
  params: z._default(paramSettingsSchema, defaultParamSettings),
  extraBody: z._default(z.string(), ""),
});

/** A preset holds any of these parts (older presets hold the parameters only). */
export const presetSchema = z.object({
  id: nonEmpty,
  name: z.string(),
  params: z.optional(paramSettingsSchema),
  systemPrompt: z.optional(z.string()),
  model: z.optional(z.string()),
  extraBody: z.optional(z.string()),
});

export const settingsSchema = z.pipe(
  z.partial(
    z.object({
      baseUrl: z.string(),
      apiKey: z.string(),
      model: z.string(),
      stream: z.boolean(),
      // Out-of-range waits (hand-edited storage) fall back to the defaults instead of losing the settings.
      stallSeconds: z.catch(seconds, DEFAULT_STALL_SECONDS),
      timeoutSeconds: z.catch(seconds, 0),
      // A language this build does not know (saved by a newer one) falls back to the browser's.
      language: z.catch(z.enum(LANGUAGE_PREFERENCES), "system"),
      // A value this build does not know falls back on its own, without losing the other settings.
      theme: z.catch(z.enum(["system", "light", "dark"]), "system"),
      sidebarCollapsed: z.catch(z.boolean(), false),
    }),
  ),
  z.transform((s): Settings => ({ ...defaultSettings(), ...s })),
);

// The parsed shapes must stay assignable to the domain types.
export type _ConversationCheck = z.infer<typeof conversationSchema> extends Conversation ? true : never;
