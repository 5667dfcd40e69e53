// ESLint: typescript-eslint's recommended rules, plus the project's own rules that a reviewer would
// otherwise have to remember. Formatting is prettier's job (.prettierrc.json), not the linter's.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Apps Script's global services: only src/gas may name them. */
const APPS_SCRIPT_SERVICES = [
  "SpreadsheetApp",
  "MailApp",
  "GmailApp",
  "ScriptApp",
  "PropertiesService",
  "LockService",
  "CacheService",
  "HtmlService",
  "ContentService",
  "DriveApp",
  "Drive",
  "BigQuery",
  "Charts",
  "UrlFetchApp",
  "Session",
  "Utilities",
  "Logger",
];

/** Node's modules and the Node-only packages: never in the pure core or the use cases. */
const NODE_ONLY = ["node:*", "fs", "path", "os", "child_process", "exceljs", "mammoth", "node-html-parser"];

/** A layer's import rule: what files under `files` may not import. */
function layer(files, forbidden, message) {
  return {
    files: [files],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: forbidden, message },
            { group: NODE_ONLY, message: "Node belongs in src/node." },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/", "out/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      // Unused code is dead code: underscore-prefixed names say "unused on purpose".
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Lines a reader can live with: prettier wraps code at 120; strings and comments are kept under 140.
      "max-len": ["error", { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // The core and the use cases never read the clock themselves: today comes in as an argument.
    files: ["src/core/**/*.ts", "src/app/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Take the clock as an argument.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Take the clock as an argument.",
        },
      ],
    },
  },
  // The layers import inward only (docs/architecture.md): core ← app ← gas, node; read/ ← commands/.
  layer(
    "src/core/**/*.ts",
    ["**/app/**", "**/gas/**", "**/node/**", "**/memory/**", "**/ports"],
    "The core imports nothing outside src/core.",
  ),
  layer(
    "src/app/**/*.ts",
    ["**/gas/**", "**/node/**", "**/memory/**"],
    "The use cases see the world only through src/ports.ts.",
  ),
  layer(
    "src/app/read/**/*.ts",
    ["**/commands/**", "**/write/**", "**/gas/**", "**/node/**", "**/memory/**"],
    "read/ only reads: it imports no command and no writer.",
  ),
  layer(
    "src/client/**/*.ts",
    ["**/app/**", "**/gas/**", "**/node/**", "**/memory/**", "**/ports"],
    "The pages import only the bridge's types, the catalogue and small pure modules of src/core.",
  ),
  {
    // The pages build their DOM from elements and text: nothing from the server is parsed as HTML.
    files: ["src/client/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML", "insertAdjacentHTML", "srcdoc"].map((property) => ({
          property,
          message: "Build the DOM with el() and textContent (src/client/dom.ts).",
        })),
        { object: "document", property: "write", message: "Build the DOM with el() (src/client/dom.ts)." },
        { object: "document", property: "writeln", message: "Build the DOM with el() (src/client/dom.ts)." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^on/i]",
          message: "No handler attributes: use addEventListener.",
        },
        { selector: "CallExpression[callee.name='eval']", message: "No eval in the pages." },
        { selector: "NewExpression[callee.name='Function']", message: "No code from text in the pages." },
      ],
    },
  },
  {
    // The bridge is types only: the client bundle that imports it must carry no server code.
    files: ["src/bridge/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../**", "./**"], allowTypeImports: true, message: "The bridge holds types only." }] },
      ],
    },
  },
  {
    // Apps Script services only in src/gas.
    files: ["src/core/**/*.ts", "src/app/**/*.ts", "src/node/**/*.ts", "src/memory/**/*.ts", "src/client/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...APPS_SCRIPT_SERVICES.map((name) => ({ name, message: "Apps Script services are used only in src/gas." })),
      ],
    },
  },
  {
    // Build scripts and configs run in Node as CommonJS or ES modules.
    files: ["**/*.cjs", "**/*.mjs"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        console: "readonly",
        process: "readonly",
        __dirname: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-explicit-any": "off",
      // An expected message or a table row is kept whole, so a reader can search for it.
      "max-len": [
        "error",
        { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
    },
  },
);
