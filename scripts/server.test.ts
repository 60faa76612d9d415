import { describe, expect, it } from "vitest";
import http from "node:http";
import os from "node:os";
import { ACCESS_COOKIE, accessDigest, allowedHostSet, APP_CSP, hostAllowed, hostName } from "./guard.mjs";
import { proxy, rawRequest, request, upstream } from "./server.test-util";

const TOKEN = "correct-horse-battery-staple";

describe("security headers", () => {
  it("serves the app with a CSP that allows only its own scripts and styles, and refuses framing", async () => {
    const { port } = await proxy("http://127.0.0.1:9");
    for (const path of ["/", "/assets/index-abc123.js", "/missing.png"]) {
      const res = await request(port, { path });
      expect(res.headers["content-security-policy"], path).toBe(APP_CSP);
      expect(res.headers["x-frame-options"], path).toBe("DENY");
      expect(res.headers["x-content-type-options"], path).toBe("nosniff");
      expect(res.headers["referrer-policy"], path).toBe("no-referrer");
    }
    const directives = new Map(APP_CSP.split("; ").map((d) => [d.split(" ")[0], d] as const));
    expect(directives.get("script-src")).toBe("script-src 'self'");
    expect(directives.get("style-src")).toBe("style-src 'self'");
    // Only style attributes (KaTeX's layout), never style elements or sheets from elsewhere.
    expect(directives.get("style-src-attr")).toBe("style-src-attr 'unsafe-inline'");
    expect(directives.has("style-src-elem")).toBe(false);
    expect(directives.get("object-src")).toBe("object-src 'none'");
    expect(directives.get("base-uri")).toBe("base-uri 'none'");
    expect(directives.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    // Any absolute base URL the user chooses stays reachable.
    expect(directives.get("connect-src")).toBe("connect-src 'self' http: https:");
  });

  it("relays nothing from /api that could run in the app's origin", async () => {
    const up = await upstream((_req, res) => {
      res.writeHead(502, {
        "content-type": "text/html",
        "content-security-policy": "default-src *",
        "strict-transport-security": "max-age=31536000",
        "alt-svc": 'h3=":443"',
        "clear-site-data": '"storage"',
        nel: "{}",
      });
      res.end("<html><script>localStorage.clear()</script></html>");
    });
    const { port } = await proxy(up.url);
    const res = await request(port, { path: "/api/v1/models" });
    expect(res.status).toBe(502);
    expect(res.headers["content-security-policy"]).toBe(
      "sandbox; default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    for (const name of ["strict-transport-security", "alt-svc", "clear-site-data", "nel"]) {
      expect(res.headers[name], name).toBeUndefined();
    }
    expect(res.body).toContain("<script>");
  });
});

describe("request body limit", () => {
  const limit = 1024;

  it("answers 413 with a JSON error the app shows, without contacting the upstream", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url, { maxBodyBytes: limit });
    const res = await request(port, {
      method: "POST",
      path: "/api/v1/chat/completions",
      body: "x".repeat(5000),
    });
    expect(res.status).toBe(413);
    const body = JSON.parse(res.body) as {
      error: { message: string; type: string; limit_bytes: number; size_bytes?: number };
    };
    expect(body.error.type).toBe("request_too_large");
    expect(body.error.limit_bytes).toBe(limit);
    expect(body.error.size_bytes).toBe(5000);
    expect(body.error.message).toMatch(
      /^The request is 5 KB; this server accepts at most 1 KB \(MAX_BODY_MB\), so it was not sent/,
    );
    expect(up.seen).toHaveLength(0);
  });

  it("counts a chunked body as it passes and stops forwarding it past the limit", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url, { maxBodyBytes: limit });
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port, method: "POST", path: "/api/v1/chat/completions" },
        (r) => {
          let body = "";
          r.on("data", (c: Buffer) => (body += c.toString()));
          r.on("end", () => resolve({ status: r.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      // No Content-Length: Node sends the body chunked.
      for (let i = 0; i < 8; i++) req.write("y".repeat(400));
      req.end();
    });
    expect(res.status).toBe(413);
    expect(res.body).toContain("(MAX_BODY_MB)");
    // The upstream never saw a complete request.
    expect(up.seen).toHaveLength(0);
  });

  it("forwards a body within the limit", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url, { maxBodyBytes: limit });
    const res = await request(port, {
      method: "POST",
      path: "/api/v1/chat/completions",
      body: "z".repeat(limit),
    });
    expect(res.status).toBe(200);
    expect(up.seen[0]?.body).toHaveLength(limit);
  });
});

describe("Host check", () => {
  const head = (host: string | null) =>
    `GET / HTTP/1.1\r\n${host === null ? "" : `Host: ${host}\r\n`}Connection: close\r\n\r\n`;

  it("answers only to its own names: 421 for another, 400 without one", async () => {
    const { port } = await proxy("http://127.0.0.1:9", {
      allowedHosts: allowedHostSet("127.0.0.1", ["chat.example.com", ".team.example"]),
    });
    for (const host of [
      `127.0.0.1:${port}`,
      "localhost",
      `[::1]:${port}`,
      "chat.example.com",
      "a.team.example",
    ]) {
      expect(await rawRequest(port, head(host)), host).toMatch(/^HTTP\/1.1 200/);
    }
    for (const host of ["evil.example", "chat.example.com.evil.example", "team.example.evil"]) {
      const res = await rawRequest(port, head(host));
      expect(res, host).toMatch(/^HTTP\/1.1 421/);
      expect(res).toContain("ALLOWED_HOSTS");
    }
    expect(await rawRequest(port, "GET / HTTP/1.0\r\n\r\n")).toMatch(/^HTTP\/1.1 400/);
  });

  it("also guards /api: a rebinding page never reaches the proxy", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url);
    const res = await rawRequest(
      port,
      "GET /api/v1/models HTTP/1.1\r\nHost: rebind.attacker.example\r\nConnection: close\r\n\r\n",
    );
    expect(res).toMatch(/^HTTP\/1.1 421/);
    expect(up.seen).toHaveLength(0);
  });

  it("reads host names the way browsers send them", () => {
    expect(hostName("Example.COM.:8080")).toBe("example.com");
    expect(hostName("[::1]:4173")).toBe("::1");
    expect(hostName("")).toBeNull();
    expect(hostName("a b")).toBeNull();
    expect(hostName(undefined)).toBeNull();
    expect(hostAllowed("team.example", new Set([".team.example"]))).toBe(true);
  });

  it("answers to every interface address when bound to all of them", () => {
    const set = allowedHostSet("0.0.0.0");
    for (const list of Object.values(os.networkInterfaces())) {
      for (const info of list ?? []) expect(set.has(info.address.toLowerCase())).toBe(true);
    }
    expect(set.has("0.0.0.0")).toBe(false);
  });
});

describe("access token", () => {
  it("lets nobody in without the cookie: 401 for the page and for /api", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url, { accessToken: TOKEN });
    const page = await request(port, { path: "/" });
    expect(page.status).toBe(401);
    expect(page.body).toContain("access link");
    const api = await request(port, { path: "/api/v1/models" });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ error: { type: "access_denied" } });
    const wrong = await request(port, {
      path: "/",
      headers: { cookie: `${ACCESS_COOKIE}=${accessDigest("guess")}` },
    });
    expect(wrong.status).toBe(401);
    expect(up.seen).toHaveLength(0);
  });

  it("turns the link into an HttpOnly cookie and takes the token out of the address", async () => {
    const { port } = await proxy("http://127.0.0.1:9", { accessToken: TOKEN });
    const res = await request(port, { path: `/c/1?x=1&access_token=${TOKEN}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe("/c/1?x=1");
    const cookie = res.headers["set-cookie"]?.[0] ?? "";
    expect(cookie).toMatch(new RegExp(`^${ACCESS_COOKIE}=[0-9a-f]{64}; `));
    expect(cookie).not.toContain(TOKEN);
    for (const attribute of ["HttpOnly", "SameSite=Lax", "Path=/"]) expect(cookie).toContain(attribute);
    expect(cookie).not.toContain("Secure");
    const behindTls = await request(port, {
      path: `/?access_token=${TOKEN}`,
      headers: { "x-forwarded-proto": "https" },
    });
    expect(behindTls.headers["set-cookie"]?.[0]).toContain("Secure");

    const bad = await request(port, { path: "/?access_token=not-the-token" });
    expect(bad.status).toBe(403);
    expect(bad.headers["set-cookie"]).toBeUndefined();
  });

  it("with the cookie: the app and the proxy work, the cookie stays here, Authorization goes through", async () => {
    const up = await upstream();
    const { port } = await proxy(up.url, { accessToken: TOKEN });
    const cookie = `${ACCESS_COOKIE}=${accessDigest(TOKEN)}`;
    expect((await request(port, { path: "/", headers: { cookie } })).status).toBe(200);
    const api = await request(port, {
      path: "/api/v1/models",
      headers: { cookie, authorization: "Bearer sk-provider-key" },
    });
    expect(api.status).toBe(200);
    expect(up.seen[0]?.headers.cookie).toBeUndefined();
    expect(up.seen[0]?.headers.authorization).toBe("Bearer sk-provider-key");
  });
});
