/**
 * The Apps Script entry: every export here becomes a top-level function in dist/gas/Code.js
 * (the build generates the declarations from this module's exports), and so can be called by
 * name from any page the script serves (guard.ts). Each export says who may start it: the
 * editor (fromEditor), a trigger (dailyDigest, onEdit check their event), or anyone holding a
 * link (doGet and the officer's two, which verify it). Nothing else lives here, and nothing runs
 * at load time.
 */
import { isAddon } from "./addon";
import * as bridge from "./bridge";
import { fromEditor } from "./guard";
import * as handlers from "./handlers";
import { buildMenu } from "./menu";
import * as selfCheck from "./selfCheck";
import * as webapp from "./webapp";

/**
 * Builds the menu and nothing else: in AuthMode.NONE (an add-on not yet used in this document)
 * any other call fails and stops the menu with it, and a simple trigger has 30 s. getUi comes
 * first, so a web page's call stops there.
 */
export function onOpen(e?: { authMode?: unknown }): void {
  buildMenu(SpreadsheetApp.getUi(), isAddon(e?.authMode));
}

/** An add-on just installed from the Marketplace: show its menu now, without reopening the sheet. */
export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

// The menu's items: the editor's only.
export const menuSetup = fromEditor(handlers.menuSetup);
export const menuImportFromSheet = fromEditor(handlers.menuImportFromSheet);
export const menuImportSamplePlan = fromEditor(handlers.menuImportSamplePlan);
export const menuRefresh = fromEditor(handlers.menuRefresh);
export const menuCheck = fromEditor(handlers.menuCheck);
export const menuReport = fromEditor(handlers.menuReport);
export const menuRemindersOn = fromEditor(handlers.menuRemindersOn);
export const menuRemindersOff = fromEditor(handlers.menuRemindersOff);
export const menuTestDigest = fromEditor(handlers.menuTestDigest);
export const menuSelfCheck = fromEditor(selfCheck.menuSelfCheck);
export const menuDashboard = fromEditor(webapp.menuDashboard);
export const menuRotateLinkSecret = fromEditor(webapp.menuRotateLinkSecret);

// The sidebar's google.script.run: the editor's only.
export const dashboardLoad = fromEditor(bridge.dashboardLoad);
export const dashboardRefresh = fromEditor(bridge.dashboardRefresh);
export const dashboardCheck = fromEditor(bridge.dashboardCheck);
export const dashboardReport = fromEditor(bridge.dashboardReport);
export const dashboardReminders = fromEditor(bridge.dashboardReminders);
export const dashboardSaveSettings = fromEditor(bridge.dashboardSaveSettings);
export const dashboardGoToRow = fromEditor(bridge.dashboardGoToRow);
export const dashboardMyLink = fromEditor(bridge.dashboardMyLink);

// Triggers: each checks its event (guard.ts).
export { dailyDigest } from "./reminders";
export { onEdit } from "./edit";

// The officers' web page: anyone with the URL; the link's token is verified on every call.
export { doGet } from "./webapp";
export { officerOpen, officerAct } from "./bridge";
