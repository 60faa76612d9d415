// Mock scenarios. Each maps a request context to a plan:
//   { type: "stream", steps, delayMs?, eol?, bytewise?, ending? }  (non-streaming requests get the steps folded)
//   { type: "http", status, headers?, body }                      (same answer whether streaming or not)
import {
  comment,
  content,
  contentSteps,
  errorData,
  errorEvent,
  finish,
  pause,
  raw,
  reasoning,
  reasoningContent,
  role,
  segments,
  tokens,
  usage,
  usageChunk,
} from "./sse.mjs";
import { fixtureScenarios } from "./fixtures.mjs";
import {
  HOSTILE_MARKDOWN,
  HTTP_ERRORS,
  JAPANESE,
  JAPANESE_EMPHASIS,
  MARKDOWN,
  THOUGHT,
  echoReply,
  longMarkdown,
  sampledReply,
  slowSegments,
} from "./content.mjs";
import { HOSTILE, sizedChunks } from "./hostile-content.mjs";

const reply = (ctx) => echoReply(ctx.echo, ctx.imageCount);

const usageFor = (ctx, text, reasoningText = "") =>
  usage({
    prompt: ctx.promptTokens,
    completion: tokens(text) + (reasoningText ? tokens(reasoningText) : 0),
    reasoning: reasoningText ? tokens(reasoningText) : 0,
  });

/** The common Gemini shape: role-only delta, text segments, finish chunk, usage chunk with `choices: []`. */
function standard(ctx, text, { reason = "stop", before = [], words } = {}) {
  return [role(), ...before, ...contentSteps(text, words), finish(reason), usageChunk(usageFor(ctx, text))];
}

const stream = (steps, options = {}) => ({ type: "stream", steps, ...options });

/** The first half of the echo reply, for scenarios that fail part-way. */
const partial = (ctx) => contentSteps(reply(ctx)).slice(0, 4);

/** A sampled reply, cut at max_tokens (finish_reason "length") when the request sets one that is smaller. */
function sampled(ctx) {
  const text = sampledReply(ctx.temperature);
  const budget = ctx.maxTokens;
  if (budget === undefined || tokens(text) <= budget) return stream(standard(ctx, text, { words: 2 }));
  const cut = text.slice(0, budget * 4);
  return stream(standard(ctx, cut, { reason: "length", words: 2 }));
}

// Prompts that have had their one 429 already (rate-limit-once), or their one 500 (fail-once).
const rateLimited = new Set();
const failedOnce = new Set();

export const scenarios = {
  default: (ctx) => stream(standard(ctx, reply(ctx))),

  sampled,

  // The first request for a prompt that sets temperature 1 is refused with 429 and Retry-After: 1; every
  // other request (and that one, asked again) gets a sampled reply. A sweep over 0…2 meets it once.
  "rate-limit-once": (ctx) => {
    if (ctx.temperature !== 1 || rateLimited.has(ctx.echo)) return sampled(ctx);
    rateLimited.add(ctx.echo);
    return {
      type: "http",
      status: 429,
      headers: { "retry-after": "1" },
      body: {
        error: { message: "Rate limit reached, retry in 1 second", type: "rate_limit_error", code: 429 },
      },
    };
  },

  // The first request for a prompt that sets temperature 2 fails with HTTP 500 (not retried by itself);
  // every other request, and that one asked again, gets a sampled reply.
  "fail-once": (ctx) => {
    if (ctx.temperature !== 2 || failedOnce.has(ctx.echo)) return sampled(ctx);
    failedOnce.add(ctx.echo);
    return { type: "http", ...HTTP_ERRORS["http-500"] };
  },

  // A sampled reply at a reading pace (about 5 s) when the request sets a temperature, so a sweep's
  // cells are still streaming when a test stops them; the chat's own reply (no temperature) is quick.
  "sampled-slow": (ctx) =>
    typeof ctx.temperature === "number"
      ? stream(standard(ctx, sampledReply(ctx.temperature), { words: 2 }), {
          delayMs: ctx.delayOverride ?? 150,
        })
      : sampled(ctx),

  slow: (ctx) => {
    const parts = slowSegments();
    const steps = [role(), ...parts.map((p) => content(p)), finish("stop")];
    return stream([...steps, usageChunk(usageFor(ctx, parts.join("")))], {
      delayMs: ctx.delayOverride ?? 50,
    });
  },

  long: (ctx) => stream(standard(ctx, longMarkdown(), { words: 12 }), { delayMs: ctx.delayOverride ?? 5 }),

  markdown: (ctx) => stream(standard(ctx, MARKDOWN, { words: 5 })),

  "hostile-markdown": (ctx) => stream(standard(ctx, HOSTILE_MARKDOWN, { words: 4 })),

  // Japanese text has no spaces: cut into pieces of a few characters, as a tokenizer would.
  "japanese-emphasis": (ctx) =>
    stream([
      role(),
      ...sizedChunks(JAPANESE_EMPHASIS, 3).map((piece) => content(piece)),
      finish("stop"),
      usageChunk(usageFor(ctx, JAPANESE_EMPHASIS)),
    ]),

  reasoning: (ctx) =>
    stream([
      role(),
      ...segments(THOUGHT).map(reasoningContent),
      ...contentSteps(reply(ctx)),
      finish("stop"),
      usageChunk(usageFor(ctx, reply(ctx), THOUGHT)),
    ]),

  "reasoning-field": (ctx) =>
    stream([
      role(),
      ...segments(THOUGHT).map(reasoning),
      ...contentSteps(reply(ctx)),
      finish("stop"),
      usageChunk(usageFor(ctx, reply(ctx), THOUGHT)),
    ]),

  // Tags split across chunks, as a tokenizer would cut them.
  "think-tags": (ctx) =>
    stream(
      standard(ctx, reply(ctx), {
        before: ["<thi", "nk>", "The user wants ", "an answer.</th", "ink>"].map((t) => content(t)),
      }),
    ),

  crlf: (ctx) => stream(standard(ctx, reply(ctx)), { eol: "\r\n" }),
  cr: (ctx) => stream(standard(ctx, reply(ctx)), { eol: "\r" }),

  bytewise: (ctx) =>
    stream(standard(ctx, `${JAPANESE}\n\n${reply(ctx)}`, { words: 6 }), { bytewise: true, delayMs: 0 }),

  comments: (ctx) => {
    const steps = standard(ctx, reply(ctx)).flatMap((s) => [comment("OPENROUTER PROCESSING"), s]);
    return stream([comment("OPENROUTER PROCESSING"), ...steps]);
  },

  "done-nospace": (ctx) => stream(standard(ctx, reply(ctx)), { ending: "done-nospace" }),

  // The last event carries text and the finish reason but no closing blank line, and no [DONE].
  "no-final-newline": (ctx) =>
    stream(
      [
        role(),
        ...contentSteps(reply(ctx)),
        content("\n\nThe final event.", { finish_reason: "stop", usage: usageFor(ctx, reply(ctx)), end: "" }),
      ],
      { ending: "close" },
    ),

  // A known provider bug: cumulative usage on every chunk. Only the last one is right; summing is wrong.
  "usage-every-chunk": (ctx) => {
    const parts = segments(reply(ctx));
    const steps = parts.map((p, i) =>
      content(p, { usage: usage({ prompt: ctx.promptTokens, completion: i + 1 }) }),
    );
    steps.push(finish("stop", { usage: usage({ prompt: ctx.promptTokens, completion: parts.length + 1 }) }));
    return stream([role(), ...steps]);
  },

  "usage-on-last-content": (ctx) => {
    const parts = segments(reply(ctx));
    const last = parts.pop() ?? "";
    return stream([
      role(),
      ...parts.map((p) => content(p)),
      content(last, { finish_reason: "stop", usage: usageFor(ctx, reply(ctx)) }),
    ]);
  },

  "error-midstream": (ctx) =>
    stream(
      [
        role(),
        ...partial(ctx),
        errorData({
          error: { message: "Upstream model overloaded", type: "upstream_error", code: "model_overloaded" },
        }),
      ],
      { ending: "close" },
    ),

  // The error comes before any text: nothing arrived, so nothing is "kept".
  "error-first": () =>
    stream([role(), errorData({ error: { message: "Upstream model overloaded", type: "upstream_error" } })], {
      ending: "close",
    }),

  "error-event": (ctx) =>
    stream(
      [
        role(),
        ...partial(ctx),
        errorEvent({ error: { message: "Provider stream failed", type: "server_error", code: 500 } }),
      ],
      { ending: "close" },
    ),

  "error-object": (ctx) =>
    stream(
      [
        role(),
        ...partial(ctx),
        errorData({ object: "error", message: "The model returned an invalid response", code: 50001 }),
      ],
      { ending: "close" },
    ),

  // The connection drops a moment after the last text. Chromium discards body bytes the page has not read
  // yet when a connection error arrives, so a drop in the same instant as the text can lose that text
  // before any script sees it (more often the busier the machine): the pause lets the page read first.
  cut: (ctx) => stream([role(), ...partial(ctx), pause(300)], { ending: "cut" }),

  hang: () => stream([role(), content("Waiting forever")], { ending: "hang" }),

  // Headers and some text, then a silent open connection for 4 s, then the rest.
  "stall-resume": () =>
    stream([role(), content("Before the pause. "), pause(4000), content("After the pause."), finish("stop")]),

  // Silent for 5 s except keep-alive comments every second: the connection is alive.
  "keepalive-wait": () =>
    stream([
      role(),
      content("Thinking it over. "),
      ...Array.from({ length: 5 }, () => [pause(1000), comment("OPENROUTER PROCESSING")]).flat(),
      content("Done."),
      finish("stop"),
    ]),

  length: (ctx) =>
    stream(standard(ctx, `${reply(ctx)}\n\nThis answer was truncated becau`, { reason: "length" })),

  // Reasoning ate the whole budget: nothing visible, finish_reason length.
  "empty-length": (ctx) => {
    const budget = ctx.maxTokens ?? 16;
    return stream([
      role(),
      finish("length"),
      usageChunk(usage({ prompt: ctx.promptTokens, completion: budget, reasoning: budget })),
    ]);
  },

  "content-filter": (ctx) =>
    stream([
      role(),
      content("I can start answering, but "),
      finish("content_filter"),
      usageChunk(usageFor(ctx, "I can start answering, but ")),
    ]),

  "invalid-json": (ctx) => {
    const steps = standard(ctx, reply(ctx));
    steps.splice(3, 0, raw('data: {"id":"broken","choices":[{"delta":{"content":"oops\n\n'));
    return stream(steps);
  },

  "http-404": (ctx) => ({
    type: "http",
    status: 404,
    body: {
      error: {
        message: `The model '${ctx.model}' does not exist or you do not have access to it.`,
        type: "invalid_request_error",
        param: "model",
        code: "model_not_found",
      },
    },
  }),

  ...Object.fromEntries(
    Object.entries(HTTP_ERRORS).map(([name, spec]) => [name, () => ({ type: "http", ...spec })]),
  ),

  // Replies shaped to break a renderer, streamed in 64 KB pieces (a 10 MB one in ~160 events).
  ...Object.fromEntries(
    Object.entries(HOSTILE).map(([name, make]) => [
      name,
      (ctx) => {
        const text = make();
        const steps = [role(), ...sizedChunks(text, 65_536).map((piece) => content(piece)), finish("stop")];
        return stream([...steps, usageChunk(usageFor(ctx, text))], { delayMs: ctx.delayOverride ?? 10 });
      },
    ]),
  ),

  ...fixtureScenarios(),
};

export const scenarioNames = Object.keys(scenarios);

const DIRECTIVE = /\[\[mock:([a-z0-9-]+)\]\]/i;

/** Text of a message's content, whether a string or an array of parts. */
export function messageText(message) {
  const c = message?.content;
  if (typeof c === "string") return c;
  if (Array.isArray(c)) {
    return c
      .filter((p) => p?.type === "text" && typeof p.text === "string")
      .map((p) => p.text)
      .join("\n");
  }
  return "";
}

/** The scenario named by the header, else by a `[[mock:NAME]]` directive in the last user message. */
export function pickScenario(body, headerValue) {
  if (typeof headerValue === "string" && headerValue.trim()) return headerValue.trim();
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const lastUser = messages.findLast((m) => m?.role === "user");
  const match = DIRECTIVE.exec(messageText(lastUser));
  return match?.[1]?.toLowerCase() ?? "default";
}

export function stripDirective(text) {
  return text.replace(new RegExp(DIRECTIVE.source, "gi"), "").trim();
}
