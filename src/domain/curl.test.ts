import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shellQuote, toCurl } from "./curl";

const URL_ = "https://api.evolink.ai/v1/chat/completions";
const body = {
  model: "gemini-3.1-pro-preview",
  messages: [{ role: "user", content: 'It\'s a "test" with $HOME, `ticks` and \\ backslash\nand a line' }],
  stream: false,
  temperature: 0.7,
};

/** Runs the command in a real POSIX shell with `curl` replaced by a function that prints its arguments. */
function argsOf(command: string, env: Record<string, string> = {}): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  const out = execFileSync("sh", ["-c", script], { env: { PATH: process.env.PATH ?? "", ...env } });
  return out.toString("utf8").split("\0").slice(0, -1);
}

describe("shellQuote", () => {
  it("escapes single quotes the POSIX way", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});

describe("toCurl", () => {
  it("follows the provider's example, with the key left to the shell", () => {
    const cmd = toCurl(URL_, { model: "m", messages: [] }, { apiKey: "sk-secret", includeKey: false });
    expect(cmd).toBe(
      [
        "curl --request POST \\",
        `  --url '${URL_}' \\`,
        `  --header "Authorization: Bearer $API_KEY" \\`,
        `  --header 'Content-Type: application/json' \\`,
        `  --data '`,
        `{`,
        `  "model": "m",`,
        `  "messages": []`,
        `}`,
        `'`,
      ].join("\n"),
    );
    expect(cmd).not.toContain("sk-secret");
  });

  it("survives a real shell: the body arrives byte for byte and $API_KEY expands", () => {
    const args = argsOf(toCurl(URL_, body, { includeKey: false }), { API_KEY: "sk-from-env" });
    expect(args.slice(0, 8)).toEqual([
      "--request",
      "POST",
      "--url",
      URL_,
      "--header",
      "Authorization: Bearer sk-from-env",
      "--header",
      "Content-Type: application/json",
    ]);
    expect(args[8]).toBe("--data");
    expect(JSON.parse(args[9] ?? "")).toEqual(body);
  });

  it("includes the key only when asked, quoted so the shell takes it literally", () => {
    const args = argsOf(toCurl(URL_, body, { apiKey: " sk-a'b$c ", includeKey: true }), { API_KEY: "no" });
    expect(args).toContain("Authorization: Bearer sk-a'b$c");
  });

  it("sends no Authorization header when the key is included but empty, as the app does", () => {
    expect(toCurl(URL_, body, { apiKey: "  ", includeKey: true })).not.toContain("Authorization");
  });

  it("asks curl not to buffer a streamed answer", () => {
    expect(toCurl(URL_, { ...body, stream: true }, { includeKey: false })).toContain("--no-buffer");
    expect(toCurl(URL_, body, { includeKey: false })).not.toContain("--no-buffer");
  });
});
