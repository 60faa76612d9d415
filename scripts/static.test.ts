import { describe, expect, it } from "vitest";
import { proxy, rawRequest, request } from "./server.test-util";

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
      const res = await rawRequest(
        port,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect(res, target).toMatch(/^HTTP\/1.1 (400|404)/);
      expect(res, target).not.toMatch(/root:|"name"/);
    }
  });
});
