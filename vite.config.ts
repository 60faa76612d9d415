/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { linguiCatalogs } from "./scripts/lingui-catalogs";

// The dev server proxies /api like `npm start` does, so the default base URL works in both.
const upstream = process.env.UPSTREAM_URL ?? "https://api.evolink.ai";

export default defineConfig({
  plugins: [linguiCatalogs(), react(), tailwindcss()],
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
