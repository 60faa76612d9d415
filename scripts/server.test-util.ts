// Shared by the server tests: real servers on free ports, raw and parsed requests.
import { afterEach } from "vitest";
import http from "node:http";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createServer } from "./server.mjs";

export type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };
export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export const servers: http.Server[] = [];

export async function listen(server: http.Server): Promise<number> {
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
export async function upstream(respond?: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
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

/** A small dist/ for the static-file side; removed when the process ends. */
export function makeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>app</title>");
  fs.writeFileSync(path.join(dir, "assets", "index-abc123.js"), "console.log(1)");
  fs.writeFileSync(path.join(dir, "favicon.svg"), "<svg/>");
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

type Options = Omit<Parameters<typeof createServer>[0], "distDir" | "upstream" | "log">;

/** The app's server in front of `upstreamBase`, with its log lines collected. */
export async function proxy(upstreamBase: string, options: Options = {}, distDir = makeDist()) {
  const logs: string[] = [];
  const server = createServer({
    distDir,
    upstream: upstreamBase,
    log: (line: string) => logs.push(line),
    ...options,
  });
  const port = await listen(server);
  return { port, logs };
}

export function request(
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
export function rawRequest(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(head));
    let data = "";
    socket.on("data", (c) => (data += c.toString()));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
}
