// Conversations for the transfer tests: branches, statistics, errors and non-Latin text.
import { defaultParamSettings } from "../../domain/parameters";
import type { Conversation, Message } from "../../domain/types";

const T = Date.UTC(2025, 0, 15, 9, 30);

function msg(m: Partial<Message> & Pick<Message, "id" | "parentId" | "role">): Message {
  return { content: "", createdAt: T, updatedAt: T, status: "complete", ...m };
}

export function branchingConversation(): Conversation {
  const params = defaultParamSettings();
  params.temperature = { enabled: true, value: 0.3 };
  params.max_tokens = { enabled: true, value: 512 };
  return {
    id: "c_branching",
    title: "Sorting algorithms",
    createdAt: T,
    updatedAt: T + 50_000,
    leafId: "m_a1b",
    systemPrompt: "You are terse.",
    params,
    extraBody: '{"reasoning_effort": "low"}',
    messages: [
      msg({ id: "m_u1", parentId: null, role: "user", content: "Explain quicksort." }),
      msg({
        id: "m_a1",
        parentId: "m_u1",
        role: "assistant",
        content: "Pick a pivot, partition, recurse.\n\n```js\nsort(a)\n```",
        reasoning: "The user wants a short answer.",
        createdAt: T + 1000,
        updatedAt: T + 4000,
        usage: { promptTokens: 12, completionTokens: 30, totalTokens: 42, reasoningTokens: 8 },
        finishReason: "stop",
        model: "gemini-3.1-pro-preview",
        params: { temperature: 0.3, max_tokens: 512 },
        timing: { firstTokenMs: 350, totalMs: 2900 },
      }),
      // A regenerated reply: a sibling of m_a1, stopped by the user.
      msg({
        id: "m_a1b",
        parentId: "m_u1",
        role: "assistant",
        content: "Quicksort is a divide-and",
        createdAt: T + 10_000,
        updatedAt: T + 11_000,
        status: "stopped",
        model: "gemini-3.1-pro-preview",
        params: { temperature: 0.3 },
        timing: { firstTokenMs: 400 },
      }),
      // An edited first message: a second root with a failed reply.
      msg({
        id: "m_u1b",
        parentId: null,
        role: "user",
        content: "Explain merge sort.",
        createdAt: T + 20_000,
      }),
      msg({
        id: "m_a2",
        parentId: "m_u1b",
        role: "assistant",
        createdAt: T + 21_000,
        status: "error",
        error: { kind: "http", status: 429, message: "Rate limit exceeded", retryable: true },
      }),
    ],
  };
}

export function japaneseConversation(): Conversation {
  return {
    id: "c_japanese",
    title: "日本語の会話：テスト",
    createdAt: T + 60_000,
    updatedAt: T + 90_000,
    leafId: "m_ja2",
    systemPrompt: "丁寧に答えてください。",
    params: defaultParamSettings(),
    extraBody: "",
    messages: [
      msg({
        id: "m_ja1",
        parentId: null,
        role: "user",
        content: "こんにちは、世界！🌏",
        createdAt: T + 60_000,
      }),
      msg({
        id: "m_ja2",
        parentId: "m_ja1",
        role: "assistant",
        content: "こんにちは！何をお手伝いしましょうか。",
        createdAt: T + 61_000,
        usage: { promptTokens: 5, completionTokens: 9, totalTokens: 14, cachedTokens: 2 },
      }),
    ],
  };
}

export function emptyConversation(): Conversation {
  return {
    id: "c_empty",
    title: "New chat",
    createdAt: T + 100_000,
    updatedAt: T + 100_000,
    leafId: null,
    systemPrompt: "",
    params: defaultParamSettings(),
    extraBody: "",
    messages: [],
  };
}

export function sampleConversations(): Conversation[] {
  return [branchingConversation(), japaneseConversation(), emptyConversation()];
}
