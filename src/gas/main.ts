/**
 * The Apps Script entry: every export here becomes a top-level function in dist/gas/Code.js
 * (the build generates the declarations from this module's exports). Nothing else lives here,
 * and nothing runs at load time.
 */
import { isAddon } from "./addon";
import { buildMenu } from "./menu";

/**
 * Builds the menu and nothing else: in AuthMode.NONE (an add-on not yet used in this document)
 * any other call fails and stops the menu with it, and a simple trigger has 30 s.
 */
export function onOpen(e?: { authMode?: unknown }): void {
  buildMenu(SpreadsheetApp.getUi(), isAddon(e?.authMode));
}

/** An add-on just installed from the Marketplace: show its menu now, without reopening the sheet. */
export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

export {
  menuSetup,
  menuImportFromSheet,
  menuImportSamplePlan,
  menuRefresh,
  menuCheck,
  menuReport,
  menuRemindersOn,
  menuRemindersOff,
  menuTestDigest,
} from "./handlers";
export { menuSelfCheck } from "./selfCheck";
export { dailyDigest } from "./reminders";
export { onEdit } from "./edit";
export { doGet, menuRotateLinkSecret } from "./webapp";
