// Content for the performance benchmark: a long, deterministic markdown answer like the ones Gemini
// writes (headings, lists, tables, code, some Japanese), the chunks it streams in, and a long
// conversation's messages. Plain data, no I/O, so the mock server and the bench can share it.

const TOPICS = [
  ["Caching", "キャッシュ"],
  ["Rendering", "描画"],
  ["Storage", "保存"],
  ["Networking", "通信"],
  ["Testing", "テスト"],
  ["Layout", "レイアウト"],
  ["Parsing", "構文解析"],
  ["Scheduling", "スケジューリング"],
];

const LANGS = ["ts", "python", "bash", "json", "rust", "go", "sql", "css"];

function code(lang, i) {
  switch (lang) {
    case "python":
      return `def step_${i}(items, limit=${i + 3}):\n    """Keeps the first items under the limit."""\n    out = []\n    for item in items:\n        if len(out) >= limit:\n            break\n        out.append(item * ${i})\n    return out\n`;
    case "bash":
      return `#!/usr/bin/env bash\nset -euo pipefail\nfor f in build/*.js; do\n  gzip -9 -k "$f"   # step ${i}\ndone\necho "done: $(ls build | wc -l) files"\n`;
    case "json":
      return `{\n  "name": "step-${i}",\n  "enabled": true,\n  "limits": { "tokens": ${1000 * i}, "retries": 3 },\n  "tags": ["bench", "markdown", "ストリーム"]\n}\n`;
    case "rust":
      return `fn step_${i}(input: &[u32]) -> u64 {\n    input\n        .iter()\n        .filter(|x| **x % ${i + 2} == 0)\n        .map(|x| u64::from(*x))\n        .sum()\n}\n`;
    case "go":
      return `func Step${i}(ctx context.Context, in <-chan int) (int, error) {\n\ttotal := 0\n\tfor v := range in {\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn total, ctx.Err()\n\t\tdefault:\n\t\t\ttotal += v * ${i}\n\t\t}\n\t}\n\treturn total, nil\n}\n`;
    case "sql":
      return `SELECT c.id, c.title, COUNT(m.id) AS messages\nFROM conversations c\nJOIN messages m ON m.conversation_id = c.id\nWHERE c.updated_at > NOW() - INTERVAL '${i} days'\nGROUP BY c.id, c.title\nORDER BY messages DESC\nLIMIT ${i * 10};\n`;
    case "css":
      return `.panel-${i} {\n  display: grid;\n  grid-template-columns: repeat(${(i % 4) + 2}, minmax(0, 1fr));\n  gap: 0.${i % 9}rem;\n  content-visibility: auto;\n}\n`;
    default:
      return `export async function step${i}(signal: AbortSignal): Promise<number> {\n  const started = performance.now();\n  const res = await fetch("/api/v1/items?page=${i}", { signal });\n  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);\n  const items: Array<{ id: string; size: number }> = await res.json();\n  return items.reduce((sum, item) => sum + item.size, 0) / (performance.now() - started);\n}\n`;
  }
}

function table(i, topic) {
  const rows = [];
  for (let r = 1; r <= 6; r++) {
    rows.push(
      `| ${topic} ${r} | ${(r * 17 + i * 3) % 100} ms | ${r % 2 ? "yes" : "no"} | 行 ${r}: ${topic}の値 |`,
    );
  }
  return `| Case | Time | Cached | 説明 |\n| --- | ---: | :---: | --- |\n${rows.join("\n")}\n`;
}

function section(i) {
  const [topic, ja] = TOPICS[i % TOPICS.length];
  const lang = LANGS[i % LANGS.length];
  return [
    `## ${i + 1}. ${topic} (${ja})`,
    "",
    `When the ${topic.toLowerCase()} layer grows, **the cost of each update** should stay flat. ` +
      `This part looks at *why* step ${i + 1} matters, with \`step${i}()\` as the example, ` +
      `and links to [the reference](https://example.com/docs/${i}) for details.`,
    "",
    `${ja}について：長い回答でも、更新ごとの処理時間が増えないことが大切です。` +
      `ここでは手順${i + 1}を例に、**完成したブロック**を再描画しない方法を説明します。`,
    "",
    `- First, measure the baseline for ${topic.toLowerCase()}.`,
    `- Then change one thing at a time, e.g. \`limit = ${i + 3}\`.`,
    `  - Nested: keep ~~guesses~~ numbers in a table.`,
    `- 最後に、結果を比較します。`,
    "",
    table(i, topic),
    `\`\`\`${lang}`,
    code(lang, i).trimEnd(),
    "```",
    "",
    `> Note ${i + 1}: a result that cannot be reproduced is not a result.`,
    "",
    `1. Run it five times.`,
    `2. Keep the median and the range.`,
    "",
  ].join("\n");
}

/** A markdown answer of about `targetBytes` UTF-8 bytes (default ~50 KB). */
export function benchAnswer(targetBytes = 50_000) {
  const parts = ["# Making a long answer fast", "", "A summary first, then the details.", ""];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const s = section(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  parts.push("That is all: **measure, change one thing, measure again.**\n");
  return parts.join("\n");
}

/** Splits text into `count` pieces of about equal length, never inside a UTF-16 surrogate pair. */
export function chunkText(text, count) {
  const chars = Array.from(text);
  const size = Math.max(1, Math.ceil(chars.length / count));
  const out = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(""));
  return out;
}

/** Message texts for a long conversation: alternating questions and medium-length markdown answers. */
export function longConversationTexts(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const [topic, ja] = TOPICS[i % TOPICS.length];
    if (i % 2 === 0) {
      out.push(`Question ${i / 2 + 1}: how should I approach ${topic.toLowerCase()} here? (${ja})`);
    } else {
      out.push(
        `For **${topic.toLowerCase()}**, start small:\n\n` +
          `1. Measure \`step${i}\` first.\n2. Change one thing.\n3. Measure again.\n\n` +
          `${ja}の場合も同じです。A longer explanation follows with a [link](https://example.com/${i}) ` +
          `and some detail about why this matters for answer ${i}.`,
      );
    }
  }
  return out;
}

/**
 * A conversation of realistic length: questions, and replies of a few hundred words (~2.7 KB) with
 * headings, lists, a table and a code block each, in English and Japanese.
 */
export function realisticConversationTexts(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const [topic, ja] = TOPICS[i % TOPICS.length];
    if (i % 2 === 0) {
      out.push(
        `Question ${i / 2 + 1}: our ${topic.toLowerCase()} code is slow under load. ` +
          `What would you measure first, and what would you change? (${ja}も気になります)`,
      );
    } else {
      out.push(
        [
          `Here is how I would approach **${topic.toLowerCase()}** (reply ${i}), step by step.`,
          "",
          section(i),
          section(i + 1),
          `In short: reply ${i} says measure first, then change one thing.`,
        ].join("\n"),
      );
    }
  }
  return out;
}
