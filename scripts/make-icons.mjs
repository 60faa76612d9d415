#!/usr/bin/env node
// Renders the app's icons (public/icon-*.png) from public/favicon.svg's design in Chromium, the one image
// renderer this project already has. Run after changing the design: `node scripts/make-icons.mjs`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./chromium.mjs";

const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "public");
const BUBBLE = "M9 11h14a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2h-7l-5 4v-4H9a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2z";

// "any": the rounded tile of the favicon. "maskable": a full-bleed square whose mark stays inside the
// central 80% circle that platforms may cut out.
const designs = {
  any: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4f46e5"/><path d="${BUBBLE}" fill="#fff"/></svg>`,
  maskable: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#4f46e5"/><g transform="translate(16 16) scale(0.9) translate(-16 -18)"><path d="${BUBBLE}" fill="#fff"/></g></svg>`,
};

const outputs = [
  { file: "icon-192.png", size: 192, design: "any" },
  { file: "icon-512.png", size: 512, design: "any" },
  { file: "icon-maskable-512.png", size: 512, design: "maskable" },
  { file: "apple-touch-icon.png", size: 180, design: "maskable" },
];

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, design } of outputs) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${designs[design]}`,
    );
    await page.locator("svg").screenshot({ path: path.join(publicDir, file), omitBackground: true });
    console.log(`public/${file} (${size}×${size}, ${design})`);
  }
} finally {
  await browser.close();
}
