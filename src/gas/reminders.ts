import { dailyReminders, type ReminderPorts, type RowLinker } from "../app/commands/reminders";
import { tabName } from "../app/read/tabs";
import { render } from "../core/i18n/messages";
import { PLAN_TAB } from "../core/workbook/layout";
import type { AppPorts, OfficerPorts } from "../ports";
import { GasCrypto } from "./crypto";
import { documentLock, gasPorts, scriptLock } from "./ports";
import { scriptStore } from "./sheetsWorkbook";
import { docKey, ScriptTriggers } from "./triggers";

/** Stop sending after this long: Apps Script ends a run at 6 minutes. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The ports turning reminders on and off needs, over the active spreadsheet. */
export function reminderPorts(ports: AppPorts, spreadsheet: () => GasSpreadsheet = activeSpreadsheet): ReminderPorts {
  return { ...ports, triggers: new ScriptTriggers(spreadsheet), scriptLock: scriptLock() };
}

const activeSpreadsheet = (): GasSpreadsheet => SpreadsheetApp.getActiveSpreadsheet();

/** A link to a row of the plan tab, for each task in an e-mail. */
export function rowLinker(spreadsheet: () => GasSpreadsheet = activeSpreadsheet): RowLinker {
  return () => {
    const sheet = spreadsheet();
    const url = sheet.getUrl();
    const gid = sheet.getSheetByName(tabName(PLAN_TAB))?.getSheetId() ?? 0;
    return (row) => `${url}#gid=${gid}&range=A${row}`;
  };
}

/** What signs the personal links in the e-mails: Utilities' HMAC and the secret in script properties. */
export const linkPorts = (): Pick<OfficerPorts, "crypto" | "secrets"> => ({
  crypto: new GasCrypto(),
  secrets: scriptStore(),
});

/** The daily trigger: the reminders of the document it was made for, within Apps Script's time. */
export function dailyDigest(e?: { triggerUid?: string }): void {
  const started = Date.now();
  const spreadsheet = triggerSpreadsheet(e);
  if (!spreadsheet) return;
  const ports = { ...gasPorts(spreadsheet), ...linkPorts(), lock: documentLock(60000) };
  const outOfTime = () => Date.now() - started > TIME_BUDGET_MS;
  const run = dailyReminders(ports, { link: rowLinker(() => spreadsheet), outOfTime });
  if (run.kind === "stopped") console.warn(render(run.problem));
}

/**
 * The spreadsheet a time-driven run is for: the bound one, or for an add-on the document its
 * trigger was made in (opening it by id needs the spreadsheets scope, which the add-on's
 * manifest must then carry; the bound script never gets here).
 */
function triggerSpreadsheet(e?: { triggerUid?: string }): GasSpreadsheet | null {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = e?.triggerUid ? PropertiesService.getUserProperties().getProperty(docKey(e.triggerUid)) : null;
  if (!id) {
    console.warn(`daily run without a document (trigger ${e?.triggerUid ?? "?"})`);
    return null;
  }
  return SpreadsheetApp.openById(id);
}
