import type { Config } from "tailwindcss";

// Tailwind v4 reads this through `@config` in src/index.css; the design tokens live here.
export default {
  content: ["./index.html", "./src/**/*.{ts,tsx}"],
  // Dark styles follow <html data-theme="dark">, set from the Theme setting (System follows the OS).
  darkMode: ["selector", '[data-theme="dark"]'],
  theme: {
    extend: {
      fontFamily: {
        sans: [
          "Inter",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Hiragino Sans",
          "Noto Sans JP",
          "Meiryo",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
      },
    },
  },
} satisfies Config;
