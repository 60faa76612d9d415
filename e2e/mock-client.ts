// The test side of the local mock server (e2e/server/mock-server.mjs): its address, the scenario
// directive, and the log of requests it received.
import { expect } from "@playwright/test";
import type { ChatMessage, ChatRequestBody, RecordedRequest } from "./types";

export const MOCK_URL = process.env.MOCK_URL ?? `http://127.0.0.1:${process.env.MOCK_PORT || 4010}`;

/** Appends the directive that makes the mock answer with a scenario (see e2e/server/scenarios.mjs). */
export function withScenario(text: string, scenario: string): string {
  return `${text} [[mock:${scenario}]]`;
}

/** Text of a request message, whether its content is a string or an array of parts. */
export function messageText(message: ChatMessage | undefined): string {
  const content = message?.content;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part: unknown) =>
      typeof part === "object" && part !== null && "text" in part && typeof part.text === "string"
        ? part.text
        : "",
    )
    .join("");
}

export class MockServer {
  /** All recorded requests, newest last. Workers share the mock: filter with `containing` where it matters. */
  async entries(options: { containing?: string } = {}): Promise<RecordedRequest[]> {
    const res = await fetch(`${MOCK_URL}/__mock/requests`);
    if (!res.ok) throw new Error(`mock server answered ${res.status}`);
    const all = (await res.json()) as RecordedRequest[];
    const { containing } = options;
    if (!containing) return all;
    return all.filter((e) => e.body?.messages?.some((m) => messageText(m).includes(containing)));
  }

  /** Bodies of recorded chat requests, newest last. */
  async requests(options: { containing?: string } = {}): Promise<ChatRequestBody[]> {
    const entries = await this.entries(options);
    return entries
      .filter((e) => e.path === "/v1/chat/completions" && e.body)
      .map((e) => e.body as ChatRequestBody);
  }

  /** The newest chat request whose messages contain `text`; waits for it to arrive. */
  async lastRequest(text: string, timeout = 10_000): Promise<RecordedRequest> {
    let found: RecordedRequest | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.entries({ containing: text })).at(-1);
          return found !== undefined;
        },
        { timeout, message: `no mock request containing ${JSON.stringify(text)}` },
      )
      .toBe(true);
    return found as RecordedRequest;
  }

  /** Clears the log. With two workers this also clears the other worker's entries: prefer `containing`. */
  async clearRequests(): Promise<void> {
    await fetch(`${MOCK_URL}/__mock/requests`, { method: "DELETE" });
  }
}
