import type { Config } from "tailwindcss";

// Tailwind v4 reads this through `@config` in src/index.css; the design tokens live here.
export default {
  content: ["./index.html", "./src/**/*.{ts,tsx}"],
  // Dark styles follow <html data-theme="dark">, set from the Theme setting (System follows the OS).
  darkMode: ["selector", '[data-theme="dark"]'],
  theme: {
    extend: {
      fontFamily: {
        // Latin faces first, then a Japanese face per platform: macOS/iOS (Hiragino), Windows (Yu Gothic
        // UI, Meiryo), Linux and Android (Noto Sans CJK JP / Noto Sans JP). Naming the JP cut keeps kanji from
        // falling back to a Chinese variant of the same glyph.
        sans: [
          "Inter",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "Hiragino Sans",
          "Hiragino Kaku Gothic ProN",
          "Yu Gothic UI",
          "Meiryo",
          "Noto Sans CJK JP",
          "Noto Sans JP",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
      },
    },
  },
} satisfies Config;
