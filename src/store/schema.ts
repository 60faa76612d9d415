// Zod schemas for what is read back from localStorage: stored data is a boundary like the network.
import { z } from "zod";
import { defaultParamSettings, PARAM_KEYS, type ParamSettings } from "../domain/parameters";
import { defaultSettings, type Conversation, type Settings } from "../domain/types";

const finiteNumber = z.number().finite();

const usageSchema = z.object({
  promptTokens: finiteNumber,
  completionTokens: finiteNumber,
  totalTokens: finiteNumber,
  cachedTokens: finiteNumber.optional(),
  reasoningTokens: finiteNumber.optional(),
});

export const messageSchema = z.object({
  id: z.string().min(1),
  parentId: z.string().min(1).nullable(),
  role: z.enum(["user", "assistant"]),
  content: z.string(),
  reasoning: z.string().optional(),
  createdAt: finiteNumber,
  updatedAt: finiteNumber,
  status: z.enum(["complete", "streaming", "stopped", "error"]),
  error: z
    .object({
      kind: z.enum(["http", "network", "aborted", "parse", "stream"]),
      message: z.string(),
      status: finiteNumber.optional(),
      retryable: z.boolean(),
    })
    .optional(),
  usage: usageSchema.optional(),
  finishReason: z.string().optional(),
  model: z.string().optional(),
  params: z.partialRecord(z.enum(PARAM_KEYS as [string, ...string[]]), finiteNumber).optional(),
  timing: z.object({ firstTokenMs: finiteNumber.optional(), totalMs: finiteNumber.optional() }).optional(),
});

const paramSettingSchema = z.object({ enabled: z.boolean(), value: finiteNumber });

const paramSettingsSchema = z
  .partialRecord(z.enum(PARAM_KEYS as [string, ...string[]]), paramSettingSchema)
  .transform((p): ParamSettings => ({ ...defaultParamSettings(), ...p }));

export const conversationSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  createdAt: finiteNumber,
  updatedAt: finiteNumber,
  messages: z.array(messageSchema),
  leafId: z.string().nullable(),
  systemPrompt: z.string().default(""),
  params: paramSettingsSchema.default(defaultParamSettings),
  extraBody: z.string().default(""),
});

export const chatDefaultsSchema = z.object({
  systemPrompt: z.string().default(""),
  params: paramSettingsSchema.default(defaultParamSettings),
  extraBody: z.string().default(""),
});

export const presetSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  params: paramSettingsSchema,
});

export const settingsSchema = z
  .object({
    baseUrl: z.string(),
    apiKey: z.string(),
    model: z.string(),
    stream: z.boolean(),
  })
  .partial()
  .transform((s): Settings => ({ ...defaultSettings(), ...s }));

// The parsed shapes must stay assignable to the domain types.
export type _ConversationCheck = z.infer<typeof conversationSchema> extends Conversation ? true : never;
