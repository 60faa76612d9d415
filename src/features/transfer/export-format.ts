// The export file: a versioned envelope around conversations, built and read by pure functions.
// Reading goes through the same zod schema (and its defaults) as data read back from localStorage.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { repairConversation } from "../../domain/repair";
import type { Conversation } from "../../domain/types";
import type { ExportedImage } from "../../store/image-store";
import { conversationSchema } from "../../store/schema";
import { MAX_IMPORT_CONVERSATIONS, MAX_IMPORT_MESSAGES } from "./limits";

export const EXPORT_FORMAT = "chat-studio.conversations";
export const EXPORT_VERSION = 1;
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
}

/** Newest first, like the sidebar; every branch, parameter and statistic is kept. */
export function buildExport(
  conversations: Iterable<Conversation>,
  now: number | Date,
  app: { name: string; version: string } | null = APP_INFO,
  images: Record<string, ExportedImage> = {},
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
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...(app ? { app: { ...app } } : {}),
    conversations: list,
    ...(Object.keys(images).length > 0 ? { images } : {}),
  };
}

// Numbered steps, as in src/store/migrations.ts: step N takes an envelope of version N to N+1.
// Version 1 is the first format, so there are no steps yet.
type EnvelopeStep = (envelope: Record<string, unknown>) => Record<string, unknown>;
export const EXPORT_MIGRATIONS: Record<number, EnvelopeStep> = {};

export function migrateEnvelope(
  envelope: Record<string, unknown>,
  fromVersion: number,
  steps: Record<number, EnvelopeStep> = EXPORT_MIGRATIONS,
  toVersion: number = EXPORT_VERSION,
): Record<string, unknown> {
  let current = envelope;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps[v];
    if (!step) throw new Error(`This file uses export format v${v}, which this app can no longer read.`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}

export type ParseResult =
  | {
      ok: true;
      conversations: Conversation[];
      version: number;
      repaired: number;
      /** Restored to IndexedDB before the conversations are added (see image-store.ts). */
      images: Record<string, ExportedImage>;
    }
  | { ok: false; message: string };

const NOT_OURS = "This file is not a Chat Studio export";
const fail = (message: string): ParseResult => ({ ok: false, message });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

/** Reads a file made by either export. Never throws: every refusal comes back as words for the user. */
export function parseImport(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(`${NOT_OURS}: it is not valid JSON.`);
  }
  if (!isRecord(raw)) return fail(`${NOT_OURS}: it contains ${describeType(raw)}, not an object.`);
  if (!("format" in raw)) return fail(`${NOT_OURS} (missing "format").`);
  if (raw.format !== EXPORT_FORMAT) {
    return fail(`${NOT_OURS} (its "format" is ${JSON.stringify(raw.format)}, expected "${EXPORT_FORMAT}").`);
  }
  const version = raw.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail(
      `The export file has no valid "version" (expected a whole number such as ${EXPORT_VERSION}).`,
    );
  }
  if (version > EXPORT_VERSION) {
    return fail(
      `This file was made by a newer version of Chat Studio (export format v${version}; this app reads up to v${EXPORT_VERSION}). Update the app to import it.`,
    );
  }
  if (!Array.isArray(raw.conversations)) {
    return fail(
      `The export file's "conversations" must be a list, but it is ${describeType(raw.conversations)}.`,
    );
  }
  if (raw.conversations.length > MAX_IMPORT_CONVERSATIONS) {
    return fail(
      `The file has too many conversations (${raw.conversations.length}; at most ${MAX_IMPORT_CONVERSATIONS} can be imported at once).`,
    );
  }
  let messageCount = 0;
  for (const c of raw.conversations) {
    if (isRecord(c) && Array.isArray(c.messages)) messageCount += c.messages.length;
  }
  if (messageCount > MAX_IMPORT_MESSAGES) {
    return fail(
      `The file has too many messages (${messageCount}; at most ${MAX_IMPORT_MESSAGES} can be imported at once).`,
    );
  }

  let migrated: Record<string, unknown>;
  try {
    migrated = migrateEnvelope(raw, version);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const parsed = exportEnvelopeSchema.safeParse(migrated, { error: localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issuePath(issue.path) : "";
    return fail(
      `The export file has an invalid value${where ? ` at ${where}` : ""}: ${issue?.message ?? "unknown problem"}.`,
    );
  }

  const seen = new Set<string>();
  const conversations: Conversation[] = [];
  let repaired = 0;
  for (const conv of parsed.data.conversations) {
    if (seen.has(conv.id)) return fail(`The file lists conversation "${conv.id}" more than once.`);
    seen.add(conv.id);
    const messageIds = new Set<string>();
    for (const m of conv.messages) {
      if (messageIds.has(m.id)) {
        return fail(`Conversation "${conv.title}" lists message "${m.id}" more than once.`);
      }
      messageIds.add(m.id);
    }
    const result = repairConversation(conv);
    if (result.repaired) repaired++;
    conversations.push(result.conversation);
  }
  return { ok: true, conversations, version, repaired, images: parsed.data.images ?? {} };
}
