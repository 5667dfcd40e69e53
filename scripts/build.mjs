// Builds the Apps Script project (dist/gas) and the command-line tool (dist/cli).
//
// Apps Script runs one classic script: no import/export, and only top-level `function`
// declarations can be called from menus, triggers and google.script.run. So the entry module
// is bundled as an IIFE into one global, and a top-level function is generated for each of
// its exports, read from esbuild's metafile: the list is never kept by hand.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const GAS_ENTRY = "src/gas/main.ts";
const GLOBAL = "__parPlan";
/** The province's roll-up: a second deployable from the same sources, with its own entry and manifest. */
const ROLLUP = { entry: "src/gas/rollup/main.ts", outDir: "dist/rollup", manifest: "rollup/appsscript.json" };
const common = {
  bundle: true,
  charset: "utf8", // Vietnamese stays readable in the execution log and in Code.js
  loader: { ".txt": "text" },
  logLevel: "warning",
  legalComments: "none",
};

export async function entryExports(entry = GAS_ENTRY) {
  const probe = await build({
    ...common,
    entryPoints: [entry],
    format: "esm",
    platform: "neutral",
    target: "es2020",
    write: false,
    metafile: true,
    outfile: "probe.js",
    mainFields: ["module", "main"],
  });
  const output = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  const names = [...(output?.exports ?? [])].sort();
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`entry export "${name}" is not a valid function name`);
  }
  return names;
}

/** One Code.js: the entry bundled as an IIFE into one global, and a top-level function per export. */
async function bundleEntry(entry, outDir, banner) {
  const names = await entryExports(entry);
  const footer = [
    "",
    `// Entry points, generated from the exports of ${entry}.`,
    ...names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`),
    "",
  ].join("\n");
  await build({
    ...common,
    entryPoints: [entry],
    outfile: join(outDir, "Code.js"),
    format: "iife",
    globalName: GLOBAL,
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2020",
    minify: false, // readable stack traces in the Apps Script execution log
    banner: { js: banner },
    footer: { js: footer },
  });
  return names;
}

async function buildGas() {
  rmSync("dist/gas", { recursive: true, force: true });
  mkdirSync("dist/gas", { recursive: true });
  const names = await bundleEntry(
    GAS_ENTRY,
    "dist/gas",
    "// PAR plan tracker for Google Sheets. Built file: edit src/, then run `npm run build`.",
  );
  copyFileSync("appsscript.json", "dist/gas/appsscript.json");
  const htmlDir = "src/gas/html";
  try {
    for (const f of readdirSync(htmlDir)) if (f.endsWith(".html")) copyFileSync(join(htmlDir, f), join("dist/gas", f));
  } catch {
    // no dialogs of their own
  }
  await buildPages();
  buildAddon();
  return names;
}

/** The pages: each a client entry in src/client, with its style sheets, and the file name clasp pushes. */
const PAGES = [
  { file: "officer", entry: "src/client/officer.ts", css: ["src/client/base.css", "src/client/officer.css"] },
  { file: "sidebar", entry: "src/client/sidebar.ts", css: ["src/client/base.css", "src/client/sidebar.css"] },
];

/**
 * Each page as one complete HTML document, its script and style inline: HtmlService serves a
 * file as it is (createHtmlOutputFromFile("officer") reads dist/gas/officer.html), and the local
 * harness serves the same file. <base target="_top"> makes links leave the sandbox's iframe, as
 * developers.google.com/apps-script/guides/html/restrictions#links says. No meta viewport: the
 * server sets it with addMetaTag, HtmlService ignores one written in the file.
 */
async function buildPages() {
  for (const page of PAGES) {
    const out = await build({
      ...common,
      entryPoints: [page.entry],
      format: "iife",
      platform: "browser",
      target: "es2019",
      minify: true,
      write: false,
      outfile: `${page.file}.js`,
    });
    // "</script" inside the code would end the inline element early; "<\/script" means the same to JS.
    const script = out.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
    const style = page.css.map((f) => readFileSync(f, "utf8")).join("\n");
    const html =
      '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<base target="_top">\n' +
      `<style>\n${style}</style>\n</head>\n<body>\n<main id="app" aria-busy="true"></main>\n` +
      `<script>\n${script}</script>\n</body>\n</html>\n`;
    writeFileSync(join("dist/gas", `${page.file}.html`), html);
  }
}

/**
 * The Editor add-on: the same Code.js, with a manifest whose spreadsheet scope is `spreadsheets`
 * instead of `spreadsheets.currentonly`: an add-on's daily trigger runs with no active
 * spreadsheet and opens its document by id, which needs it. Pushed with `npm run push:addon`.
 * It has no web app section: a web app executing as its deployer would be the add-on's
 * developer, who cannot open a commune's document, and an add-on's web app would serve every
 * commune from one URL (README, "Web page for officers").
 */
function buildAddon() {
  rmSync("dist/addon", { recursive: true, force: true });
  mkdirSync("dist/addon", { recursive: true });
  for (const f of readdirSync("dist/gas"))
    if (/\.(js|html)$/.test(f)) copyFileSync(join("dist/gas", f), join("dist/addon", f));
  const manifest = JSON.parse(readFileSync("appsscript.json", "utf8"));
  delete manifest.webapp;
  manifest.oauthScopes = manifest.oauthScopes.map((s) =>
    s.endsWith("/spreadsheets.currentonly") ? "https://www.googleapis.com/auth/spreadsheets" : s,
  );
  manifest.oauthScopes = [...new Set(manifest.oauthScopes)]; // the bound one lists both, for its web page
  writeFileSync("dist/addon/appsscript.json", JSON.stringify(manifest, null, 2) + "\n");
}

/**
 * The province's roll-up workbook (docs/rollup.md, "Deployment"): its own Code.js and manifest
 * in dist/rollup, pushed with `npm run push:rollup` (.clasp.rollup.json). No pages, no web app.
 */
async function buildRollup() {
  rmSync(ROLLUP.outDir, { recursive: true, force: true });
  mkdirSync(ROLLUP.outDir, { recursive: true });
  const names = await bundleEntry(
    ROLLUP.entry,
    ROLLUP.outDir,
    "// PAR plan tracker: the province's roll-up. Built file: edit src/, then run `npm run build`.",
  );
  copyFileSync(ROLLUP.manifest, join(ROLLUP.outDir, "appsscript.json"));
  buildRollupBigQuery();
  return names;
}

/**
 * The roll-up for a province that exports to BigQuery (docs/national.md, "The manifest"): the
 * same Code.js, its manifest with the BigQuery advanced service and the one scope a load job
 * accepts. Scopes are granted at install, not per setting, so a province that does not export
 * installs dist/rollup and is never asked for BigQuery. Pushed with `npm run push:rollup-bigquery`.
 */
function buildRollupBigQuery() {
  const out = "dist/rollup-bigquery";
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(join(ROLLUP.outDir, "Code.js"), join(out, "Code.js"));
  const manifest = JSON.parse(readFileSync(ROLLUP.manifest, "utf8"));
  manifest.oauthScopes = [...manifest.oauthScopes, "https://www.googleapis.com/auth/bigquery"];
  manifest.dependencies = {
    ...manifest.dependencies,
    enabledAdvancedServices: [
      ...(manifest.dependencies?.enabledAdvancedServices ?? []),
      { userSymbol: "BigQuery", serviceId: "bigquery", version: "v2" },
    ],
  };
  writeFileSync(join(out, "appsscript.json"), JSON.stringify(manifest, null, 2) + "\n");
}

async function buildCli() {
  rmSync("dist/cli", { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: ["src/node/cli.ts"],
    outfile: "dist/cli/cli.js",
    format: "cjs",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
  });
}

const names = await buildGas();
const rollupNames = await buildRollup();
await buildCli();
const size = statSync("dist/gas/Code.js").size;
const lines = readFileSync("dist/gas/Code.js", "utf8").split("\n").length;
const report = `dist/gas/Code.js: ${(size / 1024).toFixed(1)} KB, ${lines} lines; entry points: ${names.join(", ")}`;

const rollupSize = statSync(join(ROLLUP.outDir, "Code.js")).size;
console.log(report);
console.log(`${ROLLUP.outDir}/Code.js: ${(rollupSize / 1024).toFixed(1)} KB; entry points: ${rollupNames.join(", ")}`);
