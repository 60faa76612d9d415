// public/theme-boot.js (loaded by index.html) applies the saved theme before the app loads; it must reach
// the same answer as resolveTheme.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveTheme, THEME_PREFERENCES } from "../domain/theme";
import { defaultSettings } from "../domain/types";

const html = readFileSync(new URL("../../index.html", import.meta.url), "utf8");
const script = readFileSync(new URL("../../public/theme-boot.js", import.meta.url), "utf8");

function boot(meta: string | null, systemDark: boolean) {
  const root = { dataset: {} as Record<string, string>, style: {} as Record<string, string> };
  const localStorage = { getItem: (key: string) => (key === "chat-studio:meta" ? meta : null) };
  const window = {
    matchMedia: (q: string) => ({ matches: q === "(prefers-color-scheme: dark)" && systemDark }),
  };
  new Function("localStorage", "window", "document", script)(localStorage, window, {
    documentElement: root,
  });
  return { theme: root.dataset.theme, colorScheme: root.style.colorScheme };
}

describe("the theme script index.html loads first", () => {
  it("exists, and index.html loads it as a blocking script in <head>", () => {
    expect(script).toContain("chat-studio:meta");
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? "";
    expect(head).toContain('<script src="/theme-boot.js"></script>');
  });

  for (const preference of THEME_PREFERENCES) {
    for (const systemDark of [false, true]) {
      it(`${preference} with a ${systemDark ? "dark" : "light"} system`, () => {
        const meta = JSON.stringify({ version: 1, settings: { ...defaultSettings(), theme: preference } });
        const expected = resolveTheme(preference, systemDark);
        expect(boot(meta, systemDark)).toEqual({ theme: expected, colorScheme: expected });
      });
    }
  }

  it("follows the system when nothing (or nothing readable) is saved", () => {
    for (const meta of [null, "{not json", JSON.stringify({ settings: {} }), "null"]) {
      expect(boot(meta, true).theme).toBe("dark");
      expect(boot(meta, false).theme).toBe("light");
    }
  });
});
