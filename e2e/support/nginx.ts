// Debian's nginx, run by a spec as a child process with the configuration documented in docs/deploy.md
// (deploy/nginx/chat-studio.conf), on its own port, with every path in a temporary directory: no root paths
// are needed beyond the binary. scripts/ensure-nginx.mjs installs it on a fresh machine.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const NGINX = process.env.NGINX_PATH || "/usr/sbin/nginx";
const ROOT = path.resolve(import.meta.dirname, "../..");
export const NGINX_CONF = path.join(ROOT, "deploy/nginx/chat-studio.conf");

export interface Nginx {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Replaces each `from` once, and fails loudly when the documented configuration no longer has it. */
function adapt(conf: string, replacements: [from: string, to: string][]): string {
  let out = conf;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`deploy/nginx/chat-studio.conf no longer contains: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

export async function startNginx(options: {
  distDir: string;
  upstream: string;
  /** Extra replacements on the documented configuration (e.g. a smaller body limit). */
  tweaks?: [from: string, to: string][];
}): Promise<Nginx> {
  if (!fs.existsSync(NGINX)) {
    throw new Error(
      `nginx not found at ${NGINX}: run \`node scripts/ensure-nginx.mjs\` (or set NGINX_PATH).`,
    );
  }
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nginx-e2e-"));
  // Run as root, nginx's workers run as nobody: they must be able to enter this directory.
  fs.chmodSync(dir, 0o755);
  const site = adapt(fs.readFileSync(NGINX_CONF, "utf8"), [
    ["listen 80 default_server;", `listen 127.0.0.1:${port} default_server;`],
    ["listen 80;", `listen 127.0.0.1:${port};`],
    ["server_name chat.example.com;", "server_name 127.0.0.1 localhost;"],
    ["root /srv/chat-studio/dist;", `root ${options.distDir};`],
    ["proxy_pass https://api.evolink.ai/;", `proxy_pass ${options.upstream.replace(/\/+$/, "")}/;`],
    ...(options.tweaks ?? []),
  ]);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  const conf = `
daemon off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 256; }
http {
    # What /etc/nginx/mime.types would give, for the files the app has.
    types {
        text/html html;
        text/css css;
        application/javascript js mjs;
        application/json json map;
        image/svg+xml svg;
        image/png png;
        font/woff2 woff2;
        font/woff woff;
        font/ttf ttf;
    }
    default_type application/octet-stream;
    access_log off;
    ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n    ")}
${site}
}
`;
  const confFile = path.join(dir, "nginx.conf");
  fs.writeFileSync(confFile, conf);
  const child = spawn(NGINX, ["-p", dir, "-c", confFile, "-e", path.join(dir, "error.log")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Ready when it answers; a configuration error ends the process first.
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      const log = fs.existsSync(path.join(dir, "error.log"))
        ? fs.readFileSync(path.join(dir, "error.log"), "utf8")
        : "";
      throw new Error(`nginx exited (${child.exitCode}):\n${output}\n${log}`);
    }
    const up = await fetch(`${url}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 100) throw new Error(`nginx did not answer on ${url}:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once("exit", done);
        // QUIT: a graceful stop of the master and its worker.
        child.kill("SIGQUIT");
      }),
  };
}
