#!/usr/bin/env node
// A local OpenAI-compatible server for e2e tests. Scenarios are picked per request (header `x-mock-scenario`
// or a `[[mock:NAME]]` directive in the last user message), so parallel tests never share state.
//
// Env: PORT (4010), MOCK_CORS=1 (allow browser cross-origin calls), MOCK_REQUIRE_KEY=1 (401 without a
// Bearer key), MOCK_DELAY_MS (30, pause between SSE events). Header `x-mock-delay-ms` overrides the delay.
import http from "node:http";
import { fileURLToPath } from "node:url";
import { MODELS } from "./content.mjs";
import { pickScenario, messageText, scenarioNames, scenarios, stripDirective } from "./scenarios.mjs";
import { aggregate, streamPlan, tokens } from "./sse.mjs";

const MAX_BODY = 25 * 1024 * 1024;
const MAX_RECORDS = 200;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error("too large"), { status: 413 }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function apiError(message, type, extra = {}) {
  return { error: { message, type, ...extra } };
}

/**
 * @param {{ cors?: boolean, requireKey?: boolean, delayMs?: number, log?: (line: string) => void }} [options]
 */
export function createMockServer(options = {}) {
  const { cors = false, requireKey = false, delayMs = 30, log = () => {} } = options;
  /** @type {Array<Record<string, unknown>>} */
  const records = [];

  const corsHeaders = cors
    ? {
        "access-control-allow-origin": "*",
        "access-control-allow-headers": "authorization, content-type, x-mock-scenario, x-mock-delay-ms",
        "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
        "access-control-expose-headers": "retry-after",
        "access-control-max-age": "600",
      }
    : {};

  function send(res, status, body, headers = {}) {
    const isText = typeof body === "string";
    const text = isText ? body : JSON.stringify(body);
    res.writeHead(status, {
      "content-type": isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
      ...corsHeaders,
      ...headers,
      "content-length": Buffer.byteLength(text),
    });
    res.end(text);
  }

  function record(req, pathname, body) {
    const auth = req.headers.authorization;
    const entry = {
      method: req.method,
      path: pathname,
      receivedAt: new Date().toISOString(),
      headers: {
        hasAuthorization: typeof auth === "string" && auth.length > 0,
        // Test keys only ever reach this server; tests check the exact Bearer value.
        authorization: auth ?? null,
        contentType: req.headers["content-type"] ?? null,
        accept: req.headers.accept ?? null,
        scenario: req.headers["x-mock-scenario"] ?? null,
        hasOrigin: "origin" in req.headers,
        hasCookie: "cookie" in req.headers,
      },
      body,
      outcome: "pending",
    };
    records.push(entry);
    if (records.length > MAX_RECORDS) records.splice(0, records.length - MAX_RECORDS);
    return entry;
  }

  function authorized(req) {
    if (!requireKey) return true;
    return /^Bearer\s+\S+/.test(req.headers.authorization ?? "");
  }

  async function chat(req, res, entry, body) {
    if (!authorized(req)) {
      return send(res, 401, apiError("Missing or invalid API key", "authentication_error", { code: 401 }));
    }
    if (!body || typeof body !== "object" || !Array.isArray(body.messages) || body.messages.length === 0) {
      return send(res, 400, apiError("'messages' must be a non-empty array", "invalid_request_error"));
    }
    const name = pickScenario(body, req.headers["x-mock-scenario"]);
    entry.scenario = name;
    const scenario = scenarios[name];
    if (!scenario) {
      return send(
        res,
        400,
        apiError(`Unknown mock scenario "${name}". Known: ${scenarioNames.join(", ")}`, "mock_error"),
      );
    }
    const lastUser = body.messages.findLast((m) => m?.role === "user");
    const header = Number(req.headers["x-mock-delay-ms"]);
    const delayOverride = Number.isFinite(header) && req.headers["x-mock-delay-ms"] ? header : undefined;
    const ctx = {
      id: `chatcmpl-mock-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
      created: Math.floor(Date.now() / 1000),
      model: typeof body.model === "string" && body.model ? body.model : "gemini-3.1-pro-preview",
      echo: stripDirective(messageText(lastUser)),
      imageCount: Array.isArray(lastUser?.content)
        ? lastUser.content.filter((p) => p?.type === "image_url").length
        : 0,
      promptTokens: tokens(JSON.stringify(body.messages)),
      maxTokens: typeof body.max_tokens === "number" ? body.max_tokens : undefined,
      temperature: typeof body.temperature === "number" ? body.temperature : undefined,
      delayOverride,
      extraHeaders: corsHeaders,
    };
    const plan = scenario(ctx);

    if (plan.type === "http") return send(res, plan.status, plan.body, plan.headers);

    if (body.stream === true) {
      await streamPlan(req, res, { delayMs: delayOverride ?? delayMs, ...plan }, ctx);
      return;
    }
    // Non-streaming: the same scenario, answered at once (cut/hang keep their failure mode).
    if (plan.ending === "hang") {
      await new Promise((resolve) => res.on("close", resolve));
      return;
    }
    if (plan.ending === "cut") {
      await sleep(50);
      req.socket.destroy();
      return;
    }
    if (name === "invalid-json") {
      return send(res, 200, '{"id":"broken","choices":[{"message":', { "content-type": "application/json" });
    }
    const { status, body: out } = aggregate(plan.steps, ctx);
    return send(res, status, out);
  }

  async function handle(req, res) {
    const url = new URL(req.url ?? "/", "http://mock.local");
    const { pathname } = url;
    req.socket.setNoDelay(true);

    if (req.method === "OPTIONS" && cors) {
      res.writeHead(204, corsHeaders);
      return res.end();
    }
    if (pathname === "/__mock/health") return send(res, 200, { ok: true, scenarios: scenarioNames });
    if (pathname === "/__mock/requests") {
      if (req.method === "DELETE") {
        records.length = 0;
        res.writeHead(204, corsHeaders);
        return res.end();
      }
      return send(res, 200, records);
    }

    if (pathname === "/v1/models" && req.method === "GET") {
      record(req, pathname, null).outcome = "completed";
      if (!authorized(req)) {
        return send(res, 401, apiError("Missing or invalid API key", "authentication_error", { code: 401 }));
      }
      return send(res, 200, {
        object: "list",
        data: MODELS.map((id) => ({ id, object: "model", created: 1760000000, owned_by: "mock" })),
      });
    }

    if (pathname === "/v1/chat/completions" && req.method === "POST") {
      let text;
      try {
        text = await readBody(req);
      } catch (err) {
        return send(res, err.status ?? 400, apiError("Request entity too large", "invalid_request_error"));
      }
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        record(req, pathname, text).outcome = "completed";
        return send(res, 400, apiError("Request body is not valid JSON", "invalid_request_error"));
      }
      const entry = record(req, pathname, body);
      res.on("close", () => {
        // Lets tests prove that Stop really aborted the upstream request.
        entry.outcome = res.writableFinished ? "completed" : "client-closed";
      });
      return chat(req, res, entry, body);
    }

    return send(res, 404, apiError(`No route for ${req.method} ${pathname}`, "invalid_request_error"));
  }

  const server = http.createServer({ noDelay: true }, (req, res) => {
    const started = Date.now();
    res.on("close", () => log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`));
    handle(req, res).catch((err) => {
      log(`mock error: ${err?.stack ?? err}`);
      if (!res.headersSent) send(res, 500, apiError("Mock server crashed", "mock_error"));
      else res.destroy();
    });
  });
  return server;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT || 4010);
  const server = createMockServer({
    cors: process.env.MOCK_CORS === "1",
    requireKey: process.env.MOCK_REQUIRE_KEY === "1",
    delayMs: process.env.MOCK_DELAY_MS ? Number(process.env.MOCK_DELAY_MS) : 30,
    log: process.env.MOCK_QUIET === "1" ? () => {} : (line) => console.log(`[mock] ${line}`),
  });
  server.listen(port, "127.0.0.1", () => {
    console.log(
      `Mock OpenAI-compatible server on http://127.0.0.1:${port} (${scenarioNames.length} scenarios)`,
    );
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
