// The bench's own OpenAI-compatible upstream: streams the bench answer in fixed chunks at a steady pace
// and remembers when it wrote the last byte, so the page's render time can be compared on one clock.
import http from "node:http";

/**
 * @param {{ chunks: string[], delayMs: number }} options
 */
export function createBenchUpstream({ chunks, delayMs }) {
  const state = { lastByteAt: 0, streams: 0 };
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
    req.resume();
    req.on("end", () => stream(res));
  });

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

  function stream(res) {
    state.streams++;
    state.lastByteAt = 0;
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    res.write(event({ role: "assistant", content: "" }));
    let i = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      const piece = chunks[i++];
      if (piece !== undefined) {
        res.write(event({ content: piece }));
        return;
      }
      clearInterval(timer);
      res.write(event({}, "stop"));
      // Taken before the write, so the measured delay can only be overstated.
      state.lastByteAt = Date.now();
      res.end("data: [DONE]\n\n");
    }, delayMs);
  }

  return { server, state };
}
