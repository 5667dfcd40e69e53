/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "\\.(ts|txt)$": "<rootDir>/test/transform.cjs" },
  moduleFileExtensions: ["ts", "js", "json", "txt"],
  testTimeout: 60000,
};
