/**
 * The officers' web page and the sidebar through Code.js: a sheet with the seed imported, the
 * directory's addresses filled, a links' secret and the bound sheet's id in script properties
 * (as the first daily e-mail leaves them), and personal links signed as the e-mail signs them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONTAINER_KEY } from "../../src/gas/container";
import { LINK_SECRET_KEY } from "../../src/app/state/linkSecret";
import { signToken } from "../../src/core/links/token";
import { DIRECTORY_TAB } from "../../src/core/workbook/layout";
import { nodeCrypto } from "../../src/node/crypto";
import { createRuntime, loadBundle, type Runtime, type WebAppManifest } from "./runtime";

/** The manifest's webapp section (appsscript.json, argued in README). */
export const WEBAPP: WebAppManifest = { executeAs: "USER_DEPLOYING", access: "ANYONE_ANONYMOUS" };
export const NOW = new Date("2024-11-20T01:00:00Z"); // 08:00 on 20/11/2024 in Vietnam
export const SECRET = "5f3c0d9a7e2b4c61a8d09e7f1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e";
export const OFFICER = "vp.tk@dailanh.gov.vn";

/**
 * Stand-ins for the pages the client build writes (dist/gas/officer.html, sidebar.html): these
 * tests are about which file is served and how, not what the page's script does.
 */
export function pageDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "par-pages-"));
  writeFileSync(join(dir, "officer.html"), '<!DOCTYPE html><html lang="vi"><body><main id="app"></main></body></html>');
  writeFileSync(
    join(dir, "sidebar.html"),
    '<!DOCTYPE html><html lang="vi"><body><main id="dash"></main></body></html>',
  );
  return dir;
}

/** The seed imported, the first directory role given OFFICER's address and the others their own. */
export function bootPages(options: { scopes?: readonly string[] } = {}): Runtime {
  const runtime = createRuntime({ now: NOW, webapp: WEBAPP, htmlDir: pageDir(), ...options });
  loadBundle(runtime);
  runtime.run("menuImportSamplePlan", "menu");
  const directory = runtime.spreadsheet.tab("Danh bạ");
  const email = DIRECTORY_TAB.columns.findIndex((c) => c.key === "email") + 1;
  directory.grid().forEach((row, i) => {
    if (i > 0 && row[0]) directory.type(i + 1, email, i === 1 ? OFFICER : `role${i}@dailanh.gov.vn`);
  });
  runtime.run("menuRefresh", "menu");
  runtime.properties.script.setProperty(LINK_SECRET_KEY, SECRET);
  runtime.properties.script.setProperty(CONTAINER_KEY, runtime.spreadsheet.getId());
  runtime.ui.dialogs.length = 0;
  runtime.calls.reset();
  return runtime;
}

/** A personal link's token for `email`, signed with SECRET, valid until `expires`. */
export function tokenFor(email = OFFICER, expires = "2024-12-04 08:00:00"): string {
  return signToken(nodeCrypto.hmacSha256, SECRET, email, expires);
}

/** Every cell of every tab, the properties of every store, the mail and the triggers: what a call may change. */
export function worldOf(runtime: Runtime): string {
  return JSON.stringify({
    tabs: runtime.spreadsheet.sheets.map((s) => [s.name, s.grid(), s.grid().length]),
    document: [...runtime.properties.document.store],
    script: [...runtime.properties.script.store],
    user: [...runtime.properties.user.store],
    mail: runtime.mail.sent.length,
    triggers: runtime.scriptApp.triggers.map((x) => x.id),
  });
}
