import { describe, expect, it } from "vitest";
import http from "node:http";
import { upstreamUrl } from "./proxy.mjs";
import { listen, proxy, rawRequest, request, servers, upstream } from "./server.test-util";

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
    // evil.example is an allowed name here so that the request reaches the proxy (the Host check is
    // tested in server.test.ts): the proxy must still ignore it.
    const { port } = await proxy(up.url, { allowedHosts: new Set(["evil.example", "127.0.0.1"]) });
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
      const res = await rawRequest(
        port,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
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

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
