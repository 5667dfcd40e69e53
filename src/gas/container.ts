import { UserError } from "../core/errors";
import { isAddon } from "./addon";
import { scriptStore } from "./sheetsWorkbook";

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The script property that names the sheet the script is bound to, for the web page's runs. */
export const CONTAINER_KEY = "parPlan.container.v1";

/**
 * Notes the bound sheet's id where a web-app run can find it. Called where personal links are
 * made (the daily e-mail, the test e-mail, the sidebar's own link): a link in anyone's hands
 * means the id was noted first. One read, and a write only when it changed (a copy of the sheet
 * carries a copy of the script, whose first run notes the copy). Not in an add-on: it serves no
 * web page, and its script properties are shared by every document it is used in.
 */
export function rememberContainer(spreadsheet: GasSpreadsheet): void {
  if (isAddon()) return;
  const store = scriptStore();
  const id = spreadsheet.getId();
  if (store.get(CONTAINER_KEY) !== id) store.set(CONTAINER_KEY, id);
}

/**
 * The bound sheet in any run: the active one where Apps Script gives it, else opened by the id
 * noted above. A web app's run has no active spreadsheet: getActiveSpreadsheet is "only available
 * to bound scripts run from the script editor, menu items, dialogs, sidebars, or triggers"
 * (developers.google.com/apps-script/guides/bound, "Special methods"), and openById needs the
 * spreadsheets scope (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openbyidid).
 */
export function containerSpreadsheet(): GasSpreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = scriptStore().get(CONTAINER_KEY);
  if (!id) throw new UserError({ key: "webapp.noContainer" });
  return SpreadsheetApp.openById(id);
}
