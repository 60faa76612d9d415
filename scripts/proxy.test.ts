import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createServer, upstreamUrl } from "./proxy.mjs";

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };
type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

const servers: http.Server[] = [];

async function listen(server: http.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** An upstream that records what reached it; `respond` decides the answer. */
async function upstream(respond?: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      if (respond) return respond(req, res);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  const port = await listen(server);
  return { seen, url: `http://127.0.0.1:${port}` };
}

let distDir = "";
beforeAll(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
  fs.mkdirSync(path.join(distDir, "assets"));
  fs.writeFileSync(path.join(distDir, "index.html"), "<!doctype html><title>app</title>");
  fs.writeFileSync(path.join(distDir, "assets", "index-abc123.js"), "console.log(1)");
  fs.writeFileSync(path.join(distDir, "favicon.svg"), "<svg/>");
});
afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }));

async function proxy(upstreamBase: string) {
  const logs: string[] = [];
  const server = createServer({ distDir, upstream: upstreamBase, log: (line: string) => logs.push(line) });
  const port = await listen(server);
  return { port, logs };
}

function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: opts.method ?? "GET", path: opts.path, headers: opts.headers },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** Raw bytes on a socket, for request targets http.request would not send as-is. */
function rawRequest(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(head));
    let data = "";
    socket.on("data", (c) => (data += c.toString()));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
}

describe("proxy /api", () => {
  it("strips /api, keeps the query string and forwards the body", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url);
    const res = await request(port, {
      method: "POST",
      path: "/api/v1/chat/completions?alt=sse&x=a%20b",
      headers: { "content-type": "application/json" },
      body: '{"model":"m"}',
    });
    expect(res.status).toBe(200);
    expect(up.seen[0]).toMatchObject({ method: "POST", url: "/v1/chat/completions?alt=sse&x=a%20b" });
    expect(up.seen[0]?.body).toBe('{"model":"m"}');
    expect(up.seen[0]?.headers.host).toBe(new URL(up.url).host);
  });

  it("keeps a path prefix on the upstream URL", async () => {
    const up = await upstream();
    const { port } = await proxy(`${up.url}/base/`);
    await request(port, { path: "/api/v1/models" });
    expect(up.seen[0]?.url).toBe("/base/v1/models");
  });

  it("forwards Authorization but drops cookies, origin, referer and hop-by-hop headers", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url);
    await request(port, {
      path: "/api/v1/models",
      headers: {
        authorization: "Bearer sk-secret-123",
        cookie: "session=1",
        origin: "http://127.0.0.1:4173",
        referer: "http://127.0.0.1:4173/",
        connection: "keep-alive, x-private",
        "x-private": "1",
        "x-forwarded-host": "evil.example",
        "x-custom": "kept",
      },
    });
    const h = up.seen[0]?.headers ?? {};
    expect(h.authorization).toBe("Bearer sk-secret-123");
    expect(h["x-custom"]).toBe("kept");
    for (const name of ["cookie", "origin", "referer", "x-private", "x-forwarded-host"]) {
      expect(h[name], name).toBeUndefined();
    }
  });

  it("never logs the Authorization header or the body", async () => {
    const up = await upstream();
    const { port, logs } = await proxy(up.url);
    await request(port, {
      method: "POST",
      path: "/api/v1/chat/completions?key=q-secret",
      headers: { authorization: "Bearer sk-secret-123" },
      body: "body-secret",
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^POST \/api\/v1\/chat\/completions 200 \d+ms$/);
    expect(logs.join("\n")).not.toMatch(/secret/);
  });

  it("forwards status and headers, minus set-cookie", async () => {
    const up = await upstream((_req, res) => {
      res.writeHead(429, { "retry-after": "7", "set-cookie": "a=b", "content-type": "application/json" });
      res.end('{"error":{"message":"slow down"}}');
    });
    const { port } = await proxy(up.url);
    const res = await request(port, { path: "/api/v1/chat/completions", method: "POST" });
    expect(res.status).toBe(429);
    expect(res.headers["retry-after"]).toBe("7");
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(JSON.parse(res.body)).toEqual({ error: { message: "slow down" } });
  });

  it("connects only to the upstream origin", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url);
    // Absolute-form target and a Host header naming another server: the path is kept, the host ignored.
    const raw = await rawRequest(
      port,
      "GET http://evil.example/api/v1/models HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
    );
    expect(raw).toMatch(/^HTTP\/1.1 200/);
    expect(up.seen[0]?.url).toBe("/v1/models");
    expect(up.seen[0]?.headers.host).toBe(new URL(up.url).host);

    for (const target of [
      "/api//evil.example/x",
      "/api/../secret",
      "/api/%2e%2e/x",
      "/api/v1/..%2f..%2fx",
      "/api/\\evil",
    ]) {
      const res = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(res, target).toMatch(/^HTTP\/1.1 400/);
    }
    expect(up.seen).toHaveLength(1);
  });

  it("builds upstream URLs only on the upstream origin", () => {
    const base = new URL("https://api.evolink.ai");
    expect(upstreamUrl("/api/v1/models?a=1", base)?.href).toBe("https://api.evolink.ai/v1/models?a=1");
    expect(upstreamUrl("/api//evil.com/x", base)).toBeNull();
    expect(upstreamUrl("/api/../x", base)).toBeNull();
    expect(upstreamUrl("/apix/v1", base)).toBeNull();
  });

  it("streams SSE through unbuffered", async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let upstreamFinished = false;
    const up = await upstream((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('data: {"n":1}\n\n');
      // The upstream only finishes after the client has seen the first event.
      void released.then(() => {
        upstreamFinished = true;
        res.end("data: [DONE]\n\n");
      });
    });
    const { port } = await proxy(up.url);
    const { first, headers, finishedBeforeFirst, rest } = await new Promise<{
      first: string;
      headers: http.IncomingHttpHeaders;
      finishedBeforeFirst: boolean;
      rest: Promise<string>;
    }>((resolve) => {
      http.get({ host: "127.0.0.1", port, path: "/api/v1/chat/completions" }, (res) => {
        let all = "";
        const rest = new Promise<string>((done) => res.on("end", () => done(all)));
        res.once("data", (c: Buffer) => {
          resolve({ first: c.toString(), headers: res.headers, finishedBeforeFirst: upstreamFinished, rest });
          release();
        });
        res.on("data", (c: Buffer) => (all += c.toString()));
      });
    });
    expect(first).toBe('data: {"n":1}\n\n');
    expect(finishedBeforeFirst).toBe(false);
    expect(headers["x-accel-buffering"]).toBe("no");
    expect(headers["content-type"]).toBe("text/event-stream");
    expect(await rest).toContain("[DONE]");
  });

  it("groups a fast event stream, and hands on what arrived before the upstream is cut", async () => {
    const up = await upstream((req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('data: {"n":1}\n\n');
      // Both within the proxy's 25 ms window, then the upstream connection dies.
      setTimeout(() => res.write('data: {"n":2}\n\n'), 2);
      setTimeout(() => res.write('data: {"n":3}\n\n'), 4);
      setTimeout(() => req.socket.destroy(), 8);
    });
    const { port } = await proxy(up.url);
    const { chunks, ended } = await new Promise<{ chunks: string[]; ended: string }>((resolve) => {
      const got: string[] = [];
      http.get({ host: "127.0.0.1", port, path: "/api/v1/chat/completions" }, (res) => {
        res.on("data", (c: Buffer) => got.push(c.toString()));
        res.on("end", () => resolve({ chunks: got, ended: "end" }));
        res.on("error", () => resolve({ chunks: got, ended: "error" }));
        res.on("aborted", () => resolve({ chunks: got, ended: "error" }));
      });
    });
    expect(chunks.join("")).toBe('data: {"n":1}\n\ndata: {"n":2}\n\ndata: {"n":3}\n\n');
    // The first event at once, the two that followed within the window together.
    expect(chunks).toHaveLength(2);
    // A truncated stream, not a clean end.
    expect(ended).toBe("error");
  });

  it("aborts the upstream request when the client disconnects", async () => {
    let upstreamClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    const up = await upstream((req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: {}\n\n");
      res.on("close", () => upstreamClosed());
      void req;
    });
    const { port } = await proxy(up.url);
    await new Promise<void>((resolve) => {
      const req = http.get({ host: "127.0.0.1", port, path: "/api/hang" }, (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", () => {});
    });
    await expect(Promise.race([closed.then(() => "closed"), delay(2000, "timeout")])).resolves.toBe("closed");
  });

  it("answers 502 with a JSON error when the upstream is unreachable", async () => {
    const dead = http.createServer();
    const deadPort = await listen(dead);
    servers.pop();
    await new Promise((resolve) => dead.close(resolve));
    const { port } = await proxy(`http://127.0.0.1:${deadPort}`);
    const res = await request(port, { method: "POST", path: "/api/v1/chat/completions", body: "{}" });
    expect(res.status).toBe(502);
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    const body = JSON.parse(res.body) as { error: { message: string; type: string } };
    expect(body.error.type).toBe("proxy_error");
    expect(body.error.message).toMatch(
      new RegExp(`^The proxy could not reach http://127\\.0\\.0\\.1:${deadPort}: .*ECONNREFUSED`),
    );
  });
});

describe("static files", () => {
  it("serves index.html for app routes with no-cache, and hashed assets with a long cache", async () => {
    const { port } = await proxy("http://127.0.0.1:9");
    const root = await request(port, { path: "/" });
    expect(root.status).toBe(200);
    expect(root.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(root.headers["cache-control"]).toBe("no-cache");

    const route = await request(port, { path: "/conversations/abc?x=1" });
    expect(route.status).toBe(200);
    expect(route.body).toContain("<title>app</title>");

    const asset = await request(port, { path: "/assets/index-abc123.js" });
    expect(asset.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(asset.headers["cache-control"]).toContain("immutable");
    expect(asset.body).toBe("console.log(1)");

    expect((await request(port, { path: "/favicon.svg" })).headers["content-type"]).toBe("image/svg+xml");
    expect((await request(port, { path: "/missing.png" })).status).toBe(404);
    expect((await request(port, { path: "/assets/gone-123.js" })).status).toBe(404);
    expect((await request(port, { path: "/", method: "POST" })).status).toBe(405);
  });

  it("does not serve files outside dist", async () => {
    const { port } = await proxy("http://127.0.0.1:9");
    for (const target of ["/../package.json", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd"]) {
      const res = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(res, target).not.toMatch(/root:|"name"/);
    }
  });
});

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
