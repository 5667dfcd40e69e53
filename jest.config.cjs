/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "\\.(ts|txt)$": "<rootDir>/test/transform.cjs" },
  moduleFileExtensions: ["ts", "js", "json", "txt"],
  testTimeout: 60000,
  // Any console.error or unexpected-error dialog from the bundle fails the test (test/gas/strict.ts).
  setupFilesAfterEnv: ["<rootDir>/test/gas/strict.ts"],
};
