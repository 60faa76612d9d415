#!/usr/bin/env node
// Smoke check of every mock scenario, streaming and not: `node e2e/server/smoke.mjs`.
// Starts its own mock on an ephemeral port; exits non-zero on the first failed expectation.
import assert from "node:assert/strict";
import http from "node:http";
import { createMockServer } from "./mock-server.mjs";
import { JAPANESE_EMPHASIS } from "./content.mjs";
import { fixtureEvents } from "./fixtures.mjs";
import { HOSTILE } from "./hostile-content.mjs";
import { scenarioNames } from "./scenarios.mjs";

const server = createMockServer({ delayMs: 1 });
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());

/** Raw HTTP so cut connections and byte-level framing stay visible. */
function call(scenario, stream, { abortAfterMs } = {}) {
  return new Promise((resolve) => {
    const payload = JSON.stringify({
      model: "gemini-3.1-pro-preview",
      stream,
      max_tokens: 32,
      messages: [{ role: "user", content: [{ type: "text", text: `Ping [[mock:${scenario}]]` }] }],
    });
    const req = http.request(
      { host: "127.0.0.1", port, method: "POST", path: "/v1/chat/completions" },
      (res) => {
        const chunks = [];
        let writes = 0;
        res.on("data", (c) => {
          writes++;
          chunks.push(c);
        });
        const done = (cut) =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            text: Buffer.concat(chunks).toString(),
            writes,
            cut,
          });
        res.on("end", () => done(false));
        res.on("error", () => done(true));
        res.on("aborted", () => done(true));
        res.on("close", () => done(!res.complete));
      },
    );
    req.on("error", () => resolve({ status: 0, text: "", cut: true }));
    if (abortAfterMs) setTimeout(() => req.destroy(), abortAfterMs);
    req.setHeader("content-type", "application/json");
    req.setHeader("x-mock-delay-ms", "1");
    req.end(payload);
  });
}

const dataJson = (text) =>
  text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.startsWith("data:") && !l.includes("[DONE]"))
    .map((l) => {
      try {
        return JSON.parse(l.slice(5));
      } catch {
        return "INVALID";
      }
    });
const contentOf = (text) =>
  dataJson(text)
    .map((c) => c?.choices?.[0]?.delta?.content ?? "")
    .join("");

/** Expectations per scenario for the streaming call. */
const streaming = {
  default: (r) =>
    assert.match(contentOf(r.text), /You said: Ping/) && assert.match(r.text, /data: \[DONE\]\n\n$/),
  slow: (r) => assert.equal((r.text.match(/Slow chunk/g) ?? []).length, 100),
  long: (r) => assert.match(contentOf(r.text), /The end of the long reply/),
  markdown: (r) => assert.match(contentOf(r.text), /\| --- \|/),
  "hostile-markdown": (r) => assert.match(contentOf(r.text), /<script>window.__pwned=1<\/script>/),
  reasoning: (r) => assert.ok(dataJson(r.text).some((c) => c.choices?.[0]?.delta?.reasoning_content)),
  "reasoning-field": (r) => assert.ok(dataJson(r.text).some((c) => c.choices?.[0]?.delta?.reasoning)),
  "think-tags": (r) => assert.match(contentOf(r.text), /^<think>The user wants an answer.<\/think>You said/),
  crlf: (r) => assert.ok(r.text.includes("\r\n\r\n") && !/[^\r]\n/.test(r.text)),
  cr: (r) => assert.ok(r.text.includes("\r\r") && !r.text.includes("\n")),
  bytewise: (r) => assert.ok(r.writes > 500 && contentOf(r.text).includes("こんにちは")),
  comments: (r) => assert.match(r.text, /^: OPENROUTER PROCESSING\n\n/),
  "done-nospace": (r) => assert.match(r.text, /data:\[DONE\]\n\n$/),
  "no-final-newline": (r) =>
    assert.ok(r.text.endsWith("}") && contentOf(r.text).endsWith("The final event.")),
  "usage-every-chunk": (r) => assert.ok(dataJson(r.text).every((c) => c.usage || c.choices[0].delta.role)),
  "usage-on-last-content": (r) => {
    const last = dataJson(r.text).at(-1);
    assert.ok(last.usage && last.choices[0].delta.content && last.choices[0].finish_reason === "stop");
  },
  "error-midstream": (r) => assert.equal(dataJson(r.text).at(-1).error.code, "model_overloaded"),
  "error-event": (r) => assert.match(r.text, /event: error\ndata: \{"error"/),
  "error-object": (r) => assert.equal(dataJson(r.text).at(-1).object, "error"),
  cut: (r) => assert.ok(r.cut && !r.text.includes("[DONE]")),
  hang: (r) => assert.ok(r.cut && r.text.includes("Waiting forever")),
  length: (r) => assert.ok(dataJson(r.text).some((c) => c.choices?.[0]?.finish_reason === "length")),
  "empty-length": (r) => {
    assert.equal(contentOf(r.text), "");
    assert.equal(dataJson(r.text).at(-1).usage.completion_tokens_details.reasoning_tokens, 32);
  },
  "content-filter": (r) =>
    assert.ok(dataJson(r.text).some((c) => c.choices?.[0]?.finish_reason === "content_filter")),
  "invalid-json": (r) => assert.equal(dataJson(r.text).filter((c) => c === "INVALID").length, 1),
  // max_tokens 32 cuts the sampled reply: it ends with finish_reason "length".
  sampled: (r) =>
    assert.ok(
      contentOf(r.text).startsWith("## Tides") &&
        dataJson(r.text).some((c) => c.choices?.[0]?.finish_reason === "length"),
    ),
  // Without temperature 1 the request is answered like sampled (the 429 is checked below).
  "rate-limit-once": (r) => assert.ok(contentOf(r.text).startsWith("## Tides")),
  // Without temperature 2 the request is answered like sampled (the 500 is checked below).
  "fail-once": (r) => assert.ok(contentOf(r.text).startsWith("## Tides")),
  // Without a temperature the request is answered like sampled, at once.
  "sampled-slow": (r) => assert.ok(contentOf(r.text).startsWith("## Tides")),
  "error-first": (r) => {
    assert.equal(contentOf(r.text), "");
    assert.equal(dataJson(r.text).at(-1).error.message, "Upstream model overloaded");
  },
  "stall-resume": (r) => assert.equal(contentOf(r.text), "Before the pause. After the pause."),
  "keepalive-wait": (r) =>
    assert.ok(
      (r.text.match(/^: OPENROUTER PROCESSING$/gm) ?? []).length === 5 &&
        contentOf(r.text) === "Thinking it over. Done.",
    ),
};

// Texts shaped to break a renderer arrive whole, however they are cut into chunks.
streaming["japanese-emphasis"] = (r) => assert.equal(contentOf(r.text), JAPANESE_EMPHASIS);
for (const [name, make] of Object.entries(HOSTILE)) {
  streaming[name] = (r) => assert.equal(contentOf(r.text), make());
}

// Replays send the recorded-format fixture byte for byte.
for (const name of scenarioNames.filter((n) => n.startsWith("replay-"))) {
  streaming[name] = (r) => assert.equal(r.text, fixtureEvents(name.slice("replay-".length)).join(""));
}

const httpStatus = (name) => Number(/^http-(\d{3})/.exec(name)?.[1]);

let failures = 0;
for (const name of scenarioNames) {
  const checks = [];
  for (const stream of [true, false]) {
    const r = await call(name, stream, { abortAfterMs: name === "hang" ? 300 : undefined });
    try {
      if (name.startsWith("http-")) {
        assert.equal(r.status, httpStatus(name));
        if (name === "http-429") assert.equal(r.headers["retry-after"], "7");
        if (name === "http-502-html") assert.match(r.text, /<title>502 Bad Gateway<\/title>/);
        else assert.ok(JSON.parse(r.text));
      } else if (stream) {
        assert.equal(r.status, 200);
        assert.match(String(r.headers?.["content-type"]), /text\/event-stream/);
        const check = streaming[name];
        assert.ok(check, `no streaming expectation for ${name}`);
        check(r);
      } else if (name === "cut" || name === "hang") {
        assert.ok(r.cut);
      } else if (name.startsWith("error-")) {
        assert.equal(r.status, 500);
      } else if (name === "invalid-json") {
        assert.throws(() => JSON.parse(r.text));
      } else {
        assert.equal(r.status, 200);
        assert.equal(JSON.parse(r.text).object, "chat.completion");
      }
      checks.push(stream ? "stream ok" : "json ok");
    } catch (err) {
      failures++;
      checks.push(`${stream ? "stream" : "json"} FAILED: ${err.message}`);
    }
  }
  console.log(`${name.padEnd(22)} ${checks.join(", ")}`);
}

// rate-limit-once refuses the first request at temperature 1 for a prompt, and answers it the next time.
{
  const at1 = (text) =>
    new Promise((resolve) => {
      const payload = JSON.stringify({
        stream: false,
        temperature: 1,
        messages: [{ role: "user", content: `${text} [[mock:rate-limit-once]]` }],
      });
      const req = http.request(
        { host: "127.0.0.1", port, method: "POST", path: "/v1/chat/completions" },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode, retryAfter: res.headers["retry-after"] }));
        },
      );
      req.end(payload);
    });
  const first = await at1("Smoke 429");
  const second = await at1("Smoke 429");
  const ok = first.status === 429 && first.retryAfter === "1" && second.status === 200;
  if (!ok) failures++;
  console.log(`${"rate-limit-once at t=1".padEnd(22)} ${ok ? "429 then 200 ok" : "FAILED"}`);
}

// fail-once fails the first request at temperature 2 for a prompt with a 500, and answers it the next time.
{
  const at2 = (text) =>
    new Promise((resolve) => {
      const payload = JSON.stringify({
        stream: false,
        temperature: 2,
        messages: [{ role: "user", content: `${text} [[mock:fail-once]]` }],
      });
      const req = http.request(
        { host: "127.0.0.1", port, method: "POST", path: "/v1/chat/completions" },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode));
        },
      );
      req.end(payload);
    });
  const first = await at2("Smoke 500");
  const second = await at2("Smoke 500");
  const ok = first === 500 && second === 200;
  if (!ok) failures++;
  console.log(`${"fail-once at t=2".padEnd(22)} ${ok ? "500 then 200 ok" : "FAILED"}`);
}

const unknown = await call("no-such-thing", true);
if (unknown.status !== 400 || !unknown.text.includes("no-such-thing")) failures++;
console.log(`${"unknown scenario".padEnd(22)} ${unknown.status === 400 ? "400 ok" : "FAILED"}`);

server.closeAllConnections();
server.close();
console.log(failures ? `${failures} failure(s)` : "all scenarios ok");
process.exit(failures ? 1 : 0);
