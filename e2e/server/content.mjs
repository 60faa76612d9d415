// Reply texts used by the mock scenarios. Tests assert on some of these strings; keep them stable.

/** The default reply: echoes the prompt so tests can tell which message a reply belongs to. */
export function echoReply(echo, imageCount) {
  const images = imageCount > 0 ? `\n\nI received ${imageCount} image${imageCount === 1 ? "" : "s"}.` : "";
  return [
    `You said: ${echo || "(no text)"}${images}`,
    "",
    "Here is a short answer:",
    "",
    "- first point",
    "- second point",
    "",
    "```js",
    'console.log("hello");',
    "```",
  ].join("\n");
}

export const JAPANESE = "日本語の応答です。こんにちは、世界！🎌 マルチバイト文字が分割されても大丈夫。";

export const MARKDOWN = [
  "# Heading one",
  "",
  "## Heading two",
  "",
  "Some **bold**, some *italic* and some `inline code`.",
  "",
  "| Model | Context | Notes |",
  "| --- | ---: | --- |",
  "| gemini-3.1-pro-preview | 1M | default |",
  "| gpt-4o-mini | 128k | cheap |",
  "",
  "- [x] done task",
  "- [ ] open task",
  "",
  "```python",
  "def greet(name):",
  '    return f"Hello, {name}!"',
  "```",
  "",
  "See [the docs](https://example.com/docs) for more.",
].join("\n");

export const HOSTILE_MARKDOWN = [
  "Hostile content follows.",
  "",
  "<script>window.__pwned=1</script>",
  "",
  '<img src=x onerror="window.__pwned=1">',
  "",
  "[click](javascript:window.__pwned=1)",
  "",
  "[data](data:text/html,<script>alert(1)</script>)",
  "",
  "[a safe link](https://example.com/safe)",
  "",
  '<iframe src="https://example.com/frame"></iframe>',
  "",
  "End of hostile content.",
].join("\n");

/** A Japanese answer with the emphasis patterns Gemini writes next to CJK punctuation. */
export const JAPANESE_EMPHASIS = [
  "## 設定の注意点",
  "",
  "これは**「重要」**という意味です。",
  "",
  "**（注）**この機能は実験的です。*強調*ですので、必ず確認してください。",
  "",
  "1. **手順1：**設定を開きます。",
  "2. **`npm install`**を実行します。",
  "",
  "~~「古い方法」~~は非推奨です。",
].join("\n");

export function longMarkdown() {
  const sections = [];
  for (let i = 1; i <= 12; i++) {
    sections.push(
      `## Section ${i}`,
      "",
      `Paragraph ${i}. This is a long reply used to test scrolling and rendering of large messages. ` +
        "It repeats a few sentences so that the message is tall enough to overflow the viewport.",
      "",
      `- item ${i}.1`,
      `- item ${i}.2`,
      `- item ${i}.3`,
      "",
    );
    if (i % 4 === 0) sections.push("```ts", `const section${i} = ${i};`, "```", "");
  }
  sections.push("The end of the long reply.");
  return sections.join("\n");
}

/** About 100 short segments, so a Stop click lands mid-stream. */
export function slowSegments(count = 100) {
  return Array.from({ length: count }, (_, i) => `Slow chunk ${i + 1}. `);
}

export const THOUGHT = "The user wants an answer. I should think step by step, then reply briefly.";

// HTTP error bodies, as the provider (or its gateway) sends them.
export const HTTP_ERRORS = {
  "http-400": {
    status: 400,
    body: {
      error: {
        message: "Invalid request: 'temperature' must be between 0 and 2",
        type: "invalid_request_error",
        param: "temperature",
        code: "invalid_parameter",
      },
    },
  },
  "http-400-topk": {
    status: 400,
    body: [
      {
        error: {
          code: 400,
          message: 'Invalid JSON payload received. Unknown name "top_k": Cannot find field.',
          status: "INVALID_ARGUMENT",
        },
      },
    ],
  },
  "http-401": {
    status: 401,
    body: {
      error: { message: "Invalid API key provided", type: "authentication_error", code: "invalid_api_key" },
    },
  },
  "http-402": {
    status: 402,
    body: {
      error: {
        message: "Insufficient account balance, please top up",
        type: "insufficient_quota",
        code: "insufficient_balance",
      },
    },
  },
  "http-403": {
    status: 403,
    body: {
      error: { message: "Your key has no access to this model", type: "permission_error", code: 403 },
    },
  },
  "http-413": {
    status: 413,
    body: { error: { message: "Request entity too large", type: "invalid_request_error", code: 413 } },
  },
  "http-429": {
    status: 429,
    headers: { "retry-after": "7" },
    body: {
      error: {
        message: "Rate limit reached: too many concurrent requests",
        type: "rate_limit_error",
        code: 429,
      },
    },
  },
  "http-500": {
    status: 500,
    body: { error: { message: "Internal server error", type: "server_error", code: "internal_error" } },
  },
  "http-502-html": {
    status: 502,
    headers: { "content-type": "text/html" },
    body:
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n" +
      "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
  },
  "http-503": {
    status: 503,
    body: {
      error: {
        message: "The service is temporarily unavailable, please try again later",
        type: "service_unavailable",
        code: "service_unavailable",
      },
    },
  },
};

export const MODELS = [
  "gemini-3.1-pro-preview",
  "gemini-2.5-flash",
  "gpt-4o-mini",
  "claude-sonnet-4",
  "deepseek-chat",
];

// A reply that behaves like sampling: at temperature 0 always the same text; the hotter, the more words
// are swapped for others and the longer (or shorter) it gets, drawn at random per request. Sweeps and
// Compare show real differences with it.
const SAMPLED_SENTENCES = [
  "Tides rise and fall twice a day because the moon pulls on the oceans.",
  "The sun pulls too, so the highest tides come when both line up.",
  "Coasts shaped like funnels make the difference between high and low water larger.",
  "Sailors have read tide tables for centuries to enter shallow harbours safely.",
  "Scientists now predict tides years ahead from the orbits of the moon and the earth.",
  "Some bays see a difference of more than ten metres between low and high water.",
];
const SAMPLED_SWAPS = {
  rise: ["climb", "swell", "grow"],
  fall: ["sink", "drop", "ebb"],
  pulls: ["tugs", "draws", "drags"],
  oceans: ["seas", "waters", "tides"],
  highest: ["largest", "strongest", "biggest"],
  coasts: ["shores", "bays", "estuaries"],
  larger: ["bigger", "wider", "greater"],
  sailors: ["mariners", "fishermen", "pilots"],
  safely: ["carefully", "at high water", "without grounding"],
  predict: ["forecast", "compute", "foresee"],
  difference: ["range", "gap", "swing"],
  moon: ["moon", "lunar disc", "moon's mass"],
};

export function sampledReply(temperature, random = Math.random) {
  const heat = Math.min(2, Math.max(0, typeof temperature === "number" ? temperature : 1)) / 2;
  const count = Math.max(2, Math.round(4 + (random() - 0.5) * 6 * heat));
  const sentences = SAMPLED_SENTENCES.slice(0, count).map((sentence) =>
    sentence.replace(/[A-Za-z']+/g, (word) => {
      const swaps = SAMPLED_SWAPS[word.toLowerCase()];
      if (!swaps || random() >= heat) return word;
      const swap = swaps[Math.floor(random() * swaps.length)] ?? word;
      return word[0] === word[0].toUpperCase() ? swap[0].toUpperCase() + swap.slice(1) : swap;
    }),
  );
  return [
    "## Tides",
    "",
    sentences.join(" "),
    "",
    "- **Spring tides**: sun and moon in line",
    "- **Neap tides**: at right angles",
    "",
    "```text",
    "high water 06:12",
    "```",
  ].join("\n");
}
