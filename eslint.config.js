import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { boundaries, importResolution } from "./eslint.boundaries.js";

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

export default tseslint.config(
  { ignores: ["dist", "node_modules", "playwright-report", "test-results", "bench-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importResolution,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
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
    ignores: ["src/**/*.test.tsx"],
    rules: { "no-restricted-syntax": noInlineText },
  },
  ...boundaries,
);
