// The import rules that keep the layers and the feature folders apart. eslint.config.js applies them;
// scripts/lint-boundaries.test.ts lints probe imports with these rules alone to show that they fire.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importX, createNodeResolver } from "eslint-plugin-import-x";

const root = path.dirname(fileURLToPath(import.meta.url));

/** The import-x plugin and how it finds the file an import names. @type {import("eslint").Linter.Config} */
export const importResolution = {
  files: ["**/*.{ts,tsx,js,mjs}"],
  plugins: { "import-x": importX },
  settings: {
    "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs"] })],
  },
};

// Layers import one way: lib/domain/components -> store -> services -> features -> app.
const layerRules = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((layer) => ({
          group: [`**/${layer}/**`, `**/${layer}`],
          message: `src/${from} must not import from src/${layer} (imports run lib/domain -> store -> services -> features -> app).`,
        })),
      },
    ],
  },
});

// A feature does not import another feature's files: what two features share moves to components/ or
// lib/. Every folder under src/features is a feature, so a new one is covered without editing this file.
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

/** @type {import("eslint").Linter.Config[]} */
export const boundaries = [
  layerRules("lib", ["domain", "store", "services", "features", "app", "components"]),
  layerRules("domain", ["store", "services", "features", "app", "components"]),
  layerRules("components", ["store", "services", "features", "app"]),
  layerRules("store", ["services", "features", "app"]),
  layerRules("services", ["features", "app"]),
  layerRules("features", ["app"]),
  featureBoundaries,
];
