/**
 * The province's roll-up: a second Apps Script deployable from the same codebase
 * (dist/rollup/Code.js, its own manifest rollup/appsscript.json), bound to the province's
 * roll-up workbook. Every export here becomes a top-level function of that Code.js; nothing
 * else lives here, and nothing runs at load time. Each says who may start it: the editor
 * (fromEditor) or the continuation trigger (rollupContinue checks its event).
 */
import { fromEditor } from "../guard";
import * as handlers from "./handlers";
import { buildRollupMenu } from "./menu";

/** Builds the menu and nothing else (a simple trigger: 30 s, no access to other files). */
export function onOpen(): void {
  buildRollupMenu(SpreadsheetApp.getUi());
}

export const menuRollupSetup = fromEditor(handlers.menuRollupSetup);
export const menuRollupUpdate = fromEditor(handlers.menuRollupUpdate);
export const menuRollupReport = fromEditor(handlers.menuRollupReport);
export const menuRollupHelp = fromEditor(handlers.menuRollupHelp);

// The continuation of "Cập nhật tổng hợp": a one-time trigger, checked against its event.
export { rollupContinue } from "./handlers";
