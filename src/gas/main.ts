/**
 * The Apps Script entry: every export here becomes a top-level function in dist/gas/Code.js
 * (the build generates the declarations from this module's exports). Nothing else lives here,
 * and nothing runs at load time.
 */
import { buildMenu } from "./menu";

export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(): void {
  onOpen();
}

export {
  menuSetup, menuImportFromSheet, menuImportSamplePlan, menuRefresh, menuCheck, menuReport,
  menuRemindersOn, menuRemindersOff, menuTestDigest,
} from "./handlers";
export { dailyDigest } from "./reminders";
export { onEdit } from "./edit";
