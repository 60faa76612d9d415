// Wire-level types of the chat-completions API, as the app sends and reads them.

export type ChatRole = "system" | "user" | "assistant";

export type ContentPart = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };

export interface ChatMessageParam {
  role: ChatRole;
  content: string | ContentPart[];
}

/** The JSON body posted to `{base}/chat/completions`. Optional fields are sent only when chosen. */
export interface ChatRequest {
  model: string;
  messages: ChatMessageParam[];
  stream: boolean;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  /** Extra provider options (e.g. `reasoning_effort`), merged in by the request builder. */
  [extra: string]: unknown;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  cachedTokens?: number;
  reasoningTokens?: number;
}

/** Where the request goes: the base URL and the key (tests inject `fetch` through the call options). */
export interface Endpoint {
  /** e.g. `/api/v1` or `https://api.evolink.ai/v1`; requests go to `${baseUrl}/chat/completions`. */
  baseUrl: string;
  apiKey: string;
}

/** What the app could not show as text, kept so the reply can say so (and Details can show it). */
export interface ReplyNotes {
  /** Stream events that could not be read as chunks: how many, and the first as received. */
  unreadable?: { count: number; sample: string };
  /** Content parts of types the app does not show (e.g. Mistral's `reference`): how many, the first as JSON. */
  unknownParts?: { count: number; sample: string };
  /** Tool calls the model asked for; this app does not run tools. */
  toolCalls?: ToolCall[];
}

export interface ToolCall {
  name: string;
  /** The arguments as the model wrote them (JSON text), possibly shortened. */
  arguments: string;
}
