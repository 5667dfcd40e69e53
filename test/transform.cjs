// Jest transform: TypeScript through esbuild (fast, and the same compiler as the build), and
// .txt files as strings, as the build's text loader bundles them.
const { transformSync } = require("esbuild");

module.exports = {
  process(source, file) {
    if (file.endsWith(".txt"))
      return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
    const { code, map } = transformSync(source, {
      loader: file.endsWith(".ts") ? "ts" : "js",
      format: "cjs",
      target: "node20",
      sourcemap: "external",
      sourcefile: file,
    });
    return { code, map };
  },
};
