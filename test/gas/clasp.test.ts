import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers";

describe("the clasp project", () => {
  test("pushes exactly the files in dist/gas, and nothing else", () => {
    const out = execFileSync("npx", ["--no-install", "clasp", "status", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60000,
    });
    const status = JSON.parse(out) as { filesToPush: string[]; untrackedFiles: string[] };
    const built = readdirSync(join(ROOT, "dist", "gas"))
      .map((f) => `dist/gas/${f}`)
      .sort();
    expect(status.filesToPush.sort()).toEqual(built);
    expect(built).toEqual([
      "dist/gas/Code.js",
      "dist/gas/appsscript.json",
      "dist/gas/officer.html",
      "dist/gas/sidebar.html",
    ]);
  });

  test("the roll-up's project (.clasp.rollup.json) pushes exactly dist/rollup's Code.js and manifest", () => {
    const clasp = JSON.parse(readFileSync(join(ROOT, ".clasp.rollup.json"), "utf8"));
    expect(clasp).toEqual({ scriptId: expect.stringMatching(/REPLACE/), rootDir: "dist/rollup" });
    const out = execFileSync("npx", ["--no-install", "clasp", "-P", ".clasp.rollup.json", "status", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60000,
    });
    const status = JSON.parse(out) as { filesToPush: string[] };
    expect(status.filesToPush.sort()).toEqual(["dist/rollup/Code.js", "dist/rollup/appsscript.json"]);
    expect(readdirSync(join(ROOT, "dist", "rollup")).sort()).toEqual(["Code.js", "appsscript.json"]);
  });

  test(".clasp.json points at dist/gas with a placeholder script id", () => {
    const clasp = JSON.parse(readFileSync(join(ROOT, ".clasp.json"), "utf8"));
    expect(clasp).toEqual({ scriptId: expect.stringMatching(/REPLACE/), rootDir: "dist/gas" });
  });

  test("the manifest runs on V8 in Vietnam's time zone with only the scopes it needs", () => {
    // spreadsheets: the web page's runs have no active spreadsheet and open the bound one by id (README).
    const manifest = JSON.parse(readFileSync(join(ROOT, "dist", "gas", "appsscript.json"), "utf8"));
    expect(manifest).toMatchObject({ timeZone: "Asia/Ho_Chi_Minh", runtimeVersion: "V8" });
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/spreadsheets",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/userinfo.email",
      "https://www.googleapis.com/auth/drive.file",
      "https://www.googleapis.com/auth/script.send_mail",
      "https://www.googleapis.com/auth/script.scriptapp",
    ]);
    expect(manifest).toEqual(JSON.parse(readFileSync(join(ROOT, "appsscript.json"), "utf8")));
  });
});
