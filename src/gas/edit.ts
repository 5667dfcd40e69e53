import { applyEdit } from "../app/refresh";
import { tabName } from "../app/tabs";
import { TABS } from "../core/workbook/layout";
import { documentLock, gasPorts } from "./ports";

const WATCHED = new Set(TABS.filter((s) => s.key !== "log" && s.key !== "legend").map(tabName));

/**
 * The simple onEdit trigger (30 s, no e-mail, no dialogs). Edits outside the tracking tabs
 * cost one call. On the plan tab, the edited rows are re-checked and their computed columns
 * refreshed under the document lock, so two officers editing at once are served one after
 * the other, each from what is in the sheet then. A failure is logged, never shown: the next
 * refresh puts things right.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const range = e.range;
    const sheet = range.getSheet();
    const sheetName = sheet.getName();
    if (!WATCHED.has(sheetName)) return;
    const ports = gasPorts(e.source);
    ports.workbook.adopt(sheet, sheetName);
    documentLock(25000).withLock(() => applyEdit(ports, { sheetName, row: range.getRow(), numRows: range.getNumRows() }));
  } catch (error) {
    console.error(error);
  }
}
