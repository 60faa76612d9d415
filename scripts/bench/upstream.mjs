// The bench's own OpenAI-compatible upstream: streams an answer in fixed chunks at a steady pace and
// remembers when it wrote the first and the last byte, so the page's render times can be compared on
// one clock. A request whose last message contains `[[bench:NAME]]` gets the answer of that name (the
// default one otherwise); a request with `stream: false` gets the same answer as one JSON completion.
import http from "node:http";

/**
 * @param {{ answers: Record<string, { chunks: string[], delayMs: number }> }} options  `answers.default` is required
 */
export function createBenchUpstream({ answers }) {
  const state = { firstByteAt: 0, lastByteAt: 0, streams: 0 };
  const server = http.createServer({ noDelay: true }, (req, res) => {
    const url = new URL(req.url ?? "/", "http://bench.local");
    if (req.method === "GET" && url.pathname === "/v1/models") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ object: "list", data: [{ id: "bench-model", object: "model" }] }));
      return;
    }
    if (req.method !== "POST" || url.pathname !== "/v1/chat/completions") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "not found", type: "invalid_request_error" } }));
      return;
    }
    const body = [];
    req.on("data", (c) => body.push(c));
    req.on("end", () => {
      const request = parse(Buffer.concat(body).toString("utf8"));
      const name = /\[\[bench:([a-z0-9-]+)\]\]/.exec(JSON.stringify(request.messages?.at(-1) ?? ""))?.[1];
      const answer = answers[name ?? "default"] ?? answers.default;
      if (request.stream === false) complete(res, answer.chunks.join(""));
      else stream(res, answer);
    });
  });

  function parse(text) {
    try {
      return JSON.parse(text) ?? {};
    } catch {
      return {};
    }
  }

  function event(delta, finish = null) {
    const chunk = {
      id: "chatcmpl-bench",
      object: "chat.completion.chunk",
      created: Math.floor(Date.now() / 1000),
      model: "bench-model",
      choices: [{ index: 0, delta, finish_reason: finish }],
    };
    return `data: ${JSON.stringify(chunk)}\n\n`;
  }

  function complete(res, text) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "chatcmpl-bench",
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: "bench-model",
        choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
      }),
    );
  }

  function stream(res, { chunks, delayMs }) {
    state.streams++;
    state.firstByteAt = 0;
    state.lastByteAt = 0;
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    res.write(event({ role: "assistant", content: "" }));
    let i = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      const piece = chunks[i++];
      if (piece !== undefined) {
        // Taken before the write, so a measured delay can only be overstated.
        if (state.firstByteAt === 0) state.firstByteAt = Date.now();
        res.write(event({ content: piece }));
        return;
      }
      clearInterval(timer);
      res.write(event({}, "stop"));
      state.lastByteAt = Date.now();
      res.end("data: [DONE]\n\n");
    }, delayMs);
  }

  return { server, state };
}
