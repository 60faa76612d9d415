// A second `scripts/serve.mjs` for specs that need other settings than the suite's server (a small body
// limit, an access token, extra host names). It serves the same dist/ and proxies to the same mock.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { MOCK_URL } from "../mock-client";

export interface AppServer {
  url: string;
  port: number;
  /** Everything the server printed, for specs that check its warnings. */
  output(): string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", UPSTREAM_URL: MOCK_URL, ...env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Chat Studio on http:\/\/\S+?:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`serve.mjs exited (${code}) before listening:\n${output}`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
