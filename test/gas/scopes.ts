/**
 * Which OAuth scopes each Apps Script call needs, and what a run's authorization mode allows.
 * The manifest's explicit `oauthScopes` are all a script gets: "Apps Script automatically
 * determines required scopes by scanning the code … you must exercise more direct control for
 * published add-ons" (developers.google.com/apps-script/concepts/scopes#set-explicit), and a call
 * whose scope is missing throws "You do not have permission to call X. Required permissions: Y"
 * (the message Apps Script prints, e.g. for ScriptApp.newTrigger and SpreadsheetApp.openById).
 *
 * Each entry lists the scopes of which any one will do, as the "Authorization" section of the
 * method's reference page does. Calls not listed need none.
 */

const G = "https://www.googleapis.com/auth/";
const SHEETS_CURRENT = [`${G}spreadsheets.currentonly`, `${G}spreadsheets`];

/** Scopes by "Class.method"; "Class.*" covers a whole class. */
export const REQUIRED_SCOPES: Readonly<Record<string, readonly string[]>> = {
  // developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app: getActiveSpreadsheet,
  // getActive… take currentonly or spreadsheets; open, openById and openByUrl reach other files,
  // which currentonly does not: spreadsheets, or spreadsheets.readonly for a script that only
  // reads them ("if your script needs read-only access to your spreadsheets, the manifest may
  // have the scope …/spreadsheets.readonly": developers.google.com/apps-script/concepts/scopes).
  "SpreadsheetApp.openById": [`${G}spreadsheets`, `${G}spreadsheets.readonly`],
  "SpreadsheetApp.openByUrl": [`${G}spreadsheets`, `${G}spreadsheets.readonly`],
  "SpreadsheetApp.open": [`${G}spreadsheets`, `${G}spreadsheets.readonly`],
  "SpreadsheetApp.getActiveSpreadsheet": SHEETS_CURRENT,
  "SpreadsheetApp.getActive": SHEETS_CURRENT,
  "SpreadsheetApp.getActiveSheet": SHEETS_CURRENT,
  "Spreadsheet.*": SHEETS_CURRENT,
  "Sheet.*": SHEETS_CURRENT,
  "Range.*": SHEETS_CURRENT,
  "Protection.*": SHEETS_CURRENT,
  // developers.google.com/apps-script/reference/base/ui: dialogs and sidebars need
  // script.container.ui; menus are built even in AuthMode.NONE (see below).
  "Ui.alert": [`${G}script.container.ui`],
  "Ui.prompt": [`${G}script.container.ui`],
  "Ui.showSidebar": [`${G}script.container.ui`],
  "Ui.showModalDialog": [`${G}script.container.ui`],
  "Ui.showModelessDialog": [`${G}script.container.ui`],
  // developers.google.com/apps-script/reference/mail/mail-app: every method, script.send_mail.
  "MailApp.*": [`${G}script.send_mail`],
  // developers.google.com/apps-script/reference/drive/drive-app and …/drive/file: createFile
  // and setTrashed list only drive; getFileById drive.readonly or drive. drive.file is not
  // enough for DriveApp.
  "DriveApp.createFile": [`${G}drive`],
  "DriveApp.getFileById": [`${G}drive.readonly`, `${G}drive`],
  "DriveApp.*": [`${G}drive.readonly`, `${G}drive`],
  "File.setTrashed": [`${G}drive`],
  "File.*": [`${G}drive.readonly`, `${G}drive`],
  // The Drive advanced service calls the Drive API, whose files.create/update/delete accept
  // drive.file for files the app created (developers.google.com/drive/api/guides/about-auth);
  // the currentonly scopes do not reach advanced services
  // (developers.google.com/workspace/add-ons/concepts/editor-scopes).
  "Drive.Files.*": [`${G}drive.file`, `${G}drive`],
  // The BigQuery advanced service calls the BigQuery API, whose jobs.insert and jobs.get take
  // bigquery or cloud-platform (cloud.google.com/bigquery/docs/reference/rest/v2/jobs/insert,
  // "Authorization scopes"); bigquery.insertdata reaches only streaming inserts.
  "BigQuery.Jobs.*": [`${G}bigquery`, `${G}cloud-platform`],
  // developers.google.com/apps-script/reference/script/script-app: triggers need script.scriptapp.
  "ScriptApp.newTrigger": [`${G}script.scriptapp`],
  "ScriptApp.getProjectTriggers": [`${G}script.scriptapp`],
  "ScriptApp.getUserTriggers": [`${G}script.scriptapp`],
  "ScriptApp.deleteTrigger": [`${G}script.scriptapp`],
  // developers.google.com/apps-script/reference/base/session: userinfo.email.
  "Session.getActiveUser": [`${G}userinfo.email`],
  "Session.getEffectiveUser": [`${G}userinfo.email`],
};

/** The scopes a call needs ([] when none). */
export function scopesFor(call: string): readonly string[] {
  if (REQUIRED_SCOPES[call]) return REQUIRED_SCOPES[call];
  const cls = call.slice(0, call.lastIndexOf("."));
  return REQUIRED_SCOPES[`${cls}.*`] ?? [];
}

/**
 * The scopes a call on ANOTHER spreadsheet needs (one opened by id or URL, not the script's
 * own): currentonly covers "only the current spreadsheet"
 * (developers.google.com/workspace/add-ons/concepts/editor-scopes), so it never serves here;
 * reading takes spreadsheets.readonly ("View your Google Spreadsheets") or spreadsheets, and
 * anything that changes the file takes spreadsheets ("allows read and write access":
 * developers.google.com/apps-script/concepts/scopes). A read is a getter (get…, is…, has…).
 */
export function foreignScopes(call: string): readonly string[] {
  const method = call.slice(call.lastIndexOf(".") + 1);
  return /^(get|is|has)/.test(method) ? [`${G}spreadsheets.readonly`, `${G}spreadsheets`] : [`${G}spreadsheets`];
}

export type AuthMode = "NONE" | "LIMITED" | "FULL";

/**
 * What each authorization mode allows (developers.google.com/workspace/add-ons/concepts/
 * editor-auth-lifecycle, the table of modes): NONE — an add-on's onOpen before it is used in the
 * document — adds menu items and uses Logger and Utilities, nothing else ("permissions fail and
 * other calls, such as filling in menus, stop"); LIMITED — a simple trigger — reaches the
 * document it is bound to and anything that needs no authorization, "but can't access other
 * files" nor send mail (developers.google.com/apps-script/guides/triggers#restrictions).
 */
export function allowedIn(mode: AuthMode, call: string, needs: readonly string[] = scopesFor(call)): boolean {
  if (mode === "FULL") return true;
  const cls = call.slice(0, call.lastIndexOf("."));
  if (mode === "NONE")
    return (
      cls === "Logger" ||
      cls === "Utilities" ||
      cls === "Menu" ||
      call === "SpreadsheetApp.getUi" ||
      call === "Ui.createMenu" ||
      call === "Ui.createAddonMenu"
    );
  return (
    needs.length === 0 ||
    needs.includes(SHEETS_CURRENT[0]) ||
    needs.includes(`${G}script.container.ui`) ||
    // Session answers in a simple trigger, with an empty address (modelled in FakeSession).
    cls === "Session"
  );
}

/** The exception Apps Script throws for a call the script may not make. */
export function permissionError(call: string, needs: readonly string[]): Error {
  return new Error(
    `Exception: You do not have permission to call ${call}. Required permissions: ${needs.join(", ") || "(authorization)"}`,
  );
}
