// Building blocks for mock replies. A scenario is data: a list of steps plus a few stream options; this module
// turns steps into SSE text (for stream: true) or into one chat.completion object (for stream: false).

/** Splits text into segments of `words` words, keeping every character (Gemini sends segments, not tokens). */
export function segments(text, words = 3) {
  const parts = text.split(/(?<=\s)(?=\S)/);
  const out = [];
  for (let i = 0; i < parts.length; i += words) out.push(parts.slice(i, i + words).join(""));
  return out;
}

export const tokens = (text) => Math.max(1, Math.ceil(text.length / 4));

/** OpenAI-style usage with the details objects the provider's example carries. */
export function usage({ prompt = 12, completion = 0, reasoning = 0, cached = 0 } = {}) {
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cached, text_tokens: prompt, audio_tokens: 0, image_tokens: 0 },
    completion_tokens_details: {
      text_tokens: completion - reasoning,
      audio_tokens: 0,
      reasoning_tokens: reasoning,
    },
  };
}

// Step constructors. `end` overrides the blank line that normally closes an event.
export const role = () => ({ kind: "chunk", delta: { role: "assistant", content: "" } });
export const content = (text, extra = {}) => ({ kind: "chunk", delta: { content: text }, ...extra });
export const reasoningContent = (text) => ({ kind: "chunk", delta: { reasoning_content: text } });
export const reasoning = (text) => ({ kind: "chunk", delta: { reasoning: text } });
export const finish = (reason, extra = {}) => ({ kind: "chunk", delta: {}, finish_reason: reason, ...extra });
export const usageChunk = (u) => ({ kind: "usage", usage: u });
export const comment = (text) => ({ kind: "raw", text: `: ${text}\n\n` });
/** Silence on an open connection: nothing is written for `ms` (on top of the usual delay). */
export const pause = (ms) => ({ kind: "pause", ms, text: "" });
export const raw = (text) => ({ kind: "raw", text });
export const errorData = (payload) => ({
  kind: "error",
  payload,
  text: `data: ${JSON.stringify(payload)}\n\n`,
});
export const errorEvent = (payload) => ({
  kind: "error",
  payload,
  text: `event: error\ndata: ${JSON.stringify(payload)}\n\n`,
});

/** Text segments as content steps. */
export const contentSteps = (text, words) => segments(text, words).map((s) => content(s));

/** One SSE event for a step. */
export function renderStep(step, ctx) {
  if (step.kind === "raw" || step.kind === "error" || step.kind === "pause") return step.text;
  const base = { id: ctx.id, object: "chat.completion.chunk", created: ctx.created, model: ctx.model };
  const body =
    step.kind === "usage"
      ? { ...base, choices: [], usage: step.usage }
      : {
          ...base,
          choices: [{ index: 0, delta: step.delta, finish_reason: step.finish_reason ?? null }],
          ...(step.usage ? { usage: step.usage } : {}),
        };
  return `data: ${JSON.stringify(body)}${step.end ?? "\n\n"}`;
}

/**
 * What a non-streaming request gets for the same scenario: the deltas folded into one message.
 * An error step becomes an HTTP 500 carrying the error payload.
 */
export function aggregate(steps, ctx) {
  let text = "";
  let thought = "";
  let finishReason = null;
  let lastUsage = null;
  for (const step of steps) {
    if (step.kind === "error") {
      const payload = step.payload.error ? step.payload : { error: step.payload };
      return { status: 500, body: payload };
    }
    if (step.usage) lastUsage = step.usage;
    if (step.kind !== "chunk") continue;
    text += step.delta.content ?? "";
    thought += step.delta.reasoning_content ?? step.delta.reasoning ?? "";
    if (step.finish_reason) finishReason = step.finish_reason;
  }
  const message = { role: "assistant", content: text };
  if (thought) message.reasoning_content = thought;
  return {
    status: 200,
    body: {
      id: ctx.id,
      model: ctx.model,
      object: "chat.completion",
      created: ctx.created,
      choices: [{ index: 0, message, finish_reason: finishReason ?? "stop" }],
      usage: lastUsage ?? usage({ prompt: ctx.promptTokens, completion: tokens(text) }),
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the chunk has been handed to the kernel, so a following destroy() cannot drop it. */
const write = (res, data) => new Promise((resolve) => res.write(data, () => resolve()));

/**
 * Streams a plan. Options: delayMs between events, eol ("\n" | "\r\n" | "\r"), bytewise (one byte per write),
 * ending: "done" | "done-nospace" | "close" | "cut" | "hang".
 */
export async function streamPlan(req, res, plan, ctx) {
  const { steps, delayMs, eol = "\n", bytewise = false, ending = "done" } = plan;
  let gone = false;
  res.on("close", () => {
    gone = true;
  });
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    ...ctx.extraHeaders,
  });
  res.flushHeaders();

  const events = steps.map((s) => renderStep(s, ctx));
  if (ending === "done") events.push("data: [DONE]\n\n");
  if (ending === "done-nospace") events.push("data:[DONE]\n\n");

  for (const [i, event] of events.entries()) {
    if (gone) return;
    const step = steps[i];
    if (step?.kind === "pause") {
      await sleep(step.ms);
      continue;
    }
    const text = eol === "\n" ? event : event.replace(/\n/g, eol);
    if (bytewise) {
      for (const byte of Buffer.from(text, "utf8")) {
        if (gone) return;
        await write(res, Buffer.of(byte));
        await sleep(plan.byteDelayMs ?? 2);
      }
    } else {
      await write(res, text);
    }
    if (i < events.length - 1 && delayMs > 0) await sleep(delayMs);
  }

  if (ending === "cut") {
    // No terminating chunk: the client sees the connection drop mid-body.
    res.socket?.destroy();
    return;
  }
  if (ending === "hang") {
    await new Promise((resolve) => (gone ? resolve() : res.on("close", resolve)));
    return;
  }
  res.end();
}
