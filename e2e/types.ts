// What the tests read and drive: the request bodies the mock records, and the parameter names.

export type ChatMessage = { role: string; content: unknown };
export type ChatRequestBody = {
  model?: string;
  messages: ChatMessage[];
  stream?: boolean;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  max_tokens?: number;
  [key: string]: unknown;
};

export type RecordedRequest = {
  method: string;
  path: string;
  receivedAt: string;
  headers: {
    hasAuthorization: boolean;
    authorization: string | null;
    contentType: string | null;
    accept: string | null;
    scenario: string | null;
    hasOrigin: boolean;
    hasCookie: boolean;
  };
  body: ChatRequestBody | null;
  scenario?: string;
  /** "client-closed" when the caller went away before the reply finished (e.g. Stop). */
  outcome: "pending" | "completed" | "client-closed";
};

export type ParameterName = "Temperature" | "Top P" | "Top K" | "Max tokens";
