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

// User-visible words come from the catalogues (src/lib/i18n/locales), never from a component's source:
// text between JSX tags, string literals rendered as children, and literals given to the attributes and
// props that name or describe a control. A letter of any script counts; punctuation and symbols alone do not.
const LETTER = String.raw`/\p{L}/u`;
const NAMING_PROPS = String.raw`/^(aria-label|aria-valuetext|aria-description|aria-roledescription|alt|title|placeholder|label|submitLabel)$/`;
const inlineText = (selector, what) => ({
  selector,
  message: `${what} is written inline. Add it to the catalogues (src/lib/i18n/locales/*/<namespace>.json) and read it with t("namespace.key").`,
});
// What an expression renders: a literal or template, directly or as a branch of `?:`, `&&`, `??` (two deep).
const BRANCH = ":matches(ConditionalExpression, LogicalExpression)";
const rendered = (container) =>
  ["", ` > ${BRANCH}`, ` > ${BRANCH} > ${BRANCH}`]
    .flatMap((branches) => [
      `${container}${branches} > Literal[value=${LETTER}]`,
      `${container}${branches} > TemplateLiteral > TemplateElement[value.raw=${LETTER}]`,
    ])
    .join(", ");
const noInlineText = [
  "error",
  inlineText(`JSXText[value=${LETTER}]`, "Text between JSX tags"),
  inlineText(
    rendered(":matches(JSXElement, JSXFragment) > JSXExpressionContainer"),
    "A string rendered as JSX content",
  ),
  inlineText(`JSXAttribute[name.name=${NAMING_PROPS}] > Literal[value=${LETTER}]`, "A naming attribute"),
  inlineText(
    rendered(`JSXAttribute[name.name=${NAMING_PROPS}] > JSXExpressionContainer`),
    "A naming attribute",
  ),
];

// Files whose words are still being moved into the catalogues; this list only shrinks.
const NOT_YET_TRANSLATED = [
  "src/app/App.tsx",
  "src/app/ErrorBoundary.tsx",
  "src/app/StorageAlert.tsx",
  "src/features/chat/ChatView.tsx",
  "src/features/chat/CodeBlock.tsx",
  "src/features/chat/Composer.tsx",
  "src/features/chat/EditBox.tsx",
  "src/features/chat/MessageItem.tsx",
  "src/features/chat/MessageList.tsx",
  "src/features/chat/ReplyMeta.tsx",
  "src/features/chat/attachments/AttachInput.tsx",
  "src/features/chat/attachments/DraftImages.tsx",
  "src/features/chat/attachments/EditImages.tsx",
  "src/features/chat/attachments/ImageThumb.tsx",
  "src/features/chat/attachments/Lightbox.tsx",
  "src/features/chat/attachments/MessageImages.tsx",
  "src/features/chat/markdown/Block.tsx",
  "src/features/compare/ColumnParams.tsx",
  "src/features/compare/CompareColumnView.tsx",
  "src/features/compare/CompareLauncher.tsx",
  "src/features/compare/CompareView.tsx",
  "src/features/conversations/Sidebar.tsx",
  "src/features/parameters/ExtraBodyField.tsx",
  "src/features/parameters/ParamRow.tsx",
  "src/features/parameters/ParametersPanel.tsx",
  "src/features/parameters/PresetPicker.tsx",
  "src/features/parameters/RequestPreview.tsx",
  "src/features/settings/SettingsDialogContent.tsx",
  "src/features/settings/StorageUsage.tsx",
  "src/features/transfer/TransferControls.tsx",
];

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
  {
    files: ["src/**/*.tsx"],
    ignores: ["src/**/*.test.tsx", ...NOT_YET_TRANSLATED],
    rules: { "no-restricted-syntax": noInlineText },
  },
  layerRules("lib", ["domain", "store", "features", "app", "components"]),
  layerRules("domain", ["store", "features", "app", "components"]),
  layerRules("components", ["store", "features", "app"]),
  layerRules("store", ["features", "app"]),
  layerRules("features", ["app"]),
);
