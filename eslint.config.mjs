// ESLint: typescript-eslint's recommended rules, plus the project's own rules that a reviewer would
// otherwise have to remember. Formatting is prettier's job (.prettierrc.json), not the linter's.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process", "exceljs", "mammoth"],
              message: "The core and app are pure: Node belongs in src/node.",
            },
          ],
        },
      ],
    },
  },
  {
    // Apps Script services only in src/gas.
    files: ["src/core/**/*.ts", "src/app/**/*.ts", "src/node/**/*.ts", "src/memory/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...[
          "SpreadsheetApp",
          "MailApp",
          "GmailApp",
          "ScriptApp",
          "PropertiesService",
          "LockService",
          "HtmlService",
          "DriveApp",
          "Session",
          "Utilities",
        ].map((name) => ({ name, message: "Apps Script services are used only in src/gas." })),
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
