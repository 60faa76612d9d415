// A realistic, deterministic chat history for storage tests and the bench: conversations of Gemini-like
// answers (prose in English and Japanese, lists, tables, code in several languages), varied enough that
// compression and storage behave as they would with real text — repeated sections would compress 20:1,
// real answers about 3:1. Plain data, no I/O: e2e specs and scripts/bench share it.

/** A small seeded PRNG (mulberry32): the same seed gives the same history on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "the a to of and in is that for it with as on be this by are or an can from which you if not at will " +
  "cache layer request response stream token model parameter sampling temperature latency budget index " +
  "query schema migration version record transaction quota browser storage worker thread render frame " +
  "update value field table column row node tree branch merge conflict write read buffer chunk parser " +
  "error retry timeout signal handler event listener promise async await function module bundle import " +
  "export type interface class method property object array string number boolean null undefined map " +
  "set key id user session tab window document element style layout paint commit hook state effect " +
  "selector store action reducer middleware persist hydrate serialize compress decompress encode decode " +
  "measure median range baseline regression benchmark profile trace sample metric target threshold " +
  "first then finally however because therefore instead usually rarely always never often sometimes " +
  "simple careful small large fast slow safe correct stable visible hidden explicit implicit pure " +
  "keep move change check test verify compare choose avoid prefer handle report show hide split join"
).split(" ");

const JA = (
  "まず 次に 最後に ただし つまり たとえば なぜなら そのため 一方で 重要なのは 結果として " +
  "キャッシュ 保存 描画 通信 解析 検証 比較 測定 設定 変更 更新 削除 追加 読み込み 書き込み " +
  "ストリーム トークン モデル パラメータ 温度 応答 要求 容量 上限 下限 索引 移行 版 記録 " +
  "ブラウザ タブ 画面 要素 状態 関数 型 配列 文字列 数値 値 表 列 行 木構造 分岐 統合 競合"
).split(" ");

const JA_ENDINGS = [
  "です。",
  "します。",
  "できます。",
  "が大切です。",
  "を確認します。",
  "に注意してください。",
];
const LANGS = ["ts", "python", "bash", "json", "rust", "go", "sql", "css", "java", "yaml"];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function sentence(r) {
  const n = 8 + Math.floor(r() * 16);
  const words = Array.from({ length: n }, () => pick(r, WORDS));
  if (r() < 0.25) words[Math.floor(r() * n)] = `\`${pick(r, WORDS)}${Math.floor(r() * 100)}\``;
  if (r() < 0.2) words[Math.floor(r() * n)] = `**${pick(r, WORDS)}**`;
  const text = words.join(" ");
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

function japanese(r) {
  const n = 3 + Math.floor(r() * 6);
  const parts = Array.from({ length: n }, () => pick(r, JA));
  return `${parts.join("の")}${pick(r, JA_ENDINGS)}`;
}

function paragraph(r) {
  const n = 2 + Math.floor(r() * 4);
  const out = [];
  for (let i = 0; i < n; i++) out.push(r() < 0.3 ? japanese(r) : sentence(r));
  return out.join(" ");
}

function identifier(r) {
  return `${pick(r, WORDS)}${pick(r, WORDS).replace(/^./, (c) => c.toUpperCase())}`;
}

function codeBlock(r) {
  const lang = pick(r, LANGS);
  const lines = [];
  const n = 4 + Math.floor(r() * 14);
  for (let i = 0; i < n; i++) {
    const name = identifier(r);
    const value = Math.floor(r() * 10_000);
    switch (lang) {
      case "python":
        lines.push(`${"    ".repeat(i % 3)}${name} = compute_${pick(r, WORDS)}(${value}, limit=${i + 1})`);
        break;
      case "bash":
        lines.push(
          `${pick(r, ["grep", "sed", "awk", "curl", "npm", "git"])} --${pick(r, WORDS)} ${name}-${value}`,
        );
        break;
      case "json":
        lines.push(`  "${name}": ${r() < 0.5 ? value : `"${pick(r, WORDS)}-${value}"`},`);
        break;
      case "sql":
        lines.push(
          `${pick(r, ["SELECT", "WHERE", "AND", "JOIN", "GROUP BY", "ORDER BY"])} ${name} ${pick(r, ["=", ">", "<", "LIKE"])} ${value}`,
        );
        break;
      case "css":
        lines.push(`.${name} { ${pick(r, ["margin", "padding", "gap", "width"])}: ${value % 64}px; }`);
        break;
      case "yaml":
        lines.push(`${"  ".repeat(i % 3)}${name}: ${pick(r, WORDS)}-${value}`);
        break;
      default:
        lines.push(
          `${"  ".repeat(i % 3)}const ${name} = await ${pick(r, WORDS)}${value % 97}(${pick(r, WORDS)}, ${value});`,
        );
    }
  }
  return `\`\`\`${lang}\n${lines.join("\n")}\n\`\`\``;
}

function tableBlock(r) {
  const cols = 3 + Math.floor(r() * 3);
  const header = Array.from({ length: cols }, () => pick(r, WORDS));
  const rows = Array.from({ length: 3 + Math.floor(r() * 6) }, () =>
    Array.from({ length: cols }, (_, c) =>
      c === 0 ? identifier(r) : r() < 0.5 ? `${Math.floor(r() * 1000)} ms` : pick(r, JA),
    ),
  );
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

function listBlock(r) {
  const n = 3 + Math.floor(r() * 5);
  const ordered = r() < 0.4;
  return Array.from({ length: n }, (_, i) => `${ordered ? `${i + 1}.` : "-"} ${sentence(r)}`).join("\n");
}

/** One answer of about `bytes` UTF-8 bytes: headings, prose, lists, a table, code. */
export function realisticAnswer(r, bytes) {
  const blocks = [paragraph(r)];
  let size = Buffer.byteLength(blocks[0]);
  let section = 1;
  while (size < bytes) {
    const roll = r();
    let block;
    if (roll < 0.12) block = `## ${section++}. ${sentence(r).slice(0, 40).replace(/\.$/, "")}`;
    else if (roll < 0.45) block = paragraph(r);
    else if (roll < 0.62) block = listBlock(r);
    else if (roll < 0.75) block = tableBlock(r);
    else if (roll < 0.95) block = codeBlock(r);
    else block = `> ${sentence(r)}`;
    blocks.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return blocks.join("\n\n");
}

/**
 * An export file (format v1, docs/export-format.md) of about `targetBytes` as written by "Export all"
 * (pretty-printed JSON). Conversation i has the title `History ${i}: …`, so tests can find each one.
 */
export function realisticHistory({ targetBytes, seed = 7, start = Date.UTC(2025, 0, 1) }) {
  const r = rng(seed);
  const conversations = [];
  let size = 0;
  for (let c = 0; size < targetBytes; c++) {
    const id = `c_hist_${String(c).padStart(4, "0")}`;
    const created = start + c * 3_600_000;
    const messages = [];
    let parentId = null;
    const exchanges = 3 + Math.floor(r() * 12);
    let t = created;
    for (let e = 0; e < exchanges; e++) {
      const userId = `${id}_u${e}`;
      messages.push({
        id: userId,
        parentId,
        role: "user",
        content: r() < 0.3 ? japanese(r) : sentence(r),
        createdAt: t,
        updatedAt: t,
        status: "complete",
      });
      t += 1000 + Math.floor(r() * 5000);
      const answerBytes = 1500 + Math.floor(r() ** 2 * 14_000);
      const replyId = `${id}_a${e}`;
      messages.push({
        id: replyId,
        parentId: userId,
        role: "assistant",
        content: realisticAnswer(r, answerBytes),
        createdAt: t,
        updatedAt: t + 8000,
        status: "complete",
        model: "gemini-3.1-pro-preview",
        finishReason: "stop",
        usage: {
          promptTokens: 200 + e * 900,
          completionTokens: Math.round(answerBytes / 4),
          totalTokens: 200 + e * 900 + Math.round(answerBytes / 4),
        },
        timing: { firstTokenMs: 400 + Math.floor(r() * 900), totalMs: 4000 + Math.floor(r() * 20_000) },
      });
      parentId = replyId;
      t += 60_000;
    }
    const conversation = {
      id,
      title: `History ${c}: ${sentence(r).slice(0, 48).replace(/\.$/, "")}`,
      createdAt: created,
      updatedAt: t,
      messages,
      leafId: parentId,
      systemPrompt: "",
      params: {},
      extraBody: "",
    };
    conversations.push(conversation);
    size += Buffer.byteLength(JSON.stringify(conversation, null, 2));
  }
  return {
    format: "chat-studio.conversations",
    version: 1,
    exportedAt: new Date(start).toISOString(),
    app: { name: "chat-studio", version: "0.1.0" },
    conversations,
  };
}
