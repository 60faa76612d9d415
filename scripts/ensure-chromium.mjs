// Playwright here drives Debian's Chromium (it cannot download its own browser). On a fresh machine
// this installs the package when we may (root), so `npm test` works from a clean clone.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { chromiumExecutable } from "./chromium.mjs";

if (!fs.existsSync(chromiumExecutable)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.env.CHROMIUM_PATH || !isRoot) {
    console.error(
      `Chromium not found at ${chromiumExecutable}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package…");
  const run = (args) =>
    spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  if (run(["update"]).status !== 0 || run(["install", "-y", "chromium"]).status !== 0) process.exit(1);
}
