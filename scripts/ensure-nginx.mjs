// The deployment spec (e2e/nginx.spec.ts) runs Debian's nginx. On a fresh machine this installs the package
// when we may (root), like ensure-chromium.mjs does for Chromium, without letting it start a system service.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const nginx = process.env.NGINX_PATH || "/usr/sbin/nginx";

if (!fs.existsSync(nginx)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.env.NGINX_PATH || !isRoot) {
    console.error(
      `nginx not found at ${nginx}. Install it (Debian: sudo apt-get install -y nginx-light or nginx) or set NGINX_PATH.`,
    );
    process.exit(1);
  }
  console.log("nginx is missing: installing Debian's nginx package…");
  // Debian's postinst would start nginx on port 80; policy-rc.d answering 101 forbids starting services.
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !fs.existsSync(policy);
  if (ownPolicy) fs.writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  const run = (args) =>
    spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  const ok =
    run(["update"]).status === 0 && run(["install", "-y", "--no-install-recommends", "nginx"]).status === 0;
  if (ownPolicy) fs.rmSync(policy, { force: true });
  if (!ok || !fs.existsSync(nginx)) process.exit(1);
}
