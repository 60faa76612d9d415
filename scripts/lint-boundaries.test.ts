// The lint rules that keep the layers and the feature folders apart, checked on small probe files: each
// import below is linted as if it were written in the given file. Only those rules are loaded (the rest of
// eslint.config.js costs seconds of CPU that other tests running beside this one would feel).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { boundaries, importResolution } from "../eslint.boundaries.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [importResolution, ...boundaries],
  });
});

/** The rules broken by `code` placed at `file`. */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("feature boundaries", () => {
  it("forbid a feature to import another feature's files, statically or lazily", async () => {
    expect(await broken("src/features/settings/Probe.ts", 'import "../chat/send-message";')).toEqual([
      "import-x/no-restricted-paths",
    ]);
    expect(
      await broken("src/features/chat/list/Probe.ts", 'void import("../../compare/ColumnParams");'),
    ).toEqual(["import-x/no-restricted-paths"]);
  });

  it("let a feature use its own files and the shared layers", async () => {
    const code = [
      'import "./markdown/Block";',
      'import "../../components/ui/button";',
      'import "../../lib/lazy";',
      'import "../../store/app-store";',
      'import "../../domain/parameters";',
    ].join("\n");
    expect(await broken("src/features/chat/Probe.ts", code)).toEqual([]);
  });
});

describe("layers", () => {
  it("import one way: lib and domain know nothing above them, the store knows no feature", async () => {
    expect(await broken("src/store/Probe.ts", 'import "../features/chat/send-message";')).toEqual([
      "no-restricted-imports",
    ]);
    expect(await broken("src/lib/Probe.ts", 'import "../store/app-store";')).toEqual([
      "no-restricted-imports",
    ]);
    expect(await broken("src/domain/Probe.ts", 'import "../components/ui/button";')).toEqual([
      "no-restricted-imports",
    ]);
  });

  it("put services between the store and the features", async () => {
    expect(await broken("src/store/Probe.ts", 'import "../services/reply-runner";')).toEqual([
      "no-restricted-imports",
    ]);
    expect(await broken("src/services/Probe.ts", 'import "../features/chat/send-message";')).toEqual([
      "no-restricted-imports",
    ]);
    expect(await broken("src/services/Probe.ts", 'import "../store/streams";')).toEqual([]);
    expect(await broken("src/features/chat/Probe.ts", 'import "../../services/reply-runner";')).toEqual([]);
  });
});
