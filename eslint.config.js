import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { importX, createNodeResolver } from "eslint-plugin-import-x";

// Layers import one way: lib/domain/components -> store -> features -> app (see shared style.md).
const layerRules = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((layer) => ({
          group: [`**/${layer}/**`, `**/${layer}`],
          message: `src/${from} must not import from src/${layer} (imports run lib/domain -> store -> features -> app).`,
        })),
      },
    ],
  },
});

// A feature does not import another feature's files: what two features share moves to components/ or
// lib/. Every folder under src/features is a feature, so a new one is covered without editing this file.
const root = path.dirname(fileURLToPath(import.meta.url));
const features = readdirSync(path.join(root, "src/features"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureBoundaries = {
  files: ["src/features/**/*.{ts,tsx}"],
  rules: {
    "import-x/no-restricted-paths": [
      "error",
      {
        basePath: root,
        zones: features.map((feature) => ({
          target: `./src/features/${feature}`,
          from: "./src/features",
          except: [`./${feature}`],
          message: `src/features/${feature} must not import another feature's files; move what both need to src/components or src/lib.`,
        })),
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ["dist", "node_modules", "playwright-report", "test-results", "bench-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs"] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "import-x/no-cycle": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  layerRules("lib", ["domain", "store", "features", "app", "components"]),
  layerRules("domain", ["store", "features", "app", "components"]),
  layerRules("components", ["store", "features", "app"]),
  layerRules("store", ["features", "app"]),
  layerRules("features", ["app"]),
  featureBoundaries,
);
