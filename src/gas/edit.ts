import { applyEditAndCatchUp, markWaiting, watchedTab, type Edit } from "../app/commands/applyEdit";
import { UserError } from "../core/errors";
import { render, t } from "../core/i18n/messages";
import { isEditEvent } from "./guard";
import { documentLock, gasPorts } from "./ports";

/**
 * How long an edit waits for another action (a refresh, the daily reminders) to let go of the
 * sheet. A simple trigger has 30 s in all (developers.google.com/apps-script/guides/triggers#restrictions)
 * and the wait counts: waiting longer would leave too little time for the work, and an officer
 * typing the next cell does not want to wait either.
 */
export const EDIT_LOCK_WAIT_MS = 3000;

/**
 * The largest plan a full refresh may be started for from an edit. By the benchmark's cost model
 * a refresh of 2,000 tasks takes about 8 s in Apps Script: with the lock wait, well inside 30 s.
 * A larger plan's edit to a settings tab waits for the next refresh (menu or daily reminders).
 */
export const EDIT_FULL_REFRESH_MAX_ROWS = 2000;

/**
 * The simple onEdit trigger (AuthMode.LIMITED: no e-mail, no dialogs, 30 s). Edits outside the
 * tracking tabs cost one call. On the plan tab, the edited rows are re-checked and their
 * computed columns refreshed under the document lock, so two officers editing at once are
 * served one after the other. When the lock cannot be had within a few seconds, the edited
 * rows say they wait for the next refresh, which catches up; so does the next edit.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!isEditEvent(e)) {
    // Not Sheets' event: a call by name (a web page's google.script.run) does nothing.
    console.warn("onEdit without an edited range: ignored");
    return;
  }
  try {
    const range = e.range;
    const sheet = range.getSheet();
    const sheetName = sheet.getName();
    if (!watchedTab({ sheetName })) return; // one call for an edit outside the tracking tabs
    const ports = gasPorts(e.source);
    ports.workbook.adopt(sheet, sheetName);
    const edit: Edit = { sheetName, row: range.getRow(), numRows: range.getNumRows() };
    const limits = { maxFullRefreshRows: EDIT_FULL_REFRESH_MAX_ROWS };
    const done = documentLock(EDIT_LOCK_WAIT_MS).withLock(() => applyEditAndCatchUp(ports, edit, limits));
    if (done === null) markWaiting(ports, edit);
  } catch (error) {
    if (error instanceof UserError) {
      // The sheet is not as the product left it (a renamed column, a lost header): said in the
      // corner of the sheet, where the officer is looking; nothing was written.
      e.source.toast(render(error.detail), t("menu.title"), 30);
      console.warn(error.message);
      return;
    }
    // Nobody sees a simple trigger's failure but the execution log; the next refresh puts the rows right.
    console.error(error);
  }
}
