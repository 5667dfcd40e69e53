import type { AppPorts, LockPort, WorkbookPort } from "../ports";
import { formatTimestamp } from "../core/dates/localDate";
import { dateToLocal, timeToLocal } from "./dates";
import { PLAN_TIME_ZONE } from "./locale";
import { DriveDocuments, MailAppMailer } from "./services";
import { DocumentStore, SheetsWorkbook } from "./sheetsWorkbook";

/** The ports over Apps Script services, with the workbook's spreadsheet and zone. */
export type GasPorts = AppPorts & { workbook: SheetsWorkbook };

/** The ports over Apps Script services; built inside a handler, never at load time. */
export function gasPorts(spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet): GasPorts {
  const workbook = new SheetsWorkbook(spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet());
  return { ...servicePorts(), workbook };
}

/**
 * The ports whose spreadsheet is opened only when a use case first asks for a tab: a web page's
 * call verifies its link before it touches the sheet, so a refused link costs no sheet call.
 */
export function lazyGasPorts(open: () => GoogleAppsScript.Spreadsheet.Spreadsheet): AppPorts {
  let workbook: SheetsWorkbook | null = null;
  const opened = () => (workbook ??= new SheetsWorkbook(open()));
  const lazy: WorkbookPort = {
    sheet: (name) => opened().sheet(name),
    addSheet: (name) => opened().addSheet(name),
    activeSheet: () => opened().activeSheet(),
  };
  return { ...servicePorts(), workbook: lazy };
}

/** Every port but the workbook: none calls a service until it is used. */
function servicePorts(): Omit<AppPorts, "workbook"> {
  // "Today" is the plan's day, in Vietnam, whatever zone the sheet was left in: a sheet in
  // another zone would otherwise take Monday morning for Sunday and skip the reminders. Cells
  // are still read in the sheet's own zone (SheetsWorkbook), as Sheets hands them over.
  const tz = PLAN_TIME_ZONE;
  let email: string | null = null;
  const store = new DocumentStore();
  return {
    clock: {
      today: () => dateToLocal(new Date(), tz),
      // Formatted here from the clock, in the plan's zone (Intl carries its rules): a
      // Utilities.formatDate is a service call per log entry.
      timestamp: () => {
        const now = new Date();
        return formatTimestamp(dateToLocal(now, tz), timeToLocal(now, tz));
      },
    },
    user: {
      email: () => (email ??= Session.getActiveUser().getEmail() || ""),
    },
    store,
    documents: new DriveDocuments(store),
    mailer: new MailAppMailer(),
  };
}

/** A LockService lock as a LockPort: `fn` runs holding it, or null when it is not had within `waitMs`. */
function lockPort(lock: () => GoogleAppsScript.Lock.Lock, waitMs: number): LockPort {
  return {
    withLock<T>(fn: () => T): T | null {
      const held = lock();
      if (!held.tryLock(waitMs)) return null;
      try {
        return fn();
      } finally {
        held.releaseLock();
      }
    },
  };
}

/**
 * The document lock: one writer at a time on the tracking tabs. getDocumentLock is null outside
 * a document (a standalone script, a web app: developers.google.com/apps-script/reference/lock/
 * lock-service#getdocumentlock); the script lock then serves, as this script has one document.
 */
export function documentLock(waitMs = 20000): LockPort {
  return lockPort(() => LockService.getDocumentLock() ?? LockService.getScriptLock(), waitMs);
}

/** The script lock: one change at a time to the reminders' triggers, across every document of the script. */
export function scriptLock(waitMs = 20000): LockPort {
  return lockPort(() => LockService.getScriptLock(), waitMs);
}
