// The export file: a versioned envelope around conversations, built and read by pure functions.
// Reading goes through the same migrations (src/store/migrations.ts) and the same zod schema (and its
// defaults) as data read back from browser storage; the file's version is the data format's version.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { repairConversation } from "../../domain/repair";
import type { Conversation, Preset } from "../../domain/types";
import type { ExportedImage } from "../../store/image-store";
import {
  DATA_VERSION,
  migrate,
  MIGRATIONS,
  MissingMigrationError,
  type MigrationStep,
} from "../../store/migrations";
import { conversationSchema, presetSchema } from "../../store/schema";
import { MAX_IMPORT_CONVERSATIONS, MAX_IMPORT_MESSAGES } from "./limits";

export const EXPORT_FORMAT = "chat-studio.conversations";
/** Kept equal to package.json's name and version by a unit test. */
export const APP_INFO = { name: "chat-studio", version: "0.1.0" } as const;

// Image bytes travel as data URLs beside the conversations, keyed by the id their messages refer to.
const exportedImageSchema = z.object({
  mime: z.string(),
  width: z.number(),
  height: z.number(),
  dataUrl: z.string().check(z.regex(/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]*={0,2}$/)),
});

export const exportEnvelopeSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.int().check(z.positive()),
    exportedAt: z.iso.datetime({ offset: true }),
    app: z.optional(z.object({ name: z.string(), version: z.string() })),
    conversations: z.array(conversationSchema),
    images: z.optional(z.record(z.string(), exportedImageSchema)),
    // The user's own presets ("Export all"); empty in a one-conversation export.
    presets: z.array(presetSchema),
  })
  .check(
    z.meta({
      title: "Chat Studio conversations export",
      description: "Conversations exported by Chat Studio. Never contains settings or the API key.",
    }),
  );

// zod/mini ships no messages; the English ones are used only for import errors shown to the user.
const { localeError } = en();

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  app?: { name: string; version: string };
  conversations: Conversation[];
  /** The images the conversations refer to; absent when there are none (and in files made before images). */
  images?: Record<string, ExportedImage>;
  /** The user's own presets; built-in ones are never written. */
  presets: Preset[];
}

/** Newest first, like the sidebar; every branch, parameter and statistic is kept. */
export function buildExport(
  conversations: Iterable<Conversation>,
  now: number | Date,
  app: { name: string; version: string } | null = APP_INFO,
  images: Record<string, ExportedImage> = {},
  presets: readonly Preset[] = [],
): ExportEnvelope {
  const list = [...conversations]
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
    .map((c) => {
      // The schema keeps only the documented fields, so a stray runtime field can never leak into a file.
      const parsed = conversationSchema.safeParse(c);
      return parsed.success ? parsed.data : structuredClone(c);
    });
  return {
    format: EXPORT_FORMAT,
    version: DATA_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...(app ? { app: { ...app } } : {}),
    conversations: list,
    ...(Object.keys(images).length > 0 ? { images } : {}),
    presets: presets.flatMap((p) => {
      const parsed = presetSchema.safeParse(p);
      return parsed.success && !p.builtIn ? [parsed.data] : [];
    }),
  };
}

/** What a value in the file turned out to be, where an object or a list was expected. */
export type ValueType = "list" | "null" | "object" | "text" | "number" | "other";

/** Why a file cannot be imported; the UI words it (import-problems.ts). */
export type ImportProblem =
  | { code: "notJson" | "noFormat" }
  | { code: "notObject" | "conversationsNotList"; type: ValueType }
  | { code: "wrongFormat"; format: string; expected: string }
  | { code: "badVersion"; example: number }
  | { code: "newerVersion"; version: number; supported: number }
  | { code: "olderVersion"; version: number }
  | { code: "tooManyConversations" | "tooManyMessages"; count: number; max: number }
  | { code: "invalidValue"; path: string; detail: string }
  | { code: "duplicateConversation"; id: string }
  | { code: "duplicateMessage"; title: string; id: string };

export type ParseResult =
  | {
      ok: true;
      conversations: Conversation[];
      version: number;
      repaired: number;
      /** Restored to IndexedDB before the conversations are added (see image-store.ts). */
      images: Record<string, ExportedImage>;
      presets: Preset[];
    }
  | { ok: false; problem: ImportProblem };

const fail = (problem: ImportProblem): ParseResult => ({ ok: false, problem });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): ValueType {
  if (Array.isArray(value)) return "list";
  if (value === null) return "null";
  if (typeof value === "object") return "object";
  if (typeof value === "string") return "text";
  return typeof value === "number" ? "number" : "other";
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

/**
 * Reads a file made by either export. Never throws: every refusal comes back as words for the user.
 * `steps` and `toVersion` are the data migrations; tests pass their own to exercise an older format.
 */
export function parseImport(
  text: string,
  steps: Record<number, MigrationStep> = MIGRATIONS,
  toVersion: number = DATA_VERSION,
): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ code: "notJson" });
  }
  if (!isRecord(raw)) return fail({ code: "notObject", type: describeType(raw) });
  if (!("format" in raw)) return fail({ code: "noFormat" });
  if (raw.format !== EXPORT_FORMAT) {
    return fail({ code: "wrongFormat", format: JSON.stringify(raw.format) ?? "", expected: EXPORT_FORMAT });
  }
  const version = raw.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail({ code: "badVersion", example: toVersion });
  }
  if (version > toVersion) {
    return fail({ code: "newerVersion", version, supported: toVersion });
  }
  if (!Array.isArray(raw.conversations)) {
    return fail({ code: "conversationsNotList", type: describeType(raw.conversations) });
  }
  if (raw.conversations.length > MAX_IMPORT_CONVERSATIONS) {
    return fail({
      code: "tooManyConversations",
      count: raw.conversations.length,
      max: MAX_IMPORT_CONVERSATIONS,
    });
  }
  let messageCount = 0;
  for (const c of raw.conversations) {
    if (isRecord(c) && Array.isArray(c.messages)) messageCount += c.messages.length;
  }
  if (messageCount > MAX_IMPORT_MESSAGES) {
    return fail({ code: "tooManyMessages", count: messageCount, max: MAX_IMPORT_MESSAGES });
  }

  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw, version, steps, toVersion);
  } catch (error) {
    if (error instanceof MissingMigrationError) return fail({ code: "olderVersion", version: error.version });
    throw error;
  }
  const parsed = exportEnvelopeSchema.safeParse(migrated, { error: localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issuePath(issue.path) : "";
    // zod's own wording of the issue: technical detail, kept as the library gives it.
    return fail({ code: "invalidValue", path: where, detail: issue?.message ?? "?" });
  }

  const seen = new Set<string>();
  const conversations: Conversation[] = [];
  let repaired = 0;
  for (const conv of parsed.data.conversations) {
    if (seen.has(conv.id)) return fail({ code: "duplicateConversation", id: conv.id });
    seen.add(conv.id);
    const messageIds = new Set<string>();
    for (const m of conv.messages) {
      if (messageIds.has(m.id)) {
        return fail({ code: "duplicateMessage", title: conv.title, id: m.id });
      }
      messageIds.add(m.id);
    }
    const result = repairConversation(conv);
    if (result.repaired) repaired++;
    conversations.push(result.conversation);
  }
  return {
    ok: true,
    conversations,
    version,
    repaired,
    images: parsed.data.images ?? {},
    presets: parsed.data.presets as Preset[],
  };
}
