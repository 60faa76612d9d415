// The catalogues are complete and alive: every locale has exactly English's keys, every message is valid
// ICU MessageFormat with the same placeholders as English, and every key is used somewhere in the code.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locale";
import { en } from "./locales/en";
import { ja } from "./locales/ja";

const LOCALES_DIR = join(__dirname, "locales");
const SRC = join(__dirname, "..", "..");

type Flat = Map<string, string>;

function readLocale(locale: string): { namespaces: string[]; messages: Flat } {
  const dir = join(LOCALES_DIR, locale);
  const namespaces = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
  const messages: Flat = new Map();
  for (const ns of namespaces) {
    const data = JSON.parse(readFileSync(join(dir, `${ns}.json`), "utf8")) as Record<string, unknown>;
    for (const [key, value] of Object.entries(data)) {
      if (typeof value !== "string") throw new Error(`${locale}/${ns}.json: "${key}" is not a string`);
      messages.set(`${ns}.${key}`, value);
    }
  }
  return { namespaces, messages };
}

/**
 * The names of a message's arguments ({name}, {n, plural, …}), read from Lingui's compiled form: a string,
 * or a list of literal strings and argument nodes `[name, type?, cases?]` whose cases are lists again.
 */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const content = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    for (const part of node) {
      if (!Array.isArray(part)) continue;
      const [name, , cases] = part as [string, unknown, unknown];
      names.add(name);
      if (cases && typeof cases === "object") Object.values(cases).forEach(content);
    }
  };
  content(compileMessage(message));
  return [...names].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === LOCALES_DIR ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const english = readLocale("en");

describe("catalogues", () => {
  it("index files list every namespace file", () => {
    expect(Object.keys(en).sort()).toEqual(english.namespaces);
    expect(Object.keys(ja).sort()).toEqual(readLocale("ja").namespaces);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale} has exactly the English keys`, () => {
      const other = readLocale(locale);
      expect(other.namespaces).toEqual(english.namespaces);
      const missing = [...english.messages.keys()].filter((k) => !other.messages.has(k));
      const extra = [...other.messages.keys()].filter((k) => !english.messages.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale} messages use the same placeholders as English`, () => {
      const other = readLocale(locale);
      const differing = [...english.messages].filter(
        ([key, message]) =>
          other.messages.has(key) &&
          argumentNames(message).join() !== argumentNames(other.messages.get(key) ?? "").join(),
      );
      expect(differing.map(([key]) => key)).toEqual([]);
    });
  }

  it("every message is valid ICU MessageFormat and not empty", () => {
    for (const locale of LOCALES) {
      for (const [key, message] of readLocale(locale).messages) {
        expect(message.trim(), `${locale} ${key}`).not.toBe("");
        expect(() => compileMessage(message), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it("every key is used in the code, written out in full", () => {
    const code = sourceFiles(SRC)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused = [...english.messages.keys()].filter(
      (key) => !code.includes(`"${key}"`) && !code.includes(`'${key}'`) && !code.includes(`\`${key}\``),
    );
    expect(unused, `unused keys (searched ${relative(process.cwd(), SRC)})`).toEqual([]);
  });
});

describe("argumentNames", () => {
  it("finds plain, formatted and plural arguments", () => {
    expect(argumentNames("Hello {name}, {count, plural, one {# item} other {# items in {place}}}")).toEqual([
      "count",
      "name",
      "place",
    ]);
    expect(argumentNames("no arguments")).toEqual([]);
  });
});
