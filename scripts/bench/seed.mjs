// localStorage entries in the app's stored format (src/store/conversation-storage.ts, v1): one meta record
// and one key per conversation, so the bench can open a long conversation without sending 1,000 messages.
import { longConversationTexts } from "../../e2e/server/bench-content.mjs";

export function longConversationSeed(count) {
  const id = "c_bench_long";
  const start = Date.UTC(2025, 0, 1);
  const messages = longConversationTexts(count).map((content, i) => ({
    id: `m_bench_${i}`,
    parentId: i === 0 ? null : `m_bench_${i - 1}`,
    role: i % 2 === 0 ? "user" : "assistant",
    content,
    createdAt: start + i * 1000,
    updatedAt: start + i * 1000,
    status: "complete",
  }));
  const last = messages.at(-1);
  const conversation = {
    id,
    title: "A long conversation",
    createdAt: start,
    updatedAt: start + count * 1000,
    messages,
    leafId: last?.id ?? null,
    systemPrompt: "",
    params: {},
    extraBody: "",
  };
  const meta = { version: 1, settings: {}, activeId: id };
  return {
    entries: [
      ["chat-studio:meta", JSON.stringify(meta)],
      [`chat-studio:conv:${id}`, JSON.stringify(conversation)],
    ],
    lastText: `why this matters for answer ${count - 1}`,
  };
}
