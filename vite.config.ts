/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { VitePWA } from "vite-plugin-pwa";
import { linguiCatalogs } from "./scripts/lingui-catalogs.ts";

// The dev server proxies /api like `npm start` does, so the default base URL works in both.
const upstream = process.env.UPSTREAM_URL ?? "https://api.evolink.ai";

// Installable and usable offline: a Workbox service worker precaches the built app (every chunk, so any
// stored conversation renders offline) and nothing else. It never touches /api: no runtime caching, and
// navigations to /api (or an access link, which the server must see) are never answered from the cache.
// A new build waits until the user chooses "Update" (src/app/service-worker.ts registers it, lazily).
const pwa = VitePWA({
  strategies: "generateSW",
  registerType: "prompt",
  injectRegister: false,
  // The manifest is fetched with the access cookie when ACCESS_TOKEN guards the server.
  useCredentials: true,
  manifest: {
    name: "Chat Studio",
    short_name: "Chat Studio",
    description: "A chat studio for OpenAI-compatible chat-completions APIs",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#4f46e5",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  },
  workbox: {
    // Source maps stay out; of KaTeX's fonts only the woff2 files browsers actually load.
    globPatterns: ["**/*.{js,css,html,svg,png,woff2,webmanifest}"],
    navigateFallback: "/index.html",
    navigateFallbackDenylist: [/^\/api(\/|\?|$)/, /[?&]access_token=/],
    cleanupOutdatedCaches: true,
    // The first version controls the open tab at once (it works offline without a reload); later ones wait.
    clientsClaim: true,
    runtimeCaching: [],
  },
});

export default defineConfig({
  plugins: [linguiCatalogs(), react(), tailwindcss(), pwa],
  server: {
    proxy: {
      "/api": {
        target: upstream,
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/api/, ""),
      },
    },
  },
  build: {
    target: "es2022",
    sourcemap: true,
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    // English is active in every test, as it is in the app before start-up picks a language.
    setupFiles: ["src/lib/i18n/test-setup.ts"],
    pool: "threads",
    maxWorkers: 2,
  },
});
