import type { MessageKey } from "../lib/i18n/catalog";
import type { ReplyError } from "../lib/openai/reply-error";
import type { LanguagePreference } from "../lib/i18n/locale";
import type { ReplyNotes, Usage } from "../lib/openai/types";
import type { ParamKey } from "./parameter-table";
import type { ParamSettings } from "./parameters";

export type MessageRole = "user" | "assistant";
export type MessageStatus = "complete" | "streaming" | "stopped" | "error";

export interface ReplyTiming {
  /** Milliseconds from sending to the first content or reasoning delta. */
  firstTokenMs?: number;
  /** Milliseconds from sending to the end of the reply. */
  totalMs?: number;
}

/** An image attached to a user message. The bytes live in IndexedDB under `id`; only this reference is in localStorage. */
export interface ImageRef {
  id: string;
  mime: string;
  width: number;
  height: number;
  /** The stored (possibly downscaled) size in bytes. */
  bytes: number;
  name?: string;
}

export interface Message {
  id: string;
  /** Messages form a tree: edits and regenerations are siblings under the same parent. */
  parentId: string | null;
  role: MessageRole;
  content: string;
  reasoning?: string;
  createdAt: number;
  updatedAt: number;
  status: MessageStatus;
  error?: ReplyError;
  usage?: Usage;
  finishReason?: string;
  /** The model the provider says it used (assistant), or the one requested. */
  model?: string;
  /** The sampling parameters sent for this reply, exactly as posted. */
  params?: Partial<Record<ParamKey, number>>;
  timing?: ReplyTiming;
  /** What an assistant reply carried besides text: tool calls, unreadable chunks, unknown content parts. */
  notes?: ReplyNotes;
  /** Images sent with a user message, in order. */
  images?: ImageRef[];
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  /** Every message of every branch, in creation order. */
  messages: Message[];
  /** The last message of the branch on screen; null when empty. */
  leafId: string | null;
  systemPrompt: string;
  params: ParamSettings;
  /** Extra request fields as the user typed them (a JSON object), e.g. `{"reasoning_effort": "low"}`. */
  extraBody: string;
  /** The model this conversation's requests use; absent (older data): Settings' model. */
  model?: string;
}

/** What a new conversation starts with; saved by "save as default". */
export interface ChatDefaults {
  systemPrompt: string;
  params: ParamSettings;
  extraBody: string;
  /** Set only on the New-chat draft when the user picks a model for it; otherwise Settings' model. */
  model?: string;
}

/**
 * A named set of request settings. It holds any of: the four parameters with their Send switches, the
 * system prompt, the model and the extra fields; applying it sets what it holds and leaves the rest.
 */
export interface Preset {
  id: string;
  name: string;
  params?: ParamSettings;
  systemPrompt?: string;
  /** A model id; applying the preset makes it the conversation's model. */
  model?: string;
  extraBody?: string;
  /** Built-in presets cannot be renamed or deleted. */
  builtIn?: boolean;
  /** A built-in preset's name in the UI's language (`name` is its stable English name). */
  nameKey?: MessageKey;
}

/** How the app picks light or dark: "system" follows the operating system (and its changes). */
export type ThemePreference = "system" | "light" | "dark";

export interface Settings {
  baseUrl: string;
  apiKey: string;
  model: string;
  stream: boolean;
  /** Seconds without any data before a streaming reply says so (0: never). */
  stallSeconds: number;
  /** Seconds after which the app stops waiting for a reply (0: no limit). */
  timeoutSeconds: number;
  theme: ThemePreference;
  /** The Conversations column is hidden on wide screens (narrower ones show it as a drawer). */
  sidebarCollapsed: boolean;
  /** The UI's language; "system" follows the browser. */
  language: LanguagePreference;
}

export const DEFAULT_MODEL = "gemini-3.1-pro-preview";
export const DEFAULT_BASE_URL = "/api/v1";
export const DEFAULT_STALL_SECONDS = 20;

export function defaultSettings(): Settings {
  return {
    baseUrl: DEFAULT_BASE_URL,
    apiKey: "",
    model: DEFAULT_MODEL,
    stream: true,
    stallSeconds: DEFAULT_STALL_SECONDS,
    timeoutSeconds: 0,
    language: "system",
    theme: "system",
    sidebarCollapsed: false,
  };
}
