// `npm run bench:search`: the sidebar's search over 100 conversations of 200 messages (replies of a
// few hundred words with code and tables, English and Japanese). Target: a query under 50 ms once
// the conversations have been searched before (texts are folded once per message and kept); the first
// query after a start folds every text and is measured separately.
import { bench, describe } from "vitest";
import { searchConversations } from "./search";
import type { Conversation, Message } from "./types";

const TOPICS = ["caching", "rendering", "storage", "networking", "testing", "layout", "parsing"];
const JA = ["キャッシュ", "描画", "保存", "通信", "テスト", "レイアウト", "構文解析"];

function reply(c: number, i: number): string {
  const topic = TOPICS[(c + i) % TOPICS.length] ?? "caching";
  const ja = JA[(c + i) % JA.length] ?? "キャッシュ";
  return [
    `## ${topic} in step ${i}`,
    `When the **${topic}** layer grows, the cost of each update should stay flat. This part looks at ` +
      `*why* step ${i} of conversation ${c} matters, with \`step${i}()\` as the example and ` +
      `[the reference](https://example.com/docs/${i}) for details. Measure first, then change one thing.`,
    `${ja}について：長い回答でも、更新ごとの処理時間が増えないことが大切です。手順${i}を例に説明します。`,
    "| Case | Time | Cached |\n| --- | ---: | :---: |\n" +
      Array.from({ length: 5 }, (_, r) => `| ${topic} ${r} | ${(r * 17 + i) % 100} ms | yes |`).join("\n"),
    "```ts\n" +
      `export async function step${i}(signal: AbortSignal): Promise<number> {\n` +
      `  const res = await fetch("/api/v1/items?page=${i}", { signal });\n` +
      "  const items: Array<{ size: number }> = await res.json();\n" +
      "  return items.reduce((sum, item) => sum + item.size, 0);\n}\n```",
    `1. Run it five times.\n2. Keep the median and the range.\n3. 結果を比較します。`,
  ].join("\n\n");
}

function library(conversations: number, messages: number): Conversation[] {
  return Array.from({ length: conversations }, (_, c) => {
    const list: Message[] = Array.from({ length: messages }, (_, i) => ({
      id: `m${c}_${i}`,
      parentId: i === 0 ? null : `m${c}_${i - 1}`,
      role: i % 2 === 0 ? "user" : "assistant",
      content: i % 2 === 0 ? `Question ${i}: how should I approach ${TOPICS[i % 7]} here?` : reply(c, i),
      createdAt: i,
      updatedAt: i,
      status: "complete",
    }));
    return {
      id: `c${c}`,
      title: `Conversation ${c}`,
      createdAt: 0,
      updatedAt: c,
      messages: list,
      leafId: list.at(-1)?.id ?? null,
      systemPrompt: "",
      params: {} as Conversation["params"],
      extraBody: "",
    };
  });
}

const warm = library(100, 200);
// Searched once, as the sidebar has done after the first query.
searchConversations(warm, "warm up");

// For the first query: the same conversations as new message objects (the texts are shared), so nothing
// is folded yet, made before timing starts.
const COLD_RUNS = 5;
const cold = Array.from({ length: COLD_RUNS * 3 }, () =>
  warm.map((c) => ({ ...c, messages: c.messages.map((m) => ({ ...m })) })),
);
let nextCold = 0;

describe("search 100 conversations × 200 messages", () => {
  bench("ASCII word (many hits)", () => void searchConversations(warm, "median"));
  bench("full-width query ｓｔｅｐ１９９", () => void searchConversations(warm, "ｓｔｅｐ１９９"));
  bench(
    "katakana query for hiragana-free text: きゃっしゅ",
    () => void searchConversations(warm, "きゃっしゅ"),
  );
  bench("no match", () => void searchConversations(warm, "zebra crossing"));
  bench(
    "first query after start (folds every text)",
    () => void searchConversations(cold[nextCold++] ?? library(100, 200), "median"),
    { iterations: COLD_RUNS, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
