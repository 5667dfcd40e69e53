import { sheetId } from "../../core/rollup/sources";
import { SUMMARY_TAB_NAME } from "../../core/summary/schema";
import type { SourceProblem } from "../../core/rollup/model";
import type { CellValue, CommuneSheetsPort } from "../../ports";
import { SheetsWorkbook } from "../sheetsWorkbook";

/**
 * Apps Script ends a run at its limit with this exception (runtime.ts models it); whatever a
 * commune's failure was, this one is not the commune's and must not be caught as such.
 */
const KILLED = /Exceeded maximum execution time/i;

/**
 * Why a spreadsheet could not be opened, from the exception Apps Script threw. Its reference
 * pages print no message for these failures; users report "You do not have permission to access
 * the requested document." for a sheet not shared with them, and "Unexpected error while
 * getting the method or property openById on object SpreadsheetApp." for one that does not
 * exist (test/gas/runtime.ts cites them). Apps Script words exceptions in the user's language,
 * so the Vietnamese "quyền" counts too; anything else is "unreachable", never a guess of access.
 */
export function openProblem(error: unknown): SourceProblem {
  const message = String((error as Error)?.message ?? error);
  return /permission|quyền truy cập|không có quyền/i.test(message) ? "noAccess" : "unreachable";
}

/**
 * The communes' sheets through SpreadsheetApp: openById from the URL's id, then the summary tab
 * by name and its whole data range in one read (SheetsWorkbook, the commune bundle's own
 * adapter: dates come back as dates, as everywhere else). Four calls a commune, none per cell.
 * Every failure is named, never thrown.
 */
export class SheetsCommunes implements CommuneSheetsPort {
  readSummaryTab(
    url: string,
  ): { readonly ok: true; readonly values: CellValue[][] } | { readonly ok: false; readonly problem: SourceProblem } {
    const id = sheetId(url);
    if (!id) return { ok: false, problem: "badUrl" };
    let workbook: SheetsWorkbook;
    try {
      workbook = new SheetsWorkbook(SpreadsheetApp.openById(id));
    } catch (error) {
      if (KILLED.test(String((error as Error)?.message))) throw error;
      return { ok: false, problem: openProblem(error) };
    }
    try {
      const tab = workbook.sheet(SUMMARY_TAB_NAME);
      return tab ? { ok: true, values: tab.readValues() } : { ok: false, problem: "noTab" };
    } catch (error) {
      // Opened, then refused or lost on the way (a sheet unshared a moment ago, a backend error).
      if (KILLED.test(String((error as Error)?.message))) throw error;
      console.warn(`commune sheet ${id} could not be read`, error);
      return { ok: false, problem: openProblem(error) };
    }
  }
}
