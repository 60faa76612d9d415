// localStorage entries in the app's stored format (src/store/conversation-storage.ts, v1): one meta record
// and one key per conversation, so the bench can open a long conversation without sending 1,000 messages.
import { longConversationTexts, realisticConversationTexts } from "../../e2e/server/bench-content.mjs";

function storedConversation(id, title, texts, start) {
  const count = texts.length;
  const messages = texts.map((content, i) => ({
    id: `m_bench_${i}`,
    parentId: i === 0 ? null : `m_bench_${i - 1}`,
    role: i % 2 === 0 ? "user" : "assistant",
    content,
    createdAt: start + i * 1000,
    updatedAt: start + i * 1000,
    status: "complete",
  }));
  return {
    id,
    title,
    createdAt: start,
    updatedAt: start + count * 1000,
    messages,
    leafId: messages.at(-1)?.id ?? null,
    systemPrompt: "",
    params: {},
    extraBody: "",
  };
}

export function longConversationSeed(count) {
  const id = "c_bench_long";
  const conversation = storedConversation(
    id,
    "A long conversation",
    longConversationTexts(count),
    Date.UTC(2025, 0, 1),
  );
  const meta = { version: 1, settings: {}, activeId: id };
  return {
    entries: [
      ["chat-studio:meta", JSON.stringify(meta)],
      [`chat-studio:conv:${id}`, JSON.stringify(conversation)],
    ],
    lastText: `why this matters for answer ${count - 1}`,
  };
}

/**
 * A conversation of `count` realistic messages (see realisticConversationTexts) and a short one,
 * which is open: the bench switches from it to the long one, and also loads the page on the long one.
 */
export function realisticConversationSeed(count, makeTexts = realisticConversationTexts) {
  const texts = makeTexts(count);
  const long = storedConversation("c_bench_real", "Realistic replies", texts, Date.UTC(2025, 0, 1));
  const short = storedConversation(
    "c_bench_short",
    "A short chat",
    ["Hello", "Hi! How can I help?"],
    Date.UTC(2025, 0, 2),
  );
  const entries = (activeId) => [
    ["chat-studio:meta", JSON.stringify({ version: 1, settings: {}, activeId })],
    [`chat-studio:conv:${long.id}`, JSON.stringify(long)],
    [`chat-studio:conv:${short.id}`, JSON.stringify(short)],
  ];
  return {
    title: long.title,
    openShort: entries(short.id),
    openLong: entries(long.id),
    firstText: texts[0].slice(0, 40),
    lastText: texts[count - 1].slice(-40),
    count,
    chars: texts.reduce((n, t) => n + t.length, 0),
  };
}
