// docs/deploy.md shows the deployment files verbatim, and every one of them carries the policy that
// scripts/guard.mjs defines: when one changes, this test says which others must follow.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { APP_CSP, DEFAULT_MAX_BODY_MB, PROXIED_HEADERS } from "./guard.mjs";

const read = (file: string) => readFileSync(file, "utf8");
const doc = read("docs/deploy.md");
const nginx = read("deploy/nginx/chat-studio.conf");
const caddy = read("deploy/caddy/Caddyfile");
const unit = read("deploy/systemd/chat-studio.service");

describe("docs/deploy.md and deploy/", () => {
  it("shows each deployment file exactly as it is", () => {
    for (const [name, text] of [
      ["deploy/nginx/chat-studio.conf", nginx],
      ["deploy/caddy/Caddyfile", caddy],
      ["deploy/systemd/chat-studio.service", unit],
    ]) {
      expect(doc.includes(text ?? ""), `${name} differs from its copy in docs/deploy.md`).toBe(true);
    }
  });

  it("sends the app's CSP and the sandbox for /api from nginx, Caddy and the page itself", () => {
    const proxied = PROXIED_HEADERS["content-security-policy"];
    expect(doc).toContain(`Content-Security-Policy: ${APP_CSP}`);
    expect(nginx).toContain(`add_header Content-Security-Policy "${APP_CSP}" always;`);
    expect(nginx).toContain(`add_header Content-Security-Policy "${proxied}" always;`);
    expect(caddy).toContain(`Content-Security-Policy "${APP_CSP}"`);
    expect(caddy).toContain(`Content-Security-Policy "${proxied}"`);
    for (const config of [nginx, caddy]) expect(config).toMatch(/X-Frame-Options "DENY"/);
  });

  it("limits request bodies as the Node server does", () => {
    expect(nginx).toContain(`client_max_body_size ${DEFAULT_MAX_BODY_MB}m;`);
    expect(caddy).toContain(`max_size ${DEFAULT_MAX_BODY_MB}MB`);
  });

  it("streams /api unbuffered in both proxies", () => {
    expect(nginx).toContain("proxy_buffering off;");
    expect(caddy).toContain("flush_interval -1");
  });
});
